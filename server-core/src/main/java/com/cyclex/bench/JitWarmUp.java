package com.cyclex.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Repeats a bench's work until the JIT compiler has settled: two rounds running in which it compiled for under a
 * given share of the round's time. A host runs for days with its code compiled; on two cores the compiler took
 * 15-65% of the CPU for the first 40-50 s of the network path, and about a tenth of a core all through a latency
 * run warmed at 1,000 commands/s for 10 s, so figures timed earlier measured the compiler as much as the exchange.
 */
public final class JitWarmUp {
    private static final CompilationMXBean JIT = ManagementFactory.getCompilationMXBean();

    /** How the warm-up went: rounds done, its length, and whether the compiler settled before the time ran out. */
    public record Outcome(int rounds, long millis, boolean settled, boolean known) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d s of warm-up in %d rounds, the JIT compiler %s", millis / 1000, rounds,
                    !known ? "not observable here" : settled ? "settled" : "still busy when the warm-up's time ran out");
        }
    }

    private JitWarmUp() {
    }

    /** The compiler's total time so far in ms, or -1 when this JVM does not say. */
    public static long compileMillis() {
        return JIT != null && JIT.isCompilationTimeMonitoringSupported() ? JIT.getTotalCompilationTime() : -1;
    }

    /**
     * Runs {@code round} until the compiler settles (compiling for under {@code percent}% of two rounds running),
     * or {@code maxMillis} passed; three rounds when the compiler cannot be observed.
     */
    public static Outcome until(Runnable round, int percent, long maxMillis) {
        return until(round, percent, maxMillis, JitWarmUp::compileMillis);
    }

    static Outcome until(Runnable round, int percent, long maxMillis, java.util.function.LongSupplier compiled) {
        boolean known = compiled.getAsLong() >= 0;
        long start = System.nanoTime();
        int rounds = 0;
        int quiet = 0;
        while (quiet < 2 && (System.nanoTime() - start) / 1_000_000 < maxMillis) {
            long compiling = compiled.getAsLong();
            long t0 = System.nanoTime();
            round.run();
            long roundMillis = Math.max(1, (System.nanoTime() - t0) / 1_000_000);
            rounds++;
            if (!known) {
                quiet = rounds >= 3 ? 2 : 0;
            } else {
                quiet = (compiled.getAsLong() - compiling) * 100 < roundMillis * percent ? quiet + 1 : 0;
            }
        }
        return new Outcome(rounds, (System.nanoTime() - start) / 1_000_000, known && quiet >= 2, known);
    }
}
