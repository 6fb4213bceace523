package com.cyclex.app;

import com.cyclex.bench.Bench;
import com.cyclex.bench.BenchStream;
import com.cyclex.agent.DeliveryBench;
import com.cyclex.bench.DiskFloor;
import com.cyclex.job.bench.JobBench;
import com.cyclex.bench.LatencyBench;
import com.cyclex.bench.Soak;
import com.cyclex.store.DataDir;
import com.cyclex.store.DataDirLockedException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `cyclex bench`: commands per second of the engine in memory and durable, acknowledgement latency, and a soak. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures commands/s on exchange-core's single-book mix (9%% GTC, 3%% IOC, 6%% cancel, 82%% move;"
                + " ~1000 resting orders over ~750 price levels; 1000 members): (a) in memory, (b) in memory with an event"
                + " subscriber, (c) durable, acknowledged after each group commit is synced to the journal; then the"
                + " acknowledgement latency (p50/p99/p99.9) of the durable host at fixed rates, each after the same schedule with"
                + " nothing but the disk behind it (the device's floor). Each run must accept and"
                + " trade exactly what the stream does, or the bench fails. With --soak, runs the demo mix for MINUTES instead."})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--commands", paramLabel = "N", description = "Commands in the stream (default ${DEFAULT-VALUE}).")
    int commands = Bench.Options.defaults().commands();

    @Option(names = "--members", paramLabel = "N", description = "Members sending them (default ${DEFAULT-VALUE}).")
    int members = Bench.Options.defaults().members();

    @Option(names = "--seed", description = "Random seed of the stream (default ${DEFAULT-VALUE}).")
    long seed = Bench.Options.defaults().seed();

    @Option(names = "--warmup-runs", paramLabel = "N", description = "Unmeasured runs per path first (default ${DEFAULT-VALUE}).")
    int warmupRuns = Bench.Options.defaults().warmupRuns();

    @Option(names = "--runs", paramLabel = "N", description = "Measured runs per path; the median is printed (default ${DEFAULT-VALUE}).")
    int runs = Bench.Options.defaults().measuredRuns();

    @Option(names = "--only", paramLabel = "PATH", description = "Run one part only: in-memory, durable or latency.")
    String only;

    @Option(names = "--latency-rates", paramLabel = "R,R", split = ",",
            description = "Commands/s of the latency runs (default ${DEFAULT-VALUE}).")
    List<Integer> latencyRates = new ArrayList<>(List.of(1_000, 10_000));

    @Option(names = "--latency-seconds", paramLabel = "S", description = "Seconds each latency run lasts (default ${DEFAULT-VALUE}).")
    int latencySeconds = 15;

    @Option(names = "--soak", paramLabel = "MINUTES", description = "Run the demo mix through the durable host this long, printing each minute.")
    Integer soakMinutes;

    @Option(names = "--soak-rate", paramLabel = "N", description = "Commands/s of the soak (default ${DEFAULT-VALUE}).")
    int soakRate = 2_000;

    @Option(names = "--soak-history", paramLabel = "MINUTES", description = "Minutes of history the soak keeps (default ${DEFAULT-VALUE}).")
    int soakHistoryMinutes = 5;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Where durable runs keep their data (default: a bench folder in Cyclex's data folder, on the data disk;"
                    + " a temporary folder may live in memory and flatter every figure). Emptied after each run.")
    Path dataDir;

    @Option(names = "--gateway", description = "Measure the network gateway instead: TLS over loopback to a durable host.")
    boolean gateway;

    @Option(names = "--clients", paramLabel = "N", description = "With --gateway: concurrent HTTP clients (default ${DEFAULT-VALUE}).")
    int clients = 50;

    @Option(names = "--rate", paramLabel = "N", description = "With --gateway: commands/s of the latency run (default ${DEFAULT-VALUE}).")
    int rate = 1_000;

    @Override
    public Integer call() throws InterruptedException {
        if (gateway) {
            return GatewayBenchRun.run(dataDir, commands, clients, rate);
        }
        if (commands < 1 || members < 1 || warmupRuns < 0 || runs < 1 || latencySeconds < 1
                || latencyRates.stream().anyMatch(r -> r < 1 || r > 1_000_000)) {
            System.err.println("--commands, --members, --runs and --latency-seconds must be at least 1, --warmup-runs at least 0,"
                    + " and each latency rate 1 to 1,000,000 commands/s.");
            return 2;
        }
        if (only != null && !List.of("in-memory", "durable", "latency", "jobs").contains(only)) {
            System.err.println("--only takes in-memory, durable, latency or jobs, not " + only + ".");
            return 2;
        }
        Path dir = (dataDir != null ? dataDir : DataDirs.defaultDir().resolve("bench")).toAbsolutePath();
        // Held for the whole run: the bench empties its scratch folders under DIR, so a second bench on the same
        // DIR would delete this one's journal mid-run (found by starting two soaks by mistake).
        try (DataDir held = DataDir.open(dir)) {
            if (soakMinutes != null) {
                Path soakDir = dir.resolve("soak");
                Bench.deleteTree(soakDir);
                try {
                    return new Soak(soakDir, soakMinutes, soakRate, soakHistoryMinutes, System.out).run() ? 0 : 1;
                } finally {
                    Bench.deleteTree(soakDir);
                }
            }
            if (only == null || only.equals("jobs")) {
                benchJobs(dir);
                if (only != null) {
                    return 0;
                }
            }
            boolean inMemory = only == null || only.equals("in-memory");
            boolean durable = only == null || only.equals("durable");
            boolean latency = only == null || only.equals("latency");
            Bench bench = new Bench(new Bench.Options(commands, members, seed, warmupRuns, runs, dir, inMemory, durable), System.out);
            BenchStream stream = bench.run();
            if (latency) {
                Path jit = dir.resolve("latency-jit");
                System.out.println("latency runs after " + LatencyBench.warmJit(stream, jit) + " (the durable path, "
                        + "flat out through a throwaway host)");
                for (int rate : latencyRates) {
                    Path run = dir.resolve("latency-" + rate);
                    Bench.deleteTree(run);
                    try {
                        DiskFloor.Result f = DiskFloor.run(run, rate, latencySeconds);
                        System.out.printf("disk floor at %,d records/s (%,d records of %d bytes after %d s of warm-up, appended, group"
                                        + " commit and sync, nothing else): p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms,"
                                        + " max %.1f ms in %,d syncs%n", rate, f.records(), DiskFloor.RECORD_BYTES,
                                LatencyBench.WARMUP_SECONDS, f.p50(), f.p99(), f.p999(), f.max(), f.syncs());
                        Bench.deleteTree(run);
                        LatencyBench.Result r = LatencyBench.run(stream, run, rate, latencySeconds);
                        System.out.printf("durable ack latency at %,d commands/s (%,d commands after %d s of warm-up, sent at %,.0f/s):"
                                        + " p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.1f ms; the journal's %,d syncs meanwhile:"
                                        + " p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms%n", rate, r.commands(), LatencyBench.WARMUP_SECONDS,
                                r.achievedRate(), r.p50(), r.p99(), r.p999(), r.max(), r.syncs(), r.syncP50(), r.syncP99(), r.syncP999());
                        if (r.jitMillis() >= 0) {
                            System.out.printf("  the JIT compiler worked %,d ms of the measured %d s%n", r.jitMillis(),
                                    latencySeconds);
                        }
                        if (r.aboveCounted() > 0) {
                            System.out.printf("  the same acknowledgements less the time each waited for the journal's syncs (the"
                                            + " exchange's own share, %,d of them): p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms%n",
                                    r.aboveCounted(), r.aboveP50(), r.aboveP99(), r.aboveP999());
                        }
                    } finally {
                        Bench.deleteTree(run);
                    }
                }
            }
            return 0;
        } catch (DataDirLockedException e) {
            System.err.println("bench: " + dir + " is in use (another bench, or a Cyclex running on it): give this run"
                    + " another --data-dir, or wait for that one to end.");
            return ExitCode.IN_USE.code;
        } catch (IllegalStateException e) { // Bench.WrongOutcome among them: the bench did not do what it claims
            System.err.println("bench: " + e.getMessage());
            return ExitCode.FAILED.code;
        }
    }

    /** The sandbox against plain Java on one workload, then jobs through the whole delivery path. */
    private static void benchJobs(Path dir) {
        JobBench.Figures f = JobBench.measure(5_000_000, 3);
        System.out.printf("jobs: a prime count below %,d in the sandbox %.3f s, in plain Java %.3f s: sandbox %.2fx plain Java"
                        + " (first module compiled in %.0f ms, a later one in %.0f ms; %,.0f small jobs/s on one thread)%n",
                f.job().to(), f.sandboxNanos() / 1e9, f.javaNanos() / 1e9, f.ratio(), f.firstCompileNanos() / 1e6,
                f.laterCompileNanos() / 1e6, f.smallJobsPerSecond());
        Path run = dir.resolve("jobs");
        Bench.deleteTree(run);
        try {
            DeliveryBench.Result r = DeliveryBench.run(run, 2_000, 500);
            System.out.printf("jobs through the whole path (submit, claim, run in the sandbox, store the output, report; each"
                            + " journaled and synced; 5%% run again by the host): %,d prime counts on a %d-core lease in %.2f s:"
                            + " %,.0f jobs/s, every output checked%n", r.jobs(), r.cores(), r.nanos() / 1e9, r.jobsPerSecond());
        } finally {
            Bench.deleteTree(run);
        }
    }
}
