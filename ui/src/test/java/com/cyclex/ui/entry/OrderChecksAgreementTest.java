package com.cyclex.ui.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.api.AdmitMember;
import com.cyclex.api.BookDepth;
import com.cyclex.api.CommandResult;
import com.cyclex.api.CreateMarket;
import com.cyclex.api.DeclareCapacity;
import com.cyclex.api.HaltMarket;
import com.cyclex.api.MintCredits;
import com.cyclex.api.PlaceOrder;
import com.cyclex.api.RegisterMember;
import com.cyclex.api.ResultCode;
import com.cyclex.exchange.Exchange;
import com.cyclex.ledger.Escrow;
import com.cyclex.market.Delivery;
import com.cyclex.market.MarketSpec;
import com.cyclex.market.OrderType;
import com.cyclex.market.Resource;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import com.cyclex.ui.entry.OrderEntryModel.Problem;
import com.cyclex.ui.entry.OrderEntryModel.Top;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The order entry's verdict is the exchange's: for random markets, books, accounts and tickets, the order the
 * terminal would let go is the one the exchange accepts, a refused one carries the exchange's code and sentence,
 * and a bid would hold in escrow what the exchange then holds.
 */
class OrderChecksAgreementTest {
    private static final long HOST = 1;
    private static final long[] PROTECTIONS = {0, 1, 7, 50, 5_000, Long.MAX_VALUE / 3, Long.MAX_VALUE};

    @Test
    void theTicketsVerdictIsTheExchangesOnRandomOrders() {
        Random random = new Random(20_261_201L);
        Map<ResultCode, Integer> seen = new EnumMap<>(ResultCode.class);
        for (int trial = 0; trial < 1_500; trial++) {
            ResultCode code = trial(random, "trial " + trial);
            seen.merge(code, 1, Integer::sum);
        }
        // The stream must reach every verdict an order can get from what a terminal knows, or it proves little.
        for (ResultCode expected : new ResultCode[] {ResultCode.OK, ResultCode.MARKET_HALTED, ResultCode.UNITS_OUT_OF_LIMITS,
                ResultCode.PRICE_OUTSIDE_BAND, ResultCode.ORDER_TYPE_INVALID, ResultCode.NO_LIQUIDITY,
                ResultCode.INSUFFICIENT_CREDITS, ResultCode.INSUFFICIENT_CAPACITY}) {
            assertTrue(seen.getOrDefault(expected, 0) > 5, expected + " seen " + seen.get(expected) + " times: " + seen);
        }
    }

    @Test
    void aHugeProtectionNeitherOverflowsTheHoldNorLetsAnUnaffordableBidThrough() {
        MarketSpec spec = spec(1, 1, 1000, 1, 100, 10, 25, Long.MAX_VALUE);
        World w = new World(spec, 3_000, 10);
        w.rest(Side.ASK, 500, 3);
        PlaceOrder bid = PlaceOrder.market(w.trader, w.market, Side.BID, 4, TimeInForce.IOC);
        OrderEntryModel model = w.model(bid);
        // The protection is capped at the band's top before it is added: 4 units up to 1000 ticks, plus 25 bps.
        assertEquals(Escrow.bidHold(4, 1000, 1, 25), model.bidHold());
        Problem p = model.problem();
        CommandResult verdict = w.exchange.apply(bid, 2_000);
        assertEquals(ResultCode.INSUFFICIENT_CREDITS, verdict.code(), verdict.toString());
        assertNotNull(p, "the terminal refuses it too");
        assertEquals(ResultCode.INSUFFICIENT_CREDITS, p.code());
        assertEquals("This bid holds 40.10 credits in escrow (value plus fee reserve) but only 30.00 are available.", p.sentence());
        assertEquals(verdict.message(), p.sentence());
    }

    /** One random market, book, account and ticket; returns the exchange's verdict after checking the terminal agrees. */
    private static ResultCode trial(Random r, String where) {
        long tick = 1 + r.nextInt(100);
        long priceMin = 1 + r.nextInt(50);
        long priceMax = priceMin + r.nextInt(2_000);
        long minUnits = 1 + r.nextInt(5);
        long maxUnits = minUnits + r.nextInt(200);
        MarketSpec spec = spec(tick, priceMin, priceMax, minUnits, maxUnits, r.nextInt(101), r.nextInt(101),
                PROTECTIONS[r.nextInt(PROTECTIONS.length)]);
        World w = new World(spec, r.nextInt(4) == 0 ? 0 : (long) (r.nextDouble() * 2_000_000), r.nextInt(5) == 0 ? 0 : r.nextInt(60));
        long mid = priceMin + (priceMax - priceMin) / 2;
        for (int i = r.nextInt(4); i > 0; i--) {
            w.rest(Side.BID, Math.max(priceMin, mid - 1 - r.nextInt(20)), Math.min(maxUnits, minUnits + r.nextInt(5)));
        }
        for (int i = r.nextInt(4); i > 0; i--) {
            w.rest(Side.ASK, Math.min(priceMax, mid + 1 + r.nextInt(20)), Math.min(maxUnits, minUnits + r.nextInt(5)));
        }
        // Some of the trader's own cores already in an ask, so spare is less than declared.
        if (r.nextBoolean()) {
            w.exchange.apply(PlaceOrder.limit(w.trader, w.market, Side.ASK, priceMax, minUnits, TimeInForce.GTC), 1_500);
        }
        if (r.nextInt(8) == 0) {
            w.exchange.apply(new HaltMarket(HOST, w.market), 1_600);
        }
        Side side = r.nextBoolean() ? Side.BID : Side.ASK;
        long units = r.nextInt(12) == 0 ? 0 : r.nextInt(10) == 0 ? maxUnits + 1 + r.nextInt(3) : minUnits + r.nextInt((int) Math.min(40, maxUnits - minUnits + 1));
        TimeInForce tif = TimeInForce.values()[r.nextInt(TimeInForce.values().length)];
        PlaceOrder order = r.nextInt(3) == 0
                ? new PlaceOrder(w.trader, w.market, side, OrderType.MARKET, r.nextInt(4) == 0 ? tif : TimeInForce.IOC, 0, units)
                : PlaceOrder.limit(w.trader, w.market, side, r.nextInt(10) == 0 ? priceMax + 1 + r.nextInt(5)
                        : r.nextInt(15) == 0 ? Math.max(1, priceMin - 1 - r.nextInt(3)) : priceMin + r.nextInt((int) (priceMax - priceMin + 1)),
                        units, tif);

        OrderEntryModel model = w.model(order);
        Problem p = model.problem();
        long hold = model.bidHold();
        long heldBefore = w.exchange.account(w.trader).held();
        CommandResult verdict = w.exchange.apply(order, 2_000);
        String what = where + ": " + order + " in " + spec + " with " + w.exchange.account(w.trader);
        if (verdict.accepted()) {
            assertNull(p, what + ": the exchange accepts it, so the terminal must let it go");
            if (side == Side.BID && verdict.filledUnits() == 0 && verdict.openUnits() == units) {
                // A bid that rests untouched holds exactly what the terminal said it would.
                assertEquals(hold, w.exchange.account(w.trader).held() - heldBefore, what);
            }
        } else {
            assertNotNull(p, what + ": the exchange refuses it (" + verdict + "), so the terminal must too");
            assertEquals(verdict.code(), p.code(), what);
            if (!p.missing()) {
                assertEquals(verdict.message(), p.sentence(), what);
            }
        }
        return verdict.code();
    }

    static MarketSpec spec(long tick, long priceMin, long priceMax, long minUnits, long maxUnits, int makerBps, int takerBps,
                           long protection) {
        return new MarketSpec("CPU-10M", Resource.CPU_CORE, Delivery.SPOT, 0, 10, tick, minUnits, maxUnits,
                priceMin, priceMax, makerBps, takerBps, protection);
    }

    /** A fresh exchange with one market, a trader to check and a maker for the book. */
    private static final class World {
        final Exchange exchange = new Exchange();
        final int market;
        final long trader;
        final long maker;

        World(MarketSpec spec, long credits, int cores) {
            CommandResult created = exchange.apply(new CreateMarket(HOST, spec), 1_000);
            assertTrue(created.accepted(), created.toString());
            market = (int) created.id();
            trader = member("trader", credits, cores);
            maker = member("maker", 1_000_000_000_000L, 100_000);
        }

        long member(String name, long credits, int cores) {
            long id = exchange.apply(new RegisterMember(0, name, ""), 1_000).id();
            exchange.apply(new AdmitMember(HOST, id), 1_000);
            if (credits > 0) {
                exchange.apply(new MintCredits(HOST, id, credits), 1_000);
            }
            exchange.apply(new DeclareCapacity(id, cores), 1_000);
            return id;
        }

        void rest(Side side, long price, long units) {
            CommandResult r = exchange.apply(PlaceOrder.limit(maker, market, side, price, units, TimeInForce.GTC), 1_200);
            assertTrue(r.accepted(), r.toString());
        }

        /** The order entry as the terminal would have it for this order, from what the exchange tells a client. */
        OrderEntryModel model(PlaceOrder order) {
            OrderTicket ticket = new OrderTicket();
            OrderEntryModel model = new OrderEntryModel(ticket);
            model.marketProperty().set(exchange.market(market));
            model.accountProperty().set(exchange.account(trader));
            BookDepth depth = exchange.depth(market, 1);
            model.topProperty().set(new Top(depth.bidPrices().length == 0 ? 0 : depth.bidPrices()[0],
                    depth.askPrices().length == 0 ? 0 : depth.askPrices()[0]));
            ticket.sideProperty().set(order.side());
            ticket.typeProperty().set(order.type());
            ticket.timeInForceProperty().set(order.timeInForce());
            ticket.priceProperty().set(order.price());
            ticket.unitsProperty().set(order.units());
            return model;
        }
    }
}
