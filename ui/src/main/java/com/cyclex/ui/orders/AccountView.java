package com.cyclex.ui.orders;

import com.cyclex.api.AccountInfo;
import com.cyclex.ui.Terminal;
import com.cyclex.ui.entry.AccountFeed;
import com.cyclex.ui.format.Credits;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The operator's credits, escrow and cores: declared, in asks, leased and spare. */
public final class AccountView extends VBox {
    private final ObjectProperty<AccountInfo> account = new SimpleObjectProperty<>(this, "account");

    public AccountView(Terminal terminal) {
        setId("account");
        getStyleClass().addAll("panel", "account");
        Columns.style(this);
        account.bind(new AccountFeed(terminal).accountProperty());

        Label title = new Label("ACCOUNT");
        title.getStyleClass().add("panel-title");

        GridPane credits = grid();
        credits.addRow(0, caption("Available"), amount("account-available", "big", a -> Credits.format(a.available())));
        credits.addRow(1, caption("In escrow for bids"), amount("account-held", "", a -> Credits.format(a.held())));

        Label coresTitle = new Label("CORES");
        coresTitle.getStyleClass().addAll("panel-title", "account-section");
        CoreBar bar = new CoreBar();
        account.addListener((obs, old, now) -> bar.show(now));

        GridPane cores = grid();
        cores.addRow(0, caption("Declared"), amount("account-declared", "", a -> Long.toString(a.declaredCores())));
        cores.addRow(1, legend("In asks", "asks"), amount("account-asks", "", a -> Long.toString(a.askCores())));
        cores.addRow(2, legend("Leased", "leased"), amount("account-leased", "", a -> Long.toString(a.leasedCores())));
        cores.addRow(3, legend("Spare", "spare"), amount("account-spare", "", a -> Long.toString(a.spareCores())));

        // Spare cores are declared in one place only, the machine panel, beside what this computer is doing.
        Label where = caption("Declare spare cores under This machine.");
        where.setId("account-declare-where");
        where.setWrapText(true);
        where.getStyleClass().add("account-section");

        getChildren().addAll(title, credits, coresTitle, bar, cores, where);
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
            AccountInfo a = account.get();
            return a == null ? "–" : text.apply(a);
        }, account));
        return l;
    }
}
