package com.cyclex.ui.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.api.AccountInfo;
import com.cyclex.api.ExchangeEvent;
import com.cyclex.api.MarketInfo;
import com.cyclex.api.OrderInfo;
import com.cyclex.lease.Lease;
import com.cyclex.lease.LeaseState;
import com.cyclex.market.MarketSpec;
import com.cyclex.market.MarketStatus;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import com.cyclex.market.Trade;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The operator's orders, trades, leases and account, without a screen. */
class OrdersModelsTest {
    static final long ME = 1;
    static final long OTHER = 2;
    static final MarketInfo MARKET = new MarketInfo(7, MarketSpec.spot("CPU-10M", 10, 1, 1, 1000).withLots(1, 100), MarketStatus.OPEN);

    static OrderInfo order(long id, int market, long member, long open) {
        return new OrderInfo(id, market, member, Side.BID, 100, open, 0, TimeInForce.GTC, 0, open > 0);
    }

    static ExchangeEvent updated(OrderInfo o) {
        return new ExchangeEvent.OrderUpdated(o, null);
    }

    static Trade trade(long id, long buyer, long seller, Side aggressor) {
        return new Trade(id, 7, 10, 11, buyer, seller, 120, 3, aggressor, 1_764_000_000_000L);
    }

    @Test
    void myOrdersShowOnlyMineAndOnlyWhileOpen() {
        MyOrdersModel model = new MyOrdersModel(ME);
        model.apply(List.of(updated(order(1, 7, ME, 4)), updated(order(2, 7, OTHER, 4)), updated(order(3, 8, ME, 2))));
        assertEquals(List.of(3L, 1L), model.shown().stream().map(OrderInfo::id).toList());
        model.apply(List.of(updated(order(3, 8, ME, 0))));
        assertEquals(List.of(1L), model.shown().stream().map(OrderInfo::id).toList());
    }

    @Test
    void myOrdersCanShowTheSelectedMarketOnly() {
        MyOrdersModel model = new MyOrdersModel(ME);
        model.apply(List.of(updated(order(1, 7, ME, 4)), updated(order(3, 8, ME, 2))));
        model.selectedMarketProperty().set(8);
        model.onlySelectedProperty().set(true);
        assertEquals(List.of(3L), model.shown().stream().map(OrderInfo::id).toList());
        assertEquals(2, model.all().size());
        model.onlySelectedProperty().set(false);
        assertEquals(2, model.shown().size());
    }

    @Test
    void aReplaceIsCheckedAgainstTheMarketBeforeSending() {
        OrderInfo o = order(1, 7, ME, 4);
        assertEquals("Enter a price between 1 and 1000 ticks.", MyOrdersModel.replaceProblem(MARKET, o, 0, 4));
        assertEquals("Price 1200 is outside the band of CPU-10M: 1 to 1000 ticks.", MyOrdersModel.replaceProblem(MARKET, o, 1200, 4));
        assertEquals("An order in CPU-10M is for 1 to 100 units, not 0.", MyOrdersModel.replaceProblem(MARKET, o, 100, 0));
        assertEquals("Change the price or the units to replace the order.", MyOrdersModel.replaceProblem(MARKET, o, 100, 4));
        assertEquals("Trading in CPU-10M is halted; you can still cancel orders.",
                MyOrdersModel.replaceProblem(new MarketInfo(7, MARKET.spec(), MarketStatus.HALTED), o, 101, 4));
        assertNull(MyOrdersModel.replaceProblem(MARKET, o, 101, 3));
    }

    @Test
    void myTradesAreMineNewestFirstWithMySide() {
        MyTradesModel model = new MyTradesModel(ME);
        model.apply(List.of(
                new ExchangeEvent.TradeExecuted(trade(1, ME, OTHER, Side.BID)),
                new ExchangeEvent.TradeExecuted(trade(2, OTHER, 3, Side.BID)),
                new ExchangeEvent.TradeExecuted(trade(3, OTHER, ME, Side.BID))));
        assertEquals(List.of(3L, 1L), model.trades().stream().map(Trade::id).toList());
        Trade sold = model.trades().get(0);
        assertEquals(Side.ASK, model.side(sold));
        assertFalse(model.took(sold), "the buyer took; I sold as maker");
        assertTrue(model.took(model.trades().get(1)));
        assertEquals(OTHER, model.counterparty(sold));
    }

    @Test
    void myTradesKeepTheLastFiveHundred() {
        MyTradesModel model = new MyTradesModel(ME);
        for (long id = 1; id <= MyTradesModel.LIMIT + 20; id++) {
            model.apply(List.of(new ExchangeEvent.TradeExecuted(trade(id, ME, OTHER, Side.BID))));
        }
        assertEquals(MyTradesModel.LIMIT, model.trades().size());
        assertEquals(MyTradesModel.LIMIT + 20, model.trades().get(0).id());
    }

    @Test
    void myTradesStartFromMyLeases() {
        MyTradesModel model = new MyTradesModel(ME);
        model.asked();
        Trade t = trade(4, ME, OTHER, Side.ASK);
        model.answered(List.of(new Lease(4, t, 3, 0, 600_000, 360, 0, LeaseState.SCHEDULED)));
        assertEquals(List.of(t), model.trades());
    }

    @Test
    void leasesKeepTheirLatestStateAndMyRole() {
        LeasesModel model = new LeasesModel(ME);
        Trade t = trade(4, OTHER, ME, Side.BID);
        model.apply(List.of(new ExchangeEvent.LeaseUpdated(new Lease(4, t, 3, 0, 600_000, 360, 1, LeaseState.SCHEDULED))));
        model.apply(List.of(new ExchangeEvent.LeaseUpdated(new Lease(4, t, 3, 0, 600_000, 360, 1, LeaseState.ACTIVE))));
        assertEquals(1, model.leases().size());
        assertEquals(LeaseState.ACTIVE, model.leases().get(0).state());
        assertEquals(LeasesModel.Role.SELLER, model.role(model.leases().get(0)));
        assertEquals(OTHER, model.counterparty(model.leases().get(0)));
    }
}
