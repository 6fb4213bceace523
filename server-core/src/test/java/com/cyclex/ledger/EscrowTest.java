package com.cyclex.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The arithmetic that keeps the exchange from ever overdrawing escrow. A resting bid holds
 * {@code bidHold(units, limit, tick, reserve)}; each fill releases the hold of the units it took, and pays from
 * that the trade's value (at the maker's price, never above the limit) and the buyer's fee (at the maker or the
 * taker rate, never above the reserve rate). The release must always cover both.
 */
class EscrowTest {
    /** The market rules' limit on one order's value (units x highest price x tick). */
    static final long MAX_ORDER_VALUE = 1_000_000_000_000_000L;
    static final int MAX_FEE_BPS = 1_000;

    @Test
    void valueIsUnitsTimesTicksTimesTickSize() {
        assertEquals(3 * 50 * 7, Escrow.value(3, 50, 7));
    }

    @Test
    void feesRoundDown() {
        assertEquals(0, Escrow.fee(9_999, 1));
        assertEquals(1, Escrow.fee(10_000, 1));
        assertEquals(99, Escrow.fee(19_999, 50));
        assertEquals(0, Escrow.fee(123_456, 0));
        assertEquals(100, Escrow.fee(1_000, MAX_FEE_BPS));
    }

    @Test
    void aBidHoldsItsValuePlusTheFeeReserve() {
        assertEquals(20_040, Escrow.bidHold(2, 100, 100, 20));
        assertEquals(20_000, Escrow.bidHold(2, 100, 100, 0));
    }

    /** A bid as a market allows it, with a partial fill: units still open before the fill, and the fill. */
    record Fill(long tick, long units, long limit, long open, long filled, long price, int makerBps, int takerBps) {
        int reserveBps() {
            return Math.max(makerBps, takerBps);
        }
    }

    /**
     * Within the market rules: tick 1..10^6, units 1..10^6, and units x limit x tick at most the largest order
     * value. The fill takes some of the open units at any price from 1 tick up to the limit. Each number is drawn
     * freely and then cut to what the others allow, so the largest values (where overflow would show) come up
     * often; jqwik's flatMap would say the same more slowly.
     */
    @Provide
    Arbitrary<Fill> fills() {
        Arbitrary<Long> upToAMillion = Arbitraries.longs().between(1, 1_000_000);
        Arbitrary<Long> any = Arbitraries.longs().between(1, MAX_ORDER_VALUE);
        Arbitrary<Integer> bps = Arbitraries.integers().between(0, MAX_FEE_BPS);
        return Combinators.combine(upToAMillion, upToAMillion, any, upToAMillion, upToAMillion, any, bps, bps)
                .as((tick, units, limit, open, filled, price, maker, taker) -> {
                    long top = Math.min(limit, MAX_ORDER_VALUE / units / tick);
                    long stillOpen = Math.min(open, units);
                    return new Fill(tick, units, top, stillOpen, Math.min(filled, stillOpen), Math.min(price, top), maker, taker);
                });
    }

    /**
     * What a fill releases from the bid's escrow (the hold of its open units before, less the hold after) always
     * pays the trade's value and the buyer's fee, whether the buyer turns out maker or taker. This is what lets
     * clearing move value and fee out of HELD and give back the rest without ever posting a negative amount.
     */
    @Property(tries = 2_000)
    void theHoldOfABidCoversAnyFillAtOrBelowItsLimit(@ForAll("fills") Fill f) {
        long released = Escrow.bidHold(f.open(), f.limit(), f.tick(), f.reserveBps())
                - Escrow.bidHold(f.open() - f.filled(), f.limit(), f.tick(), f.reserveBps());
        long value = Escrow.value(f.filled(), f.price(), f.tick());
        for (int rate : new int[] {f.makerBps(), f.takerBps()}) {
            long cost = value + Escrow.fee(value, rate);
            assertTrue(released >= cost, () -> f + ": releases " + released + " but the fill costs " + cost);
        }
        long whole = Escrow.bidHold(f.units(), f.limit(), f.tick(), f.reserveBps());
        assertTrue(whole >= 0 && whole >= Escrow.bidHold(f.open(), f.limit(), f.tick(), f.reserveBps()), f::toString);
    }

    /** Holds and fees are exact, also for the largest orders a market allows: no product overflows a long. */
    @Property(tries = 1_000)
    void holdsAndFeesAreExactWithinTheMarketLimits(@ForAll("fills") Fill f) {
        BigInteger value = BigInteger.valueOf(f.units()).multiply(BigInteger.valueOf(f.limit())).multiply(BigInteger.valueOf(f.tick()));
        BigInteger fee = value.multiply(BigInteger.valueOf(f.reserveBps())).divide(BigInteger.valueOf(Escrow.BPS));
        assertEquals(value.longValueExact(), Escrow.value(f.units(), f.limit(), f.tick()));
        assertEquals(fee.longValueExact(), Escrow.fee(value.longValueExact(), f.reserveBps()));
        assertEquals(value.add(fee).longValueExact(), Escrow.bidHold(f.units(), f.limit(), f.tick(), f.reserveBps()));
    }

    /** A fee never exceeds the rate's share, and never exceeds the fee at a higher rate or on a larger value. */
    @Property(tries = 500)
    void feesGrowWithValueAndRate(@ForAll("fills") Fill f) {
        long small = Escrow.value(f.filled(), f.price(), f.tick());
        long large = Escrow.value(f.open(), f.limit(), f.tick());
        int low = Math.min(f.makerBps(), f.takerBps());
        int high = f.reserveBps();
        assertTrue(Escrow.fee(small, low) <= Escrow.fee(large, low));
        assertTrue(Escrow.fee(small, low) <= Escrow.fee(small, high));
        assertTrue(Escrow.fee(large, high) <= large / 10);
    }
}
