package com.cyclex.ui.orders;

import com.cyclex.api.MarketInfo;
import com.cyclex.ledger.Escrow;
import com.cyclex.market.Side;
import com.cyclex.market.Trade;
import com.cyclex.ui.Terminal;
import com.cyclex.ui.table.ColumnFit;
import java.util.List;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The operator's trades, newest first. */
public final class MyTradesView extends VBox {
    public MyTradesView(Terminal terminal) {
        setId("my-trades");
        getStyleClass().addAll("panel", "mine");
        Columns.style(this);

        MyTradesModel model = new MyTradesModel(terminal.me());
        terminal.live().query(() -> {
            model.asked();
            return terminal.client().leases(terminal.me());
        }, model::answered);
        terminal.live().onEvents(model::apply);

        TableView<Trade> table = Columns.table("my-trades-table", "No trades yet.");
        TableColumn<Trade, String> id = Columns.number("Trade", 56, Trade::id);
        TableColumn<Trade, String> liquidity = Columns.text("Liquidity", 70, t -> model.took(t) ? "taker" : "maker");
        TableColumn<Trade, String> with = Columns.text("With", 60, t -> model.counterparty(t) == 0 ? "—" : "#" + model.counterparty(t));
        table.setItems(model.trades());
        table.getColumns().addAll(List.of(
                Columns.text("Time", 72, t -> Columns.time(t.time())),
                id,
                Columns.text("Market", 84, t -> Columns.symbol(terminal, t.market())),
                Columns.side("Side", 62, model::side, s -> s == Side.BID ? "Bought" : "Sold"),
                Columns.number("Price", 60, Trade::price),
                Columns.number("Units", 52, Trade::units),
                Columns.credits("Value", 84, t -> value(terminal, t)),
                liquidity,
                with));
        // In a narrow window these go first, in this order; the row's tooltip still reads them.
        ColumnFit.fold(table, with);
        ColumnFit.fold(table, liquidity);
        ColumnFit.fold(table, id);
        Columns.followMarkets(terminal, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().add(table);
    }

    /** What a trade was worth, in minor units; null until its market's tick size is known. */
    private static Long value(Terminal terminal, Trade t) {
        MarketInfo m = Columns.market(terminal, t.market());
        return m == null ? null : Escrow.value(t.units(), t.price(), m.spec().tickSize());
    }
}
