package com.cyclex.ui.orders;

import atlantafx.base.theme.Styles;
import com.cyclex.api.MarketInfo;
import com.cyclex.api.OrderInfo;
import com.cyclex.ui.entry.OrderCommands;
import com.cyclex.ui.entry.WholeNumberField;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.geometry.Pos;
import com.cyclex.ui.TerminalApp;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.StageStyle;

/**
 * A small editor beside an order's row for a new price and open units, checked against the market's rules
 * before it is sent. A window of its own rather than an editable cell, because the row under it may change any
 * frame; an opaque, undecorated one in the terminal's theme rather than a popover, whose transparent shadow and
 * arrow show as a white frame where the desktop does not composite windows. It closes when it loses the focus,
 * on Escape, or once sent.
 */
final class ReplaceEditor {
    private final OrderCommands commands;
    private final Function<Integer, MarketInfo> markets;
    private Stage window;

    ReplaceEditor(OrderCommands commands, Function<Integer, MarketInfo> markets) {
        this.commands = commands;
        this.markets = markets;
    }

    void show(OrderInfo order, Node anchor) {
        if (window != null) {
            window.hide();
        }
        MarketInfo market = markets.apply(order.market());
        LongProperty price = new SimpleLongProperty(order.price());
        LongProperty units = new SimpleLongProperty(order.openUnits());
        WholeNumberField priceField = new WholeNumberField(price, "ticks");
        priceField.setId("replace-price");
        WholeNumberField unitsField = new WholeNumberField(units, "units");
        unitsField.setId("replace-units");

        Label problem = new Label();
        problem.setId("replace-problem");
        problem.getStyleClass().add("replace-problem");
        problem.setWrapText(true);
        problem.setMaxWidth(230);
        problem.textProperty().bind(Bindings.createStringBinding(() -> {
            // Text that is not a number comes first: the order's numbers are not what the fields show.
            String why = priceField.problemProperty().get() != null ? priceField.problemProperty().get()
                    : unitsField.problemProperty().get() != null ? unitsField.problemProperty().get()
                    : MyOrdersModel.replaceProblem(market, order, price.get(), units.get());
            return why == null ? "" : why;
        }, price, units, priceField.problemProperty(), unitsField.problemProperty()));
        // Unchanged is where every edit starts, not a mistake: say it quietly.
        Runnable tone = () -> problem.pseudoClassStateChanged(Styles.STATE_DANGER,
                price.get() != order.price() || units.get() != order.openUnits()
                        || priceField.problemProperty().get() != null || unitsField.problemProperty().get() != null);
        price.addListener(o -> tone.run());
        units.addListener(o -> tone.run());
        priceField.problemProperty().addListener(o -> tone.run());
        unitsField.problemProperty().addListener(o -> tone.run());
        tone.run();

        Button send = new Button("Replace");
        send.setId("replace-send");
        send.getStyleClass().add(Styles.ACCENT);
        send.disableProperty().bind(problem.textProperty().isNotEmpty());
        send.setOnAction(e -> {
            window.hide();
            commands.replace(order, price.get(), units.get());
        });
        Button cancel = new Button("Close");
        cancel.getStyleClass().add(Styles.FLAT);
        cancel.setOnAction(e -> window.hide());

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label("Price"), priceField);
        form.addRow(1, new Label("Units"), unitsField);
        Label note = new Label("Fewer units at the same price keep the order's place in the queue.");
        note.getStyleClass().addAll("muted", Styles.TEXT_SMALL);
        note.setWrapText(true);
        note.setMaxWidth(230);
        HBox buttons = new HBox(6, cancel, send);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox content = new VBox(8, form, note, problem, buttons);
        content.getStyleClass().addAll("replace-editor", "replace-window");
        Columns.style(content);
        content.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !send.isDisabled()) {
                send.fire();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                window.hide();
            }
        });
        Label title = new Label("Replace order #" + order.id());
        title.getStyleClass().add("panel-title");
        content.getChildren().add(0, title);
        content.setId("replace-editor");
        Stage stage = new Stage(StageStyle.UNDECORATED);
        stage.initOwner(anchor.getScene().getWindow());
        Scene scene = new Scene(content);
        var css = ReplaceEditor.class.getResource(TerminalApp.RESOURCES + "theme/cyclex.css");
        if (css != null) {
            scene.getStylesheets().add(css.toExternalForm());
        }
        stage.setScene(scene);
        // Close when the operator clicks elsewhere, as a popover would; then the table has the focus again.
        stage.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                stage.hide();
            }
        });
        stage.setOnHidden(e -> anchor.requestFocus());
        Bounds at = anchor.localToScreen(anchor.getBoundsInLocal());
        stage.show();
        if (at != null) {
            stage.setX(Math.max(0, at.getMinX() - stage.getWidth() - 6));
            stage.setY(Math.max(0, at.getMinY() + at.getHeight() / 2 - stage.getHeight() / 2));
        }
        window = stage;
        priceField.editor().requestFocus();
        priceField.editor().selectAll();
    }
}
