package com.cyclex.ui.orders;

import atlantafx.base.theme.Styles;
import com.cyclex.api.AccountInfo;
import com.cyclex.ui.Terminal;
import com.cyclex.ui.entry.AccountFeed;
import com.cyclex.ui.entry.CommandSender;
import com.cyclex.ui.format.Credits;
import com.cyclex.ui.entry.WholeNumberField;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The operator's credits, escrow and cores, and where to declare the spare cores this computer can sell. */
public final class AccountView extends VBox {
    private final AccountModel model = new AccountModel();

    public AccountView(Terminal terminal) {
        setId("account");
        getStyleClass().addAll("panel", "account");
        Columns.style(this);
        model.accountProperty().bind(new AccountFeed(terminal).accountProperty());

        Label title = new Label("ACCOUNT");
        title.getStyleClass().add("panel-title");

        GridPane credits = grid();
        credits.addRow(0, caption("Available"), amount("account-available", "big", a -> Credits.format(a.available())));
        credits.addRow(1, caption("In escrow for bids"), amount("account-held", "", a -> Credits.format(a.held())));

        Label coresTitle = new Label("CORES");
        coresTitle.getStyleClass().addAll("panel-title", "account-section");
        CoreBar bar = new CoreBar();
        model.accountProperty().addListener((obs, old, now) -> bar.show(now));

        GridPane cores = grid();
        cores.addRow(0, caption("Declared"), amount("account-declared", "", a -> Long.toString(a.declaredCores())));
        cores.addRow(1, legend("In asks", "asks"), amount("account-asks", "", a -> Long.toString(a.askCores())));
        cores.addRow(2, legend("Leased", "leased"), amount("account-leased", "", a -> Long.toString(a.leasedCores())));
        cores.addRow(3, legend("Spare", "spare"), amount("account-spare", "", a -> Long.toString(a.spareCores())));

        WholeNumberField field = new WholeNumberField(model.coresProperty(), "cores");
        field.setId("account-cores");
        model.entryProblemProperty().bind(field.problemProperty());
        field.setPrefWidth(120);
        HBox.setHgrow(field, Priority.ALWAYS);
        Button declare = new Button("Declare");
        declare.setId("account-declare");
        declare.getStyleClass().addAll(Styles.ACCENT, Styles.SMALL);
        declare.setTooltip(new Tooltip("Declare how many cores of this computer you can sell"));
        declare.disableProperty().bind(model.canDeclareProperty().not());
        CommandSender sender = new CommandSender(terminal);
        declare.setOnAction(e -> {
            var command = model.command(terminal.me());
            sender.send("Declaring " + command.cores() + " spare cores", command,
                    r -> terminal.notices().info("You now offer " + command.cores() + " spare cores."));
        });
        Label spareCaption = caption("Spare cores this computer can sell");
        spareCaption.getStyleClass().add("account-section");
        HBox declareRow = new HBox(6, field, declare);
        declareRow.setAlignment(Pos.CENTER_LEFT);

        Label problem = new Label();
        problem.setId("account-problem");
        problem.getStyleClass().add("account-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.managedProperty().bind(Bindings.createBooleanBinding(
                () -> !model.problemProperty().get().isEmpty() && model.accountProperty().get() != null,
                model.problemProperty(), model.accountProperty()));
        problem.visibleProperty().bind(problem.managedProperty());
        model.problemProperty().addListener((obs, old, now) ->
                field.editor().pseudoClassStateChanged(Styles.STATE_DANGER, !now.isEmpty()));

        getChildren().addAll(title, credits, coresTitle, bar, cores, spareCaption, declareRow, problem);
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.getStyleClass().add("account-grid");
        ColumnConstraints name = new ColumnConstraints();
        name.setHgrow(Priority.ALWAYS);
        ColumnConstraints value = new ColumnConstraints();
        value.setHalignment(HPos.RIGHT);
        g.getColumnConstraints().addAll(name, value);
        return g;
    }

    private static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("muted");
        return l;
    }

    private static Label legend(String text, String part) {
        Label l = caption(text);
        javafx.scene.layout.Region swatch = new javafx.scene.layout.Region();
        swatch.getStyleClass().addAll("core-swatch", part);
        l.setGraphic(swatch);
        return l;
    }

    private Label amount(String id, String style, Function<AccountInfo, String> text) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().addAll("numeric", "account-amount");
        if (!style.isEmpty()) {
            l.getStyleClass().add(style);
        }
        l.textProperty().bind(Bindings.createStringBinding(() -> {
            AccountInfo a = model.accountProperty().get();
            return a == null ? "–" : text.apply(a);
        }, model.accountProperty()));
        return l;
    }
}
