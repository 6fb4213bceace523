package com.cyclex.bench;

import com.cyclex.api.Command;
import com.cyclex.api.CommandResult;
import com.cyclex.api.ResultCode;
import com.cyclex.exchange.Exchange;
import com.cyclex.host.ExchangeHost;
import com.cyclex.host.SequencerOptions;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * Acknowledgement latency of the durable host at a fixed rate: commands of the bench stream sent on a fixed
 * schedule, each timed from when it was due to be sent (not when it was sent, so a stalled sender counts
 * against the host too) until its acknowledgement, which comes only after its group commit is synced.
 */
public final class LatencyBench {

    /** Seconds sent at the rate before the measured part, so that the figures are the steady state's, not the JIT's. */
    public static final int WARMUP_SECONDS = 10;

    /**
     * What one rate gave, in milliseconds: the acknowledgements, the journal's syncs in the same stretch (the
     * device's share of each acknowledgement), and each acknowledgement less the time it waited for syncs (the
     * exchange's own share: hand-offs, applying, the threads it waited for), over the {@code aboveCounted}
     * commands whose syncs the journal still remembered; and how long the JIT compiler worked meanwhile (-1: not
     * known).
     */
    public record Result(int rate, int commands, double p50, double p99, double p999, double max, double achievedRate,
                         long syncs, double syncP50, double syncP99, double syncP999,
                         int aboveCounted, double aboveP50, double aboveP99, double aboveP999, long jitMillis) {
    }

    private LatencyBench() {
    }

    /** Commands of the stream each warm-up round sends flat out through a fresh durable host. */
    static final int JIT_ROUND = 500_000;
    static final long JIT_MILLIS = 120_000;
    /**
     * Settled is under 2% of a round. A fresh host each round runs its opening and closing code once a round,
     * which the compiler keeps reaching: with rounds of 100,000 commands it worked 200-800 ms of each 4 s round for
     * as long as it was tried, and a warm-up that stopped at 10% left it 250 ms of work inside the measured 20 s
     * (p99 3.4-3.9 ms, against 1.74 ms after the full bench's ten million durable commands had warmed it: 20 ms).
     */
    static final int JIT_PERCENT = 2;

    /**
     * The durable path compiled before anything is timed: rounds of the stream's first commands sent flat out
     * through a throwaway host in {@code dir} (removed after), until the JIT compiler settles ({@link #JIT_PERCENT}).
     * At 1,000/s alone the compiler was still working through H2's and the journal's code in the measured window
     * (1.2 s of a core in 12 s, its bursts holding the journal and sequencer threads off the two cores).
     */
    public static JitWarmUp.Outcome warmJit(BenchStream stream, Path dir) {
        int n = Math.min(JIT_ROUND, stream.commands().length);
        return JitWarmUp.until(() -> {
            Bench.deleteTree(dir);
            try (ExchangeHost host = ExchangeHost.open(dir, SequencerOptions.defaults())) {
                for (Command c : stream.setup()) {
                    host.execute(c);
                }
                CompletableFuture<CommandResult> last = null;
                for (int i = 0; i < n; i++) {
                    last = host.submit(stream.commands()[i]);
                }
                if (last != null) {
                    last.join();
                }
            } finally {
                Bench.deleteTree(dir);
            }
        }, JIT_PERCENT, JIT_MILLIS);
    }

    public static Result run(BenchStream stream, Path dir, int rate, int seconds) {
        int total = (int) Math.min((long) rate * (seconds + WARMUP_SECONDS), stream.commands().length);
        int warm = Math.min((int) Math.min((long) rate * WARMUP_SECONDS, Integer.MAX_VALUE), total / 2);
        int n = total - warm;
        Command[] commands = Arrays.copyOf(stream.commands(), total);
        long[] latency = new long[n];
        CountDownLatch answered = new CountDownLatch(total);
        AtomicReference<String> problem = new AtomicReference<>();
        long[] accepted = {0};
        long trades;
        double achieved;
        long syncCount;
        long jitMillis;
        double[] sync;
        long[] above = new long[n];
        int aboveCounted = 0;
        try (ExchangeHost host = ExchangeHost.open(dir, SequencerOptions.defaults())) {
            for (Command c : stream.setup()) {
                CommandResult r = host.execute(c);
                if (!r.accepted()) {
                    throw new IllegalStateException("bench setup failed: " + c + " -> " + r);
                }
            }
            long period = 1_000_000_000L / rate;
            long start = System.nanoTime() + 10_000_000L;
            long measuredFrom = 0;
            long compiledBefore = -1;
            for (int i = 0; i < total; i++) {
                long due = start + i * period;
                waitUntil(due);
                if (i == warm) {
                    host.journalSyncTimes().clear();
                    measuredFrom = due;
                    compiledBefore = JitWarmUp.compileMillis();
                }
                int index = i - warm;
                host.submit(commands[i]).whenComplete((r, e) -> {
                    if (index >= 0) {
                        latency[index] = System.nanoTime() - due;
                    }
                    if (e != null || r.code() == ResultCode.EXCHANGE_UNAVAILABLE) {
                        problem.compareAndSet(null, e != null ? e.toString() : r.message());
                    } else if (r.accepted()) {
                        synchronized (accepted) {
                            accepted[0]++;
                        }
                    }
                    answered.countDown();
                });
            }
            achieved = n / ((System.nanoTime() - measuredFrom) / 1e9);
            jitMillis = compiledBefore < 0 ? -1 : JitWarmUp.compileMillis() - compiledBefore;
            try {
                if (!answered.await(2, TimeUnit.MINUTES)) {
                    throw new Bench.WrongOutcome("Only " + (total - answered.getCount()) + " of " + total + " commands were answered.");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            trades = host.read(x -> x.tradeCount());
            var syncs = host.journalSyncTimes();
            for (int k = 0; k < n; k++) {
                long due = start + (long) (warm + k) * period;
                long device = syncs.deviceNanos(due, due + latency[k]);
                if (device >= 0) {
                    above[aboveCounted++] = latency[k] - device;
                }
            }
            syncCount = syncs.count();
            sync = new double[] {syncs.millis(0.50), syncs.millis(0.99), syncs.millis(0.999)};
        }
        if (problem.get() != null) {
            throw new Bench.WrongOutcome("A command at " + rate + "/s was not applied: " + problem.get());
        }
        checkAgainstMemory(stream, total, accepted[0], trades);
        long[] sorted = latency.clone();
        Arrays.sort(sorted);
        long[] aboveSorted = Arrays.copyOf(above, aboveCounted);
        Arrays.sort(aboveSorted);
        return new Result(rate, n, ms(sorted, 0.50), ms(sorted, 0.99), ms(sorted, 0.999), sorted[n - 1] / 1e6, achieved,
                syncCount, sync[0], sync[1], sync[2], aboveCounted, ms(aboveSorted, 0.50), ms(aboveSorted, 0.99),
                ms(aboveSorted, 0.999), jitMillis);
    }

    /** The same first commands applied in memory must accept as many and trade as much. */
    private static void checkAgainstMemory(BenchStream stream, int n, long accepted, long trades) {
        Exchange exchange = new Exchange();
        stream.applySetup(exchange);
        long expected = 0;
        for (int i = 0; i < n; i++) {
            if (exchange.apply(stream.commands()[i], BenchStream.time(i)).accepted()) {
                expected++;
            }
        }
        if (expected != accepted || exchange.tradeCount() != trades) {
            throw new Bench.WrongOutcome("The latency run accepted " + accepted + " commands and made " + trades
                    + " trades; the same commands in memory accept " + expected + " and make " + exchange.tradeCount() + ".");
        }
    }

    static double ms(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
        return sorted[Math.max(0, i)] / 1e6;
    }

    /** Parks while far from the due time and spins the last stretch, so the schedule holds to tens of microseconds. */
    static void waitUntil(long due) {
        while (true) {
            long left = due - System.nanoTime();
            if (left <= 0) {
                return;
            }
            if (left > 200_000) {
                LockSupport.parkNanos(left - 150_000);
            } else {
                Thread.onSpinWait();
            }
        }
    }
}
