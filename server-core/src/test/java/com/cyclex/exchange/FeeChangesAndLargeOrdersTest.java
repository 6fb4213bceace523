package com.cyclex.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.api.AccountInfo;
import com.cyclex.api.CommandResult;
import com.cyclex.api.PlaceOrder;
import com.cyclex.api.ReplaceOrder;
import com.cyclex.api.ResultCode;
import com.cyclex.api.SetFees;
import com.cyclex.lease.Lease;
import com.cyclex.market.Delivery;
import com.cyclex.market.MarketSpec;
import com.cyclex.market.Resource;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import org.junit.jupiter.api.Test;

/**
 * Where the exchange's arithmetic meets its edges: fees that change while bids rest, orders as large as a
 * market allows, and market orders whose protection reaches past the band. Each case once stopped the exchange
 * in the middle of a command, with part of its changes made.
 */
class FeeChangesAndLargeOrdersTest {
    final Fixture f = new Fixture();

    /**
     * A resting bid holds a fee reserve at the rates of when it was placed. If the host raises the fees later,
     * a fill must not take more fee than the bid reserved: the bid pays at most its reserved rate.
     */
    @Test
    void aRestingBidPaysNoMoreFeeThanItReservedWhenFeesRise() {
        long alice = f.member("alice", 10_000, 0);
        long bob = f.member("bob", 0, 10);
        int cpu = f.spotMarket("CPU");
        f.bid(alice, cpu, 100, 2);                       // 200 held, nothing reserved for fees at 0 bps
        f.bid(alice, cpu, 90, 1);                        // another bid, so the held account is not empty
        f.ok(new SetFees(Fixture.HOST, cpu, 100, 200));

        CommandResult ask = f.ok(PlaceOrder.limit(bob, cpu, Side.ASK, 100, 2, TimeInForce.GTC));
        assertEquals(2, ask.filledUnits());
        assertEquals(0, f.exchange.ledgerTotals().fees(), "the bid reserved no fee, so it pays none");
        AccountInfo a = f.exchange.account(alice);
        assertEquals(90, a.held());
        assertEquals(10_000 - 200 - 90, a.available());
        Lease lease = f.exchange.leasesOf(bob).get(0);
        assertEquals(200, lease.escrow());
        assertEquals(4, lease.sellerFee(), "the seller, the taker, pays today's taker rate of 2%");
        assertEquals(0, f.exchange.ledgerTotals().sum());
    }

    /** Raised fees do count for a bid placed, or replaced, after the change: it reserves them. */
    @Test
    void aBidPlacedOrReplacedAfterAFeeRisePaysTheNewRate() {
        long alice = f.member("alice", 10_000, 0);
        long bob = f.member("bob", 0, 10);
        int cpu = f.spotMarket("CPU");
        CommandResult old = f.bid(alice, cpu, 100, 1);
        f.ok(new SetFees(Fixture.HOST, cpu, 100, 200));
        f.ok(new ReplaceOrder(alice, cpu, old.id(), 100, 2));   // re-held at the new reserve of 200 bps
        assertEquals(204, f.exchange.account(alice).held());
        f.ask(bob, cpu, 100, 2);                                 // alice is the maker: 1% of 200
        assertEquals(2, f.exchange.ledgerTotals().fees());
        assertEquals(10_000 - 202, f.exchange.account(alice).available());
    }

    /**
     * A market may allow single orders worth up to {@link MarketRules#MAX_ORDER_VALUE} minor units at fees up to
     * 10%; escrow and fees of such orders must still be exact.
     */
    @Test
    void theFeeOfTheLargestOrderAMarketAllowsIsExact() {
        MarketSpec big = new MarketSpec("BIG", Resource.CPU_CORE, Delivery.SPOT, 0, 60, 1_000_000, 1, 1_000_000,
                1, 1_000, MarketRules.MAX_FEE_BPS, MarketRules.MAX_FEE_BPS, 10);
        int market = f.market(big);
        assertEquals(MarketRules.MAX_ORDER_VALUE, 1_000_000L * 1_000 * 1_000_000, "the largest order the market allows");
        long value = MarketRules.MAX_ORDER_VALUE / 2;            // half of it: all credits could not pay the whole and its fee
        long alice = f.member("alice", value + value / 10 + 7, 0);
        long bob = f.member("bob", 0, 1_000_000);

        CommandResult bid = f.ok(PlaceOrder.limit(alice, market, Side.BID, 1_000, 500_000, TimeInForce.GTC));
        assertEquals(0, bid.filledUnits());
        assertEquals(value + value / 10, f.exchange.account(alice).held(), "value plus a 10% fee reserve");

        f.ok(PlaceOrder.limit(bob, market, Side.ASK, 1_000, 500_000, TimeInForce.IOC));
        assertEquals(value / 10, f.exchange.ledgerTotals().fees());
        assertEquals(7, f.exchange.account(alice).available());
        assertEquals(0, f.exchange.account(alice).held());
        assertEquals(value / 10, f.exchange.leasesOf(bob).get(0).sellerFee());
        assertEquals(0, f.exchange.ledgerTotals().sum());
    }

    /**
     * A market order bids up to best ask + protection, capped at the top of the band. A protection larger than
     * the room above the best ask must cap there, not wrap around into a negative price.
     */
    @Test
    void aMarketOrderWithAHugeProtectionTakesTheTopOfTheBand() {
        int market = f.market(new MarketSpec("WIDE", Resource.CPU_CORE, Delivery.SPOT, 0, 10, 1, 1, 100, 1, 1000, 0, 0,
                Long.MAX_VALUE));
        long alice = f.member("alice", 10_000, 0);
        long bob = f.member("bob", 5_000, 5);
        f.ask(bob, market, 40, 1);
        f.bid(alice, market, 30, 1);

        CommandResult buy = f.ok(PlaceOrder.market(alice, market, Side.BID, 2, TimeInForce.IOC));
        assertEquals(1, buy.filledUnits());
        assertEquals(10_000 - 40 - 30, f.exchange.account(alice).available());
        CommandResult sell = f.ok(PlaceOrder.market(bob, market, Side.ASK, 1, TimeInForce.FOK));
        assertEquals(1, sell.filledUnits());
        assertTrue(f.exchange.orders(market).isEmpty());
        assertEquals(0, f.exchange.ledgerTotals().sum());
    }

    /**
     * Lot limits times the band times the tick must stay within the largest order value; the product must be
     * checked without wrapping around: 4 units at 2^62 ticks is 2^64, which a long sees as 0.
     */
    @Test
    void aMarketWhoseLargestOrderWrapsAroundALongIsRefused() {
        long p = 1L << 62;
        MarketSpec wraps = new MarketSpec("WRAP", Resource.CPU_CORE, Delivery.SPOT, 0, 10, 1, 1, 4, p, p + 1, 0, 0, 1);
        f.reject(new com.cyclex.api.CreateMarket(Fixture.HOST, wraps), ResultCode.MARKET_SPEC_INVALID, "largest order");
        MarketSpec justFits = new MarketSpec("FITS", Resource.CPU_CORE, Delivery.SPOT, 0, 10, 1, 1, 4,
                MarketRules.MAX_ORDER_VALUE / 4 - 1, MarketRules.MAX_ORDER_VALUE / 4, 0, 0, 1);
        f.market(justFits);
    }
}
