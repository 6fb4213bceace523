package com.cyclex.app;

import com.cyclex.bench.Bench;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `cyclex bench`: commands per second of the engine in memory and through the durable path. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures commands/s on exchange-core's single-book mix (9%% GTC, 3%% IOC, 6%% cancel, 82%% move;"
                + " ~1000 resting orders over ~750 price levels; 1000 members): (a) in memory, (b) durable, acknowledged"
                + " after each group commit to H2. Each path warms up first; the median of the measured runs is printed."})
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

    @Option(names = "--only", paramLabel = "PATH", description = "Run one path only: in-memory or durable.")
    String only;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Where the durable runs keep their databases (default: a temporary folder, deleted after).")
    Path dataDir;

    @Option(names = "--gateway", description = "Measure the network gateway instead: TLS over loopback to a durable host.")
    boolean gateway;

    @Option(names = "--clients", paramLabel = "N", description = "With --gateway: concurrent HTTP clients (default ${DEFAULT-VALUE}).")
    int clients = 50;

    @Option(names = "--rate", paramLabel = "N", description = "With --gateway: commands/s of the latency run (default ${DEFAULT-VALUE}).")
    int rate = 1_000;

    @Override
    public Integer call() {
        if (gateway) {
            return GatewayBenchRun.run(dataDir, commands, clients, rate);
        }
        if (commands < 1 || members < 1 || warmupRuns < 0 || runs < 1) {
            System.err.println("--commands, --members and --runs must be at least 1, --warmup-runs at least 0.");
            return 2;
        }
        if (only != null && !only.equals("in-memory") && !only.equals("durable")) {
            System.err.println("--only takes in-memory or durable, not " + only + ".");
            return 2;
        }
        boolean inMemory = only == null || only.equals("in-memory");
        boolean durable = only == null || only.equals("durable");
        new Bench(new Bench.Options(commands, members, seed, warmupRuns, runs, dataDir, inMemory, durable), System.out).run();
        return 0;
    }
}
