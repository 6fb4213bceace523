package com.cyclex.market;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The fast ladder book against the slow reference book: fed the same commands they must say the same
 * things, in the same order, and end up looking the same.
 */
class LadderVsReferenceBookTest {

    @Provide
    Arbitrary<BookScripts.Scenario> scenarios() {
        return BookScripts.scenarios(300);
    }

    @Property(tries = 200)
    void theLadderBookBehavesExactlyLikeTheReferenceBook(@ForAll("scenarios") BookScripts.Scenario scenario) {
        // Only the fast book is rebuilt on Rebuild steps: its restored copy must carry on like the untouched reference.
        BookRun fast = new BookRun(scenario.band(), LadderBook::new, true);
        BookRun reference = new BookRun(scenario.band(), ReferenceBook::new, false);
        long trades = 0;
        int deepest = 0;
        Set<CancelReason> reasons = EnumSet.noneOf(CancelReason.class);
        List<BookScripts.Step> steps = scenario.steps();
        for (int i = 0; i < steps.size(); i++) {
            BookOp op = steps.get(i).resolve(reference.book, i + 1);
            int step = i;
            Supplier<String> where = () -> "step " + step + " " + op;
            assertEquals(reference.run(op), fast.run(op), () -> where.get() + ": result");
            assertEquals(reference.listener.events, fast.listener.events, () -> where.get() + ": events");
            assertEquals(reference.listener.seen, fast.listener.seen, () -> where.get() + ": units seen in callbacks");
            assertEquals(reference.listener.seenResting, fast.listener.seenResting, () -> where.get() + ": resting flags seen in callbacks");
            for (BookEvent e : reference.listener.drain()) {
                if (e instanceof BookEvent.Trade) {
                    trades++;
                } else {
                    reasons.add(((BookEvent.Cancel) e).reason());
                }
            }
            fast.listener.drain();
            assertEquals(BookState.of(reference.book), BookState.of(fast.book), () -> where.get() + ": book");
            deepest = Math.max(deepest, reference.book.orderCount());
        }
        // The streams must keep exercising what matters; a generator that drifted into dull streams fails here.
        Statistics.label("trades").collect(trades == 0 ? "none" : trades < 20 ? "some" : "many")
                .coverage(c -> c.check("many").percentage(p -> p >= 15));
        Statistics.label("deepest book").collect(deepest < 20 ? "under 20 orders" : "20 orders or more")
                .coverage(c -> c.check("20 orders or more").percentage(p -> p >= 10));
        for (CancelReason reason : List.of(CancelReason.SELF_TRADE, CancelReason.FOK_KILLED, CancelReason.IOC_REMAINDER, CancelReason.REDUCED)) {
            Statistics.label(reason.name()).collect(reasons.contains(reason))
                    .coverage(c -> c.check(true).percentage(p -> p >= 15));
        }
    }
}
