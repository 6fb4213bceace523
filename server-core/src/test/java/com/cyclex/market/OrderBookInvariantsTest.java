package com.cyclex.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Rules every book must keep after every command of a random stream, checked against the book itself
 * rather than against the reference book.
 */
class OrderBookInvariantsTest {

    enum Check { NOT_CROSSED, UNITS_CONSERVED, QUEUE_ORDER, MATCHING, VIEWS }

    @Provide
    Arbitrary<BookScripts.Scenario> scenarios() {
        return BookScripts.scenarios(300);
    }

    @Property(tries = 200)
    void theFastBookIsNeverCrossed(@ForAll("scenarios") BookScripts.Scenario scenario) {
        new Checker(BookRun.ladder(scenario.band()), EnumSet.of(Check.NOT_CROSSED)).runAll(scenario);
    }

    @Property(tries = 200)
    void unitsAreConservedPerOrder(@ForAll("scenarios") BookScripts.Scenario scenario) {
        new Checker(BookRun.ladder(scenario.band()), EnumSet.of(Check.UNITS_CONSERVED)).runAll(scenario);
    }

    @Property(tries = 200)
    void restingOrdersQueueByPriceThenByWhenTheyJoined(@ForAll("scenarios") BookScripts.Scenario scenario) {
        new Checker(BookRun.ladder(scenario.band()), EnumSet.of(Check.QUEUE_ORDER)).runAll(scenario);
    }

    @Property(tries = 200)
    void everyTradeTakesTheBestRestingOrderAndMatchingNeverSkipsOne(@ForAll("scenarios") BookScripts.Scenario scenario) {
        new Checker(BookRun.ladder(scenario.band()), EnumSet.of(Check.MATCHING)).runAll(scenario);
    }

    @Property(tries = 200)
    void depthBestPriceCountAndFindAgreeWithTheRestingOrders(@ForAll("scenarios") BookScripts.Scenario scenario) {
        new Checker(BookRun.ladder(scenario.band()), EnumSet.of(Check.VIEWS)).runAll(scenario);
    }

    // The differential test trusts the reference book, so it must keep the same rules.
    @Property(tries = 100)
    void theReferenceBookKeepsEveryRuleToo(@ForAll("scenarios") BookScripts.Scenario scenario) {
        new Checker(new BookRun(scenario.band(), ReferenceBook::new, true), EnumSet.allOf(Check.class)).runAll(scenario);
    }

    /** A resting order's values at one moment; the book mutates its orders later. */
    record Rest(long id, long member, Side side, long price, long open, long filled, TimeInForce tif) {
        static Rest of(Order o) {
            return new Rest(o.id(), o.memberId(), o.side(), o.price(), o.openUnits(), o.filledUnits(), o.timeInForce());
        }
    }

    /** What the book must report for one command, callback by callback. */
    static final class Expected {
        final List<BookEvent> events = new ArrayList<>();
        final List<List<Long>> seen = new ArrayList<>();
        final List<Boolean> resting = new ArrayList<>();

        void cancel(long id, long units, CancelReason reason, long openAfter, long filled, boolean stillResting) {
            events.add(BookEvent.cancel(id, units, reason));
            seen.add(List.of(openAfter, filled));
            resting.add(stillResting);
        }
    }

    static final class Checker {
        private final BookRun run;
        private final Set<Check> checks;
        /** Units each order brought in: placed, plus every increase by a replace. */
        private final Map<Long, Long> in = new HashMap<>();
        private final Map<Long, Long> filled = new HashMap<>();
        private final Map<Long, Long> cancelled = new HashMap<>();
        /** The newest object the book showed for each order id (a rebuild makes new ones). */
        private final Map<Long, Order> latest = new HashMap<>();
        /** The step at which each resting order last joined the back of its price level. */
        private final Map<Long, Integer> joined = new HashMap<>();

        Checker(BookRun run, Set<Check> checks) {
            this.run = run;
            this.checks = checks;
        }

        void runAll(BookScripts.Scenario scenario) {
            List<BookScripts.Step> steps = scenario.steps();
            for (int i = 0; i < steps.size(); i++) {
                step(i, steps.get(i).resolve(run.book, i + 1));
            }
            if (checks.contains(Check.UNITS_CONSERVED)) {
                in.keySet().forEach(id -> checkConserved(id, () -> "at the end"));
            }
        }

        private void step(int i, BookOp op) {
            Supplier<String> where = () -> "step " + i + " " + op;
            // Snapshots cost a walk of the book each, so take only those the checks need.
            BookState stateBefore = checks.contains(Check.VIEWS) ? BookState.of(run.book) : null;
            List<Rest> before = checks.contains(Check.MATCHING) ? run.resting().stream().map(Rest::of).toList() : List.of();
            Order target = op instanceof BookOp.Replace r ? run.book.find(r.id()) : null;
            Rest targetBefore = target == null ? null : Rest.of(target);

            Object result = run.run(op);
            RecordingListener heard = run.listener;
            List<BookEvent> events = List.copyOf(heard.events);
            List<List<Long>> seen = List.copyOf(heard.seen);
            List<Boolean> seenResting = List.copyOf(heard.seenResting);
            heard.orders.forEach(o -> latest.put(o.id(), o));
            heard.drain();
            if (op instanceof BookOp.Rebuild) {
                run.book.forEachOrder(o -> latest.put(o.id(), o));
            }

            boolean keptPlace = false;
            if (result.equals(BookRun.REJECTED) || op instanceof BookOp.Rebuild) {
                // Refused arguments and rebuilding change nothing anyone can see.
                assertEquals(List.of(), events, () -> where.get() + ": events");
                if (stateBefore != null) {
                    assertEquals(stateBefore, BookState.of(run.book), () -> where.get() + ": book");
                }
            } else if (run.placed != null) {
                Order placed = run.placed;
                latest.put(placed.id(), placed);
                long asked = op instanceof BookOp.Place p ? p.units() : ((BookOp.Market) op).units();
                in.merge(placed.id(), asked, Long::sum);
                if (placed.isResting()) {
                    joined.put(placed.id(), i);
                }
            } else if (op instanceof BookOp.Replace r && Boolean.TRUE.equals(result)) {
                if (r.units() > targetBefore.open()) {
                    in.merge(r.id(), r.units() - targetBefore.open(), Long::sum);
                }
                keptPlace = r.price() == targetBefore.price() && r.units() <= targetBefore.open();
                if (!keptPlace && run.book.find(r.id()) != null) {
                    joined.put(r.id(), i);
                }
            }

            Set<Long> touched = new HashSet<>();
            if (run.placed != null) {
                touched.add(run.placed.id());
            } else if (op instanceof BookOp.Replace r && in.containsKey(r.id())) {
                touched.add(r.id());
            }
            for (BookEvent e : events) {
                if (e instanceof BookEvent.Trade t) {
                    assertTrue(t.units() > 0, () -> where.get() + ": a trade of no units " + t);
                    filled.merge(t.makerId(), t.units(), Long::sum);
                    filled.merge(t.takerId(), t.units(), Long::sum);
                    touched.add(t.makerId());
                    touched.add(t.takerId());
                } else if (e instanceof BookEvent.Cancel c) {
                    assertTrue(c.units() > 0, () -> where.get() + ": a cancel of no units " + c);
                    cancelled.merge(c.orderId(), c.units(), Long::sum);
                    touched.add(c.orderId());
                }
            }

            if (checks.contains(Check.NOT_CROSSED)) {
                long bid = run.book.bestPrice(Side.BID);
                long ask = run.book.bestPrice(Side.ASK);
                assertTrue(bid == 0 || ask == 0 || bid < ask, () -> where.get() + ": crossed book, best bid " + bid + " best ask " + ask);
            }
            if (checks.contains(Check.UNITS_CONSERVED)) {
                touched.forEach(id -> checkConserved(id, where));
            }
            if (checks.contains(Check.QUEUE_ORDER)) {
                checkQueueOrder(where);
            }
            if (checks.contains(Check.MATCHING) && !result.equals(BookRun.REJECTED) && !(op instanceof BookOp.Rebuild)) {
                Expected expected = expect(op, result, before, targetBefore, keptPlace);
                assertEquals(expected.events, events, () -> where.get() + ": events");
                assertEquals(expected.seen, seen, () -> where.get() + ": open and filled units seen in callbacks");
                assertEquals(expected.resting, seenResting, () -> where.get() + ": resting flags seen in callbacks");
            }
            if (checks.contains(Check.VIEWS)) {
                checkViews(where);
            }
        }

        private void checkConserved(long id, Supplier<String> where) {
            Order resting = run.book.find(id);
            long open = resting == null ? 0 : resting.openUnits();
            long f = filled.getOrDefault(id, 0L);
            long c = cancelled.getOrDefault(id, 0L);
            assertEquals((long) in.get(id), f + c + open, () -> where.get() + ": order " + id + " in = filled + cancelled + open");
            Order last = latest.get(id);
            assertEquals(f, last.filledUnits(), () -> where.get() + ": filled units of order " + id);
            assertEquals(open, last.openUnits(), () -> where.get() + ": open units of order " + id);
            assertEquals(resting != null, last.isResting(), () -> where.get() + ": resting flag of order " + id);
        }

        private void checkQueueOrder(Supplier<String> where) {
            Rest previous = null;
            for (Order o : run.resting()) {
                Rest r = Rest.of(o);
                Rest ahead = previous;
                if (ahead != null) {
                    assertFalse(ahead.side() == Side.ASK && r.side() == Side.BID, () -> where.get() + ": a bid visited after an ask");
                    if (ahead.side() == r.side()) {
                        boolean worse = r.side() == Side.BID ? r.price() < ahead.price() : r.price() > ahead.price();
                        assertTrue(worse || r.price() == ahead.price(), () -> where.get() + ": " + r + " queued behind the worse " + ahead);
                        if (r.price() == ahead.price()) {
                            assertTrue(joined.get(ahead.id()) < joined.get(r.id()),
                                    () -> where.get() + ": " + r + " joined before " + ahead + " but queues behind it");
                        }
                    }
                }
                previous = r;
            }
        }

        private void checkViews(Supplier<String> where) {
            List<Order> resting = run.resting();
            OrderBook book = run.book;
            assertEquals(resting.size(), book.orderCount(), () -> where.get() + ": order count");
            for (Order o : resting) {
                assertSame(o, book.find(o.id()), () -> where.get() + ": find " + o.id());
                assertTrue(o.isResting(), () -> where.get() + ": resting flag of " + o);
                assertTrue(o.openUnits() > 0, () -> where.get() + ": a resting order with no open units " + o);
                assertTrue(book.band().contains(o.price()), () -> where.get() + ": a resting order outside the band " + o);
            }
            for (Side side : Side.values()) {
                List<Long> levels = new ArrayList<>();
                for (Order o : resting) {
                    if (o.side() != side) {
                        continue;
                    }
                    int n = levels.size();
                    if (n > 0 && levels.get(n - 2) == o.price()) {
                        levels.set(n - 1, levels.get(n - 1) + o.openUnits());
                    } else {
                        levels.add(o.price());
                        levels.add(o.openUnits());
                    }
                }
                assertEquals(levels, BookState.depth(book, side, resting.size() + 1), () -> where.get() + ": " + side + " depth");
                assertEquals(levels.subList(0, Math.min(2, levels.size())), BookState.depth(book, side, 1), () -> where.get() + ": " + side + " top level");
                assertEquals(levels.isEmpty() ? 0L : levels.get(0), book.bestPrice(side), () -> where.get() + ": best " + side);
            }
        }

        /**
         * The events a command must cause, derived from the resting orders just before it. The opposite
         * side is taken in the book's visiting order (which {@link Check#QUEUE_ORDER} proves is priority order):
         * the taker trades with its head, order by order, at each maker's price, until it is filled, the next
         * order does not cross, or the next order is the taker's own member's (the taker's remainder is then
         * cancelled for SELF_TRADE and nothing behind it is reached). A FOK order first counts the same way
         * and is killed whole when it would come up short.
         */
        private Expected expect(BookOp op, Object result, List<Rest> before, Rest target, boolean keptPlace) {
            Expected x = new Expected();
            if (op instanceof BookOp.Cancel c) {
                if (Boolean.TRUE.equals(result)) {
                    Rest r = before.stream().filter(b -> b.id() == c.id()).findFirst().orElseThrow();
                    x.cancel(r.id(), r.open(), c.reason(), 0, r.filled(), false);
                }
                return x;
            }
            if (op instanceof BookOp.Replace r) {
                if (!Boolean.TRUE.equals(result)) {
                    return x;
                }
                if (r.units() < target.open()) {
                    x.cancel(r.id(), target.open() - r.units(), CancelReason.REDUCED, r.units(), target.filled(), keptPlace);
                }
                if (!keptPlace) {
                    match(x, before, r.id(), target.member(), target.side(), r.price(), r.units(), target.filled(), target.tif(), false);
                }
                return x;
            }
            if (op instanceof BookOp.Place p) {
                match(x, before, p.id(), p.member(), p.side(), p.price(), p.units(), 0, p.tif(), true);
            } else if (op instanceof BookOp.Market m) {
                long limit = m.side() == Side.BID ? run.band.max() : run.band.min();
                match(x, before, m.id(), m.member(), m.side(), limit, m.units(), 0, m.tif(), true);
            }
            return x;
        }

        private static boolean crosses(Side side, long limit, long price) {
            return side == Side.BID ? limit >= price : limit <= price;
        }

        private void match(Expected x, List<Rest> before, long id, long member, Side side, long limit, long units,
                           long filledBefore, TimeInForce tif, boolean newOrder) {
            List<Rest> opposite = before.stream().filter(r -> r.side() == side.opposite()).toList();
            if (newOrder && tif == TimeInForce.FOK) {
                long fillable = 0;
                for (Rest maker : opposite) {
                    if (!crosses(side, limit, maker.price()) || maker.member() == member) {
                        break;
                    }
                    fillable += maker.open();
                }
                if (fillable < units) {
                    x.cancel(id, units, CancelReason.FOK_KILLED, 0, 0, false);
                    return;
                }
            }
            long open = units;
            long done = filledBefore;
            for (Rest maker : opposite) {
                if (open == 0 || !crosses(side, limit, maker.price())) {
                    break;
                }
                if (maker.member() == member) {
                    x.cancel(id, open, CancelReason.SELF_TRADE, 0, done, false);
                    return;
                }
                long traded = Math.min(maker.open(), open);
                open -= traded;
                done += traded;
                x.events.add(BookEvent.trade(maker.id(), id, maker.price(), traded));
                x.seen.add(List.of(maker.open() - traded, maker.filled() + traded, open, done));
                x.resting.add(maker.open() > traded);
            }
            if (open > 0) {
                if (tif.rests()) {
                    Order rests = run.book.find(id);
                    assertNotNull(rests, "order " + id + " should rest with " + open + " units");
                    assertEquals(open, rests.openUnits(), "open units of the resting remainder of " + id);
                    assertEquals(limit, rests.price(), "price of the resting remainder of " + id);
                } else {
                    x.cancel(id, open, CancelReason.IOC_REMAINDER, 0, done, false);
                }
            }
        }
    }
}
