package com.cyclex.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class JitWarmUpTest {
    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void settlesAfterTwoQuietRoundsRunning() {
        AtomicLong compiled = new AtomicLong();
        AtomicInteger rounds = new AtomicInteger();
        // the compiler busy for a second in each of the first three rounds (and in the fourth's neighbour), then quiet
        JitWarmUp.Outcome o = JitWarmUp.until(() -> {
            int r = rounds.incrementAndGet();
            if (r <= 3 || r == 5) {
                compiled.addAndGet(1_000);
            }
            pause();
        }, 10, 60_000, compiled::get);
        assertTrue(o.settled());
        assertEquals(7, o.rounds(), "rounds 4 and 5 are not two quiet ones running; 6 and 7 are");
    }

    @Test
    void saysSoWhenTheTimeRunsOutFirst() {
        AtomicLong compiled = new AtomicLong();
        JitWarmUp.Outcome o = JitWarmUp.until(() -> {
            compiled.addAndGet(1_000);
            pause();
        }, 10, 200, compiled::get);
        assertFalse(o.settled());
        assertTrue(o.known());
        assertTrue(o.toString().contains("still busy"), o.toString());
    }

    @Test
    void threeRoundsWhenTheCompilerCannotBeSeen() {
        AtomicInteger rounds = new AtomicInteger();
        JitWarmUp.Outcome o = JitWarmUp.until(rounds::incrementAndGet, 10, 60_000, () -> -1);
        assertEquals(3, rounds.get());
        assertFalse(o.known());
        assertFalse(o.settled());
    }
}
