package com.cyclex.ui.start;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The first thing a windowed start shows: host an exchange here (Enter), or join someone else's by pasting the
 * join address its host handed out and a name. Layout and bindings only; the model decides.
 */
public final class StartChoiceView extends VBox {
    public StartChoiceView(StartChoiceModel model) {
        setId("start-choice");
        getStyleClass().add("start-choice");
        setAlignment(Pos.CENTER);
        setFillWidth(false);

        Label brand = new Label("Cyclex");
        brand.getStyleClass().add("brand");
        Label tagline = new Label("A computing-capacity exchange: trade spare CPU cores with other computers.");
        tagline.getStyleClass().add("muted");

        Label hostTitle = new Label("Host an exchange on this computer");
        hostTitle.getStyleClass().add("choice-title");
        Label hostText = new Label("Your own market: you are its host, others can join it from the Host tab.");
        hostText.getStyleClass().add("muted");
        hostText.setWrapText(true);
        Button host = new Button("_Host here");
        host.setId("start-host");
        host.setMnemonicParsing(true);
        host.setDefaultButton(true);
        host.getStyleClass().add("accent");
        host.setOnAction(e -> model.host());
        VBox hostBox = new VBox(6, hostTitle, hostText, host);
        hostBox.getStyleClass().add("choice");

        Label joinTitle = new Label("Join an exchange");
        joinTitle.getStyleClass().add("choice-title");
        Label joinText = new Label("Someone else hosts: paste the join address they gave you and pick a name.");
        joinText.getStyleClass().add("muted");
        joinText.setWrapText(true);
        TextField address = new TextField();
        address.setId("join-address");
        address.setPromptText("cyclex://HOST:PORT#FINGERPRINT");
        address.textProperty().bindBidirectional(model.address());
        address.setOnAction(e -> model.join());
        TextField name = new TextField();
        name.setId("join-name");
        name.textProperty().bindBidirectional(model.name());
        name.setOnAction(e -> model.join());
        Label addressLabel = new Label("_Join address");
        addressLabel.setMnemonicParsing(true);
        addressLabel.setLabelFor(address);
        Label nameLabel = new Label("Your _name");
        nameLabel.setMnemonicParsing(true);
        nameLabel.setLabelFor(name);
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, addressLabel, address);
        form.addRow(1, nameLabel, name);
        GridPane.setHgrow(address, Priority.ALWAYS);
        address.setPrefColumnCount(46);
        Button join = new Button("Join");
        join.setId("start-join");
        join.setOnAction(e -> model.join());
        VBox joinBox = new VBox(6, joinTitle, joinText, form, join);
        joinBox.getStyleClass().add("choice");

        Label problem = new Label();
        problem.setId("start-problem");
        problem.getStyleClass().add("start-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problem());
        problem.visibleProperty().bind(model.problem().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Label progress = new Label();
        progress.setId("start-progress");
        progress.getStyleClass().add("muted");
        progress.textProperty().bind(model.progress());

        for (Region r : new Region[] {hostBox, joinBox, problem}) {
            r.setPrefWidth(620);
            r.setMaxWidth(620);
        }
        for (var n : new javafx.scene.Node[] {host, join, address, name}) {
            n.disableProperty().bind(model.busy());
        }
        getChildren().addAll(brand, tagline, hostBox, joinBox, problem, progress);
        setSpacing(14);
    }
}
