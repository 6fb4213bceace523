package com.cyclex.market;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
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
        List<BookScripts.Step> steps = scenario.steps();
        for (int i = 0; i < steps.size(); i++) {
            BookOp op = steps.get(i).resolve(reference.book, i + 1);
            int step = i;
            Supplier<String> where = () -> "step " + step + " " + op;
            assertEquals(reference.run(op), fast.run(op), () -> where.get() + ": result");
            assertEquals(reference.listener.events, fast.listener.events, () -> where.get() + ": events");
            assertEquals(reference.listener.seen, fast.listener.seen, () -> where.get() + ": units seen in callbacks");
            assertEquals(reference.listener.seenResting, fast.listener.seenResting, () -> where.get() + ": resting flags seen in callbacks");
            trades += reference.listener.drain().stream().filter(e -> e instanceof BookEvent.Trade).count();
            fast.listener.drain();
            assertEquals(BookState.of(reference.book), BookState.of(fast.book), () -> where.get() + ": book");
        }
        Statistics.label("trades").collect(trades == 0 ? "none" : trades < 20 ? "some" : "many");
        Statistics.label("steps").collect(steps.size() / 100 * 100);
    }
}
