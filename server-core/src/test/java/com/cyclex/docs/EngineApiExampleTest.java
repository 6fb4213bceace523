package com.cyclex.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cyclex.api.CommandResult;
import com.cyclex.api.PlaceOrder;
import com.cyclex.exchange.Exchange;
import com.cyclex.api.AdmitMember;
import com.cyclex.api.CreateMarket;
import com.cyclex.api.DeclareCapacity;
import com.cyclex.api.MintCredits;
import com.cyclex.api.RegisterMember;
import com.cyclex.lease.LeaseState;
import com.cyclex.market.MarketSpec;
import com.cyclex.market.BookListener;
import com.cyclex.market.CancelReason;
import com.cyclex.market.Order;
import com.cyclex.market.OrderBook;
import com.cyclex.market.PriceBand;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The examples of docs/engine-api.md, run as they are written there, so the document cannot rot. */
class EngineApiExampleTest {

    @Test
    void theBookExampleTradesAsTheDocumentSays() {
        List<String> log = new ArrayList<>();
        // --- from docs/engine-api.md: the book alone
        BookListener listener = new BookListener() {
            @Override
            public void onTrade(Order maker, Order taker, long price, long units) {
                log.add("trade " + units + " @ " + price + " maker #" + maker.id() + " taker #" + taker.id());
            }

            @Override
            public void onCancel(Order order, long units, CancelReason reason) {
                log.add("cancel #" + order.id() + " " + units + " " + reason);
            }
        };
        OrderBook book = OrderBook.create(new PriceBand(1, 10_000), listener);

        book.place(1, 100, Side.ASK, 105, 5, TimeInForce.GTC, 0);     // rests: 5 @ 105
        book.place(2, 200, Side.BID, 110, 3, TimeInForce.GTC, 0);     // trades 3 @ 105 (the maker's price)
        book.place(3, 200, Side.BID, 104, 4, TimeInForce.IOC, 0);     // nothing to take: cancelled
        book.replace(1, 106, 1);                                      // new price: back of the queue, 1 unit
        book.cancel(1, CancelReason.CANCELLED);
        // ---
        assertEquals(List.of(
                "trade 3 @ 105 maker #1 taker #2",
                "cancel #3 4 IOC_REMAINDER",
                "cancel #1 1 REDUCED",
                "cancel #1 1 CANCELLED"), log);
        assertEquals(0, book.orderCount());
    }

    @Test
    void theExchangeExampleHoldsEscrowAndMakesALease() {
        // --- from docs/engine-api.md: the whole exchange in memory
        Exchange exchange = new Exchange();                 // member 1 is the host
        long t = System.currentTimeMillis();
        long buyer = exchange.apply(new RegisterMember(0, "lab-pc-1", ""), t).id();
        exchange.apply(new AdmitMember(1, buyer), t);
        exchange.apply(new MintCredits(1, buyer, 10_000), t);
        long seller = exchange.apply(new RegisterMember(0, "lab-pc-2", ""), t).id();
        exchange.apply(new AdmitMember(1, seller), t);
        exchange.apply(new DeclareCapacity(seller, 8), t);  // cores it may sell
        int market = (int) exchange.apply(new CreateMarket(1, MarketSpec.spot("CPU-10M", 10, 1, 1, 1000)), t).id();

        CommandResult bid = exchange.apply(PlaceOrder.limit(buyer, market, Side.BID, 40, 2, TimeInForce.GTC), t + 1);
        CommandResult ask = exchange.apply(PlaceOrder.limit(seller, market, Side.ASK, 35, 2, TimeInForce.GTC), t + 2);
        // ---
        assertEquals(0, bid.filledUnits());
        assertEquals(2, ask.filledUnits());
        assertEquals(40, exchange.recentTrades(market, 1).get(0).price());
        assertEquals(10_000 - 80, exchange.account(buyer).available());
        assertEquals(80, exchange.ledgerTotals().leaseEscrow());
        assertEquals(2, exchange.account(seller).leasedCores());
        assertEquals(1, exchange.leasesOf(buyer).size());
        assertEquals(LeaseState.ACTIVE, exchange.leasesOf(buyer).get(0).state());
        assertEquals(10 * 60_000, exchange.leasesOf(buyer).get(0).end() - exchange.leasesOf(buyer).get(0).start());
    }
}
