package com.cyclex.bench;

import com.cyclex.api.Command;
import com.cyclex.api.CommandResult;
import com.cyclex.exchange.Exchange;
import com.cyclex.host.ExchangeHost;
import com.cyclex.host.SequencerOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * Measures commands per second on the bench stream: (a) applied straight to the in-memory exchange, (b) the
 * same with an event subscriber attached (the terminal's path), and (c) through the durable path, where each
 * command is acknowledged only after its group commit is synced to the journal file. Each path runs once or
 * more to warm up before the measured runs; the median is reported. Every run must accept exactly the commands
 * and make exactly the trades the generated stream did, or the bench stops with the difference: a figure for
 * work not done is no figure.
 */
public final class Bench {

    /** How to run the bench. */
    public record Options(int commands, int members, long seed, int warmupRuns, int measuredRuns, Path dataDir,
                          boolean inMemory, boolean durable) {
        public static Options defaults() {
            return new Options(2_000_000, 1000, 42, 2, 3, null, true, true);
        }
    }

    /** A run that did not do the work the stream asks for. */
    public static final class WrongOutcome extends IllegalStateException {
        WrongOutcome(String message) {
            super(message);
        }
    }

    /** One measured path. */
    public record Result(String path, int commands, double perSecond, long accepted, long trades, long events) {
    }

    private final Options options;
    private final PrintStream out;

    public Bench(Options options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    /** Runs the throughput paths the options ask for; returns the stream, for the latency runs that follow. */
    public BenchStream run() {
        long started = System.nanoTime();
        BenchStream stream = BenchStream.generate(options.commands(), options.members(), options.seed());
        BenchStream.Stats s = stream.stats();
        out.printf("stream: %,d commands (%.1f%% GTC, %.1f%% IOC, %.1f%% cancel, %.1f%% move), %,d members, "
                        + "%,.0f resting orders over %,.0f price levels on average, %,d trades; generated in %.1f s%n",
                options.commands(), pct(s.gtc()), pct(s.ioc()), pct(s.cancel()), pct(s.move()), options.members(),
                s.avgOrders(), s.avgLevels(), s.trades(), (System.nanoTime() - started) / 1e9);
        if (options.inMemory()) {
            Result r = inMemory(stream, false);
            out.printf("in-memory: %,d commands/s (%,d accepted, %,d trades, as generated)%n", Math.round(r.perSecond()),
                    r.accepted(), r.trades());
            Result e = inMemory(stream, true);
            out.printf("in-memory with an event subscriber: %,d commands/s (%,d events heard)%n", Math.round(e.perSecond()),
                    e.events());
        }
        if (options.durable()) {
            Result r = durable(stream);
            out.printf("durable: %,d commands/s (%,d accepted, %,d trades, as generated; in %s)%n", Math.round(r.perSecond()),
                    r.accepted(), r.trades(), where(options.dataDir()));
        }
        return stream;
    }

    /** Where durable runs write, and on what kind of file system: a tmpfs would flatter every figure. */
    static String where(Path dir) {
        if (dir == null) {
            return "a temporary folder";
        }
        try {
            Files.createDirectories(dir);
            return dir + ", a " + Files.getFileStore(dir).type() + " file system";
        } catch (IOException e) {
            return dir.toString();
        }
    }

    /** Fails loudly unless a run accepted every command and made every trade the generated stream did. */
    static void check(BenchStream stream, String path, long accepted, long trades) {
        BenchStream.Stats s = stream.stats();
        long expectedAccepted = stream.commands().length - s.rejected();
        if (accepted != expectedAccepted || trades != s.trades()) {
            throw new WrongOutcome("The " + path + " run accepted " + accepted + " commands and made " + trades
                    + " trades; the stream has " + expectedAccepted + " accepted and " + s.trades()
                    + " trades. Its figure would measure other work, so the bench stops here.");
        }
    }

    private double pct(long n) {
        return 100.0 * n / options.commands();
    }

    /**
     * The in-memory engine: validation, ledger, book and leases, no journal; with {@code events}, every change
     * is also told to a subscriber, as the terminal hears it.
     */
    public Result inMemory(BenchStream stream, boolean events) {
        double[] rates = new double[options.measuredRuns()];
        Result last = null;
        String path = events ? "in-memory with events" : "in-memory";
        for (int run = 0; run < options.warmupRuns() + options.measuredRuns(); run++) {
            Exchange exchange = new Exchange();
            stream.applySetup(exchange);
            long[] heard = {0};
            if (events) {
                exchange.setEventSink(e -> heard[0]++);
            }
            Command[] commands = stream.commands();
            long accepted = 0;
            long t0 = System.nanoTime();
            for (int i = 0; i < commands.length; i++) {
                if (exchange.apply(commands[i], BenchStream.time(i)).accepted()) {
                    accepted++;
                }
            }
            long elapsed = System.nanoTime() - t0;
            check(stream, path, accepted, exchange.tradeCount());
            if (events && heard[0] < accepted) {
                throw new WrongOutcome("The subscriber heard " + heard[0] + " events for " + accepted + " accepted commands.");
            }
            last = new Result(path, commands.length, commands.length / (elapsed / 1e9), accepted, exchange.tradeCount(), heard[0]);
            if (run >= options.warmupRuns()) {
                rates[run - options.warmupRuns()] = last.perSecond();
            }
        }
        return new Result(last.path(), last.commands(), median(rates), last.accepted(), last.trades(), last.events());
    }

    /** The durable path: the sequencer, group commit to H2, acknowledgement after commit. */
    public Result durable(BenchStream stream) {
        double[] rates = new double[options.measuredRuns()];
        Result last = null;
        for (int run = 0; run < options.warmupRuns() + options.measuredRuns(); run++) {
            Path dir = runDir(run);
            try (ExchangeHost host = ExchangeHost.open(dir, SequencerOptions.defaults())) {
                var setup = stream.setup().stream().map(host::submit).toList();
                for (int i = 0; i < setup.size(); i++) {
                    CommandResult r = setup.get(i).join();
                    if (!r.accepted()) {
                        throw new IllegalStateException("bench setup failed: " + stream.setup().get(i) + " -> " + r);
                    }
                }
                Command[] commands = stream.commands();
                @SuppressWarnings("unchecked")
                CompletableFuture<CommandResult>[] acks = new CompletableFuture[commands.length];
                long t0 = System.nanoTime();
                for (int i = 0; i < commands.length; i++) {
                    acks[i] = host.submit(commands[i]);
                }
                acks[commands.length - 1].join();
                long elapsed = System.nanoTime() - t0;
                long accepted = 0;
                for (CompletableFuture<CommandResult> ack : acks) {
                    CommandResult r = ack.join();
                    if (r.accepted()) {
                        accepted++;
                    } else if (r.code() == com.cyclex.api.ResultCode.EXCHANGE_UNAVAILABLE) {
                        throw new IllegalStateException("the durable run failed: " + r.message());
                    }
                }
                long trades = host.read(x -> x.tradeCount());
                check(stream, "durable", accepted, trades);
                last = new Result("durable", commands.length, commands.length / (elapsed / 1e9), accepted, trades, 0);
                if (run >= options.warmupRuns()) {
                    rates[run - options.warmupRuns()] = last.perSecond();
                }
            } finally {
                deleteTree(dir);
            }
        }
        return new Result(last.path(), last.commands(), median(rates), last.accepted(), last.trades(), 0);
    }

    private Path runDir(int run) {
        try {
            if (options.dataDir() != null) {
                Path dir = options.dataDir().resolve("bench-run-" + run);
                deleteTree(dir);
                return dir;
            }
            return Files.createTempDirectory("cyclex-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** Deletes a folder and everything in it; nothing when it is not there. */
    public static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
