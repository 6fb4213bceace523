package com.cyclex.ui.host;

import com.cyclex.api.ExchangeFigures;
import com.cyclex.ui.format.Compact;
import com.cyclex.ui.format.Credits;
import java.util.Locale;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The exchange at a glance: its pace and open interest in large type, then what it holds, as a list of figures
 * in two columns. Large figures are compact (1.05M) with the exact figure on hover, so nothing is cut short
 * however narrow the section.
 */
final class FiguresPanel extends VBox {
    private final Label ordersRate = value("figure-orders-rate");
    private final Label tradesRate = value("figure-trades-rate");
    private final Label openInterest = value("figure-open-interest");
    private final Label trades = value("figure-trades");
    private final Label openOrders = value("figure-open-orders");
    private final Label members = value("figure-members");
    private final Label markets = value("figure-markets");
    private final Label bidEscrow = value("figure-bid-escrow");
    private final Label leaseEscrow = value("figure-lease-escrow");
    private final Label fees = value("figure-fees");
    private final Label issued = value("figure-issued");

    FiguresPanel(FiguresModel model) {
        getStyleClass().add("figures-panel");
        HBox big = new HBox(8,
                tile(ordersRate, "orders / s", "Place, replace and cancel commands accepted per second."),
                tile(tradesRate, "trades / s", "Matches per second."),
                tile(openInterest, "open interest, cores", "Cores sold in leases not yet delivered."));
        GridPane list = new GridPane();
        list.getStyleClass().add("figures-list");
        for (int i = 0; i < 2; i++) {
            ColumnConstraints caption = new ColumnConstraints();
            caption.setHgrow(Priority.SOMETIMES);
            ColumnConstraints figure = new ColumnConstraints();
            figure.setHalignment(HPos.RIGHT);
            figure.setMinWidth(Region.USE_PREF_SIZE);
            list.getColumnConstraints().addAll(caption, figure);
        }
        row(list, 0, 0, trades, "trades", "Trades since the host started.");
        row(list, 0, 1, openOrders, "open orders", "Orders resting on all books.");
        row(list, 0, 2, members, "members", "Members in every status, the host included.");
        row(list, 0, 3, markets, "markets", "Markets listed, open or not.");
        row(list, 1, 0, bidEscrow, "bid escrow", "Credits held for open bids.");
        row(list, 1, 1, leaseEscrow, "lease escrow", "Credits held for leases until they are delivered.");
        row(list, 1, 2, fees, "fees earned", "Credits the exchange has taken in fees.");
        row(list, 1, 3, issued, "credits issued", "Credits the host has minted in all.");
        getChildren().addAll(big, list);

        model.ordersPerSecondProperty().addListener((o, a, v) -> ordersRate.setText(rate(v.doubleValue())));
        model.tradesPerSecondProperty().addListener((o, a, v) -> tradesRate.setText(rate(v.doubleValue())));
        model.figuresProperty().addListener((o, a, f) -> show(f));
    }

    private void show(ExchangeFigures f) {
        if ("–".equals(ordersRate.getText())) {
            // A pace needs two answers; until the second, say nothing has been measured rather than 0.
            ordersRate.setText("…");
            tradesRate.setText("…");
        }
        count(openInterest, f.openInterest(), "cores");
        count(trades, f.trades(), "trades");
        count(openOrders, f.openOrders(), "open orders");
        count(members, f.members(), "members");
        count(markets, f.markets(), "markets");
        credits(bidEscrow, f.bidEscrow());
        credits(leaseEscrow, f.leaseEscrow());
        credits(fees, f.fees());
        credits(issued, f.issued());
    }

    private static void count(Label label, long n, String what) {
        label.setText(Compact.count(n));
        exact(label, Compact.countShortened(n) ? String.format(Locale.ROOT, "%,d %s", n, what) : null);
    }

    private static void credits(Label label, long minor) {
        label.setText(Compact.credits(minor));
        exact(label, Compact.creditsShortened(minor) ? Credits.format(minor) + " credits" : null);
    }

    /** The exact figure on hover, when the label shows it shortened. */
    private static void exact(Label label, String text) {
        if (text == null) {
            label.setTooltip(null);
        } else if (label.getTooltip() == null) {
            label.setTooltip(new Tooltip(text));
        } else {
            label.getTooltip().setText(text);
        }
    }

    private static VBox tile(Label value, String caption, String tip) {
        Label name = new Label(caption);
        name.getStyleClass().add("tile-caption");
        name.setMinWidth(Region.USE_PREF_SIZE);
        value.getStyleClass().add("tile-value-large");
        VBox tile = new VBox(0, value, name);
        tile.getStyleClass().add("figure-tile");
        tile.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(tile, Priority.ALWAYS);
        tile.setMaxWidth(Double.MAX_VALUE);
        Tooltip.install(tile, new Tooltip(tip));
        return tile;
    }

    private static void row(GridPane list, int column, int row, Label value, String caption, String tip) {
        Label name = new Label(caption);
        name.getStyleClass().add("tile-caption");
        name.setMinWidth(Region.USE_PREF_SIZE);
        Tooltip.install(name, new Tooltip(tip));
        value.getStyleClass().add("tile-value");
        list.add(name, 2 * column, row);
        list.add(value, 2 * column + 1, row);
    }

    private static Label value(String id) {
        Label label = new Label("–");
        label.setId(id);
        label.getStyleClass().add("numeric");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static String rate(double perSecond) {
        return String.format(Locale.ROOT, "%,.0f", perSecond);
    }
}
