package com.cyclex.market;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/**
 * Random command streams for a book. A step names its target loosely (a pick among the resting
 * orders) and is resolved against a book's state when it runs, so that cancels and replaces mostly
 * hit live orders however the stream went.
 */
final class BookScripts {

    private BookScripts() {
    }

    /** A band, how many members trade, and the steps to run. */
    record Scenario(PriceBand band, int members, List<Step> steps) {
    }

    /** A generated step; {@code newId} is the id to use when the step places an order. */
    sealed interface Step {
        BookOp resolve(OrderBook view, long newId);
    }

    record PlaceStep(long member, Side side, long price, long units, TimeInForce tif, long reserve) implements Step {
        @Override
        public BookOp resolve(OrderBook view, long newId) {
            return new BookOp.Place(newId, member, side, price, units, tif, reserve);
        }
    }

    record MarketStep(long member, Side side, long units, TimeInForce tif, long reserve) implements Step {
        @Override
        public BookOp resolve(OrderBook view, long newId) {
            return new BookOp.Market(newId, member, side, units, tif, reserve);
        }
    }

    /** {@code anyId}: aim at an id that is most likely not resting (finished or never used). */
    record CancelStep(int pick, boolean anyId, CancelReason reason) implements Step {
        @Override
        public BookOp resolve(OrderBook view, long newId) {
            Order target = anyId ? null : pickResting(view, pick);
            return new BookOp.Cancel(target != null ? target.id() : pick % (newId + 1), reason);
        }
    }

    enum UnitsChange { FEWER, SAME, MORE }

    /** Moves the target's price by {@code priceMove} ticks (kept in the band) unless {@code samePrice}. */
    record ReplaceStep(int pick, boolean anyId, boolean samePrice, long priceMove, UnitsChange change, int delta,
                       boolean keepReserve, long reserve) implements Step {
        @Override
        public BookOp resolve(OrderBook view, long newId) {
            Order target = anyId ? null : pickResting(view, pick);
            if (target == null) {
                return new BookOp.Replace(pick % (newId + 1), view.band().min(), delta, reserve, keepReserve);
            }
            long open = target.openUnits();
            long units = switch (change) {
                case FEWER -> Math.max(1, open - delta);
                case SAME -> open;
                case MORE -> open + delta;
            };
            long price = samePrice ? target.price() : Math.max(view.band().min(), Math.min(view.band().max(), target.price() + priceMove));
            return new BookOp.Replace(target.id(), price, units, reserve, keepReserve);
        }
    }

    enum BadKind { PRICE_BELOW_BAND, PRICE_ABOVE_BAND, NO_UNITS, NEGATIVE_UNITS, DUPLICATE_ID, REPLACE_OUTSIDE_BAND, REPLACE_NO_UNITS }

    /** A command the book must refuse with IllegalArgumentException, changing nothing. */
    record BadStep(BadKind kind, int pick) implements Step {
        @Override
        public BookOp resolve(OrderBook view, long newId) {
            PriceBand band = view.band();
            Order target = pickResting(view, pick);
            long inBand = band.min();
            return switch (kind) {
                case PRICE_BELOW_BAND -> new BookOp.Place(newId, 1, Side.BID, band.min() - 1, 1, TimeInForce.GTC, 0);
                case PRICE_ABOVE_BAND -> new BookOp.Place(newId, 1, Side.ASK, band.max() + 1, 1, TimeInForce.GTC, 0);
                case NEGATIVE_UNITS -> new BookOp.Place(newId, 1, Side.BID, inBand, -pick - 1, TimeInForce.IOC, 0);
                case DUPLICATE_ID -> target == null
                        ? new BookOp.Place(newId, 1, Side.BID, inBand, 0, TimeInForce.GTC, 0)
                        : new BookOp.Place(target.id(), target.memberId() + 1, target.side(), target.price(), 1, TimeInForce.GTC, 0);
                case REPLACE_OUTSIDE_BAND -> new BookOp.Replace(target == null ? newId : target.id(), band.max() + 1 + pick, 1, 0, false);
                case REPLACE_NO_UNITS -> new BookOp.Replace(target == null ? newId : target.id(), inBand, 0, 0, false);
                case NO_UNITS -> new BookOp.Place(newId, 1, Side.ASK, inBand, 0, TimeInForce.GTC, 0);
            };
        }
    }

    record RebuildStep() implements Step {
        @Override
        public BookOp resolve(OrderBook view, long newId) {
            return new BookOp.Rebuild();
        }
    }

    private static Arbitrary<Long> window(PriceBand band, long from, long to) {
        long lo = Math.max(band.min(), Math.min(band.max(), from));
        long hi = Math.max(lo, Math.min(band.max(), to));
        return Arbitraries.longs().between(lo, hi).withDistribution(RandomDistribution.uniform());
    }

    /** A resting order chosen by {@code pick} among the resting ones in id order, or null when none rests. */
    static Order pickResting(OrderBook view, int pick) {
        List<Order> resting = new ArrayList<>();
        view.forEachOrder(resting::add);
        if (resting.isEmpty()) {
            return null;
        }
        resting.sort(Comparator.comparingLong(Order::id));
        return resting.get(pick % resting.size());
    }

    // ---- generators ----

    /** Mostly narrow bands (a few ticks to a few bitset words), sometimes wide ones up to the widest allowed. */
    static Arbitrary<PriceBand> bands() {
        Arbitrary<PriceBand> narrow = Combinators.combine(Arbitraries.longs().between(1, 300), Arbitraries.longs().between(1, 200))
                .as((min, width) -> new PriceBand(min, min + width - 1));
        Arbitrary<PriceBand> wide = Combinators.combine(Arbitraries.longs().between(1, 1_000_000),
                        Arbitraries.of(5_000L, 100_000L, PriceBand.MAX_WIDTH))
                .as((min, width) -> new PriceBand(min, min + width - 1));
        return Arbitraries.frequencyOf(Tuple.of(8, narrow), Tuple.of(1, wide));
    }

    static Arbitrary<Scenario> scenarios(int maxSteps) {
        // Long streams build deep books; the length is drawn explicitly because jqwik favours short lists.
        Arbitrary<Integer> lengths = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.integers().between(0, 20)),
                Tuple.of(4, Arbitraries.integers().between(21, maxSteps).withDistribution(RandomDistribution.uniform())));
        return bands().flatMap(band -> Combinators.combine(
                        // One member alone can never trade (every cross is a self-trade), so keep that rare.
                        Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(1)), Tuple.of(9, Arbitraries.integers().between(2, 5))),
                        Arbitraries.longs().between(band.min(), band.max()).withDistribution(RandomDistribution.uniform()),
                        Arbitraries.frequencyOf(
                                Tuple.of(4, Arbitraries.longs().between(0, 3)),
                                Tuple.of(4, Arbitraries.longs().between(4, 12)),
                                Tuple.of(1, Arbitraries.longs().between(40, 300))),
                        lengths,
                        Arbitraries.integers().between(40, 90))
                .flatAs((members, center, radius, length, passive) -> steps(band, members, center, radius, passive)
                        .list().ofSize(length)
                        .map(steps -> new Scenario(band, members, steps))))
                // jqwik's edge cases here would be degenerate streams (one step repeated); band ends come from the prices above.
                .withoutEdgeCases();
    }

    /** @param passive the percentage of limit orders placed on their own side of the centre, so the book grows deep */
    private static Arbitrary<Step> steps(PriceBand band, int members, long center, long radius, int passive) {
        // Passive orders: bids at or below the centre, asks above it. The others land anywhere in the window
        // and cross often; a few land anywhere in the band or on its ends.
        Arbitrary<Long> passiveBids = window(band, center - radius, center);
        Arbitrary<Long> passiveAsks = window(band, center + 1, center + 1 + radius);
        Arbitrary<Long> anyInWindow = window(band, center - radius, center + 1 + radius);
        Arbitrary<Long> anyInBand = window(band, band.min(), band.max());
        Arbitrary<Long> bandEnds = Arbitraries.of(band.min(), band.max());
        Arbitrary<Tuple.Tuple2<Side, Long>> sidedPrices = Arbitraries.of(Side.class).flatMap(side -> Arbitraries.frequencyOf(
                        Tuple.of(passive, side == Side.BID ? passiveBids : passiveAsks),
                        Tuple.of(92 - passive, anyInWindow),
                        Tuple.of(5, anyInBand),
                        Tuple.of(3, bandEnds))
                .map(price -> Tuple.of(side, price)));
        // Replaces mostly move a tick or three; sometimes far.
        Arbitrary<Long> priceMoves = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.longs().between(-3, 3)),
                Tuple.of(1, Arbitraries.longs().between(-radius - 5, radius + 5)));
        Arbitrary<Long> units = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.longs().between(1, 10)),
                Tuple.of(2, Arbitraries.longs().between(11, 60)));
        Arbitrary<Long> memberIds = Arbitraries.longs().between(1, members);
        Arbitrary<Side> sides = Arbitraries.of(Side.class);
        Arbitrary<Long> reserves = Arbitraries.longs();
        Arbitrary<Integer> picks = Arbitraries.integers().between(0, 10_000).withDistribution(RandomDistribution.uniform());
        Arbitrary<Boolean> rarely = Arbitraries.frequency(Tuple.of(9, false), Tuple.of(1, true));

        Arbitrary<TimeInForce> limitTifs = Arbitraries.frequency(
                Tuple.of(5, TimeInForce.GTC), Tuple.of(2, TimeInForce.DAY), Tuple.of(2, TimeInForce.IOC), Tuple.of(2, TimeInForce.FOK));
        Arbitrary<Step> place = Combinators.combine(memberIds, sidedPrices, units, limitTifs, reserves)
                .as((member, sidedPrice, n, tif, reserve) -> new PlaceStep(member, sidedPrice.get1(), sidedPrice.get2(), n, tif, reserve));
        // Mostly IOC and FOK; GTC and DAY must be refused for market orders.
        Arbitrary<TimeInForce> marketTifs = Arbitraries.frequencyOf(
                Tuple.of(9, Arbitraries.of(TimeInForce.IOC, TimeInForce.FOK)),
                Tuple.of(1, Arbitraries.of(TimeInForce.GTC, TimeInForce.DAY)));
        Arbitrary<Step> market = Combinators.combine(memberIds, sides, units, marketTifs, reserves).as(MarketStep::new);
        Arbitrary<Step> cancel = Combinators.combine(picks, rarely,
                        Arbitraries.of(CancelReason.CANCELLED, CancelReason.EXPIRED, CancelReason.MEMBER_INACTIVE))
                .as(CancelStep::new);
        Arbitrary<Step> replace = Combinators.combine(picks, rarely, Arbitraries.frequency(Tuple.of(2, true), Tuple.of(3, false)),
                        priceMoves, Arbitraries.of(UnitsChange.class), Arbitraries.integers().between(1, 8),
                        Arbitraries.of(true, false), reserves)
                .as(ReplaceStep::new);
        Arbitrary<Step> bad = Combinators.combine(Arbitraries.of(BadKind.class), picks).as(BadStep::new);
        Arbitrary<Step> rebuild = Arbitraries.just(new RebuildStep());
        return Arbitraries.frequencyOf(
                Tuple.of(50, place),
                Tuple.of(5, market),
                Tuple.of(9, cancel),
                Tuple.of(22, replace),
                Tuple.of(3, bad),
                Tuple.of(1, rebuild));
    }
}
