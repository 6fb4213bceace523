package com.cyclex.ui.host;

import com.cyclex.ui.format.Credits;
import com.cyclex.api.ExchangeFigures;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The exchange at a glance: its pace and open interest in large type, then what it holds, as tiles. */
final class FiguresPanel extends GridPane {
    private static final int COLUMNS = 4;

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
        for (int i = 0; i < COLUMNS; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / COLUMNS);
            column.setHgrow(Priority.ALWAYS);
            getColumnConstraints().add(column);
        }
        add(tile(ordersRate, "orders / s", "Place, replace and cancel commands accepted per second.", true), 0, 0);
        add(tile(tradesRate, "trades / s", "Matches per second.", true), 1, 0);
        add(tile(openInterest, "open interest, cores", "Cores sold in leases not yet delivered.", true), 2, 0, 2, 1);
        add(tile(trades, "trades", "Trades since the host started.", false), 0, 1);
        add(tile(openOrders, "open orders", "Orders resting on all books.", false), 1, 1);
        add(tile(members, "members", "Members in every status, the host included.", false), 2, 1);
        add(tile(markets, "markets", "Markets listed, open or not.", false), 3, 1);
        add(tile(bidEscrow, "bid escrow", "Credits held for open bids.", false), 0, 2);
        add(tile(leaseEscrow, "lease escrow", "Credits held for leases until they are delivered.", false), 1, 2);
        add(tile(fees, "fees earned", "Credits the exchange has taken in fees.", false), 2, 2);
        add(tile(issued, "credits issued", "Credits the host has minted in all.", false), 3, 2);

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
        openInterest.setText(count(f.openInterest()));
        trades.setText(count(f.trades()));
        openOrders.setText(count(f.openOrders()));
        members.setText(count(f.members()));
        markets.setText(count(f.markets()));
        bidEscrow.setText(Credits.format(f.bidEscrow()));
        leaseEscrow.setText(Credits.format(f.leaseEscrow()));
        fees.setText(Credits.format(f.fees()));
        issued.setText(Credits.format(f.issued()));
    }

    private static VBox tile(Label value, String caption, String tip, boolean large) {
        Label name = new Label(caption);
        name.getStyleClass().add("tile-caption");
        value.getStyleClass().add(large ? "tile-value-large" : "tile-value");
        VBox tile = new VBox(0, value, name);
        tile.getStyleClass().add("figure-tile");
        tile.setMaxWidth(Double.MAX_VALUE);
        Tooltip.install(tile, new Tooltip(tip));
        return tile;
    }

    private static Label value(String id) {
        Label label = new Label("–");
        label.setId(id);
        label.getStyleClass().add("numeric");
        return label;
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String rate(double perSecond) {
        return String.format(Locale.ROOT, "%,.0f", perSecond);
    }
}
