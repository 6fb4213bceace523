package com.cyclex.app;

import com.cyclex.host.ExchangeHost;
import com.cyclex.sim.RobotRunner;
import com.cyclex.ui.ProblemDialog;
import com.cyclex.store.DataDirLockedException;
import com.cyclex.store.StoreException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `cyclex`: host an exchange on a data dir and trade on it in a window, or host it with no window. */
@Command(name = "cyclex", mixinStandardHelpOptions = true, version = "Cyclex 0.1.0",
        description = "A computing-capacity exchange: host it, trade on it, measure it.",
        subcommands = BenchCommand.class)
public final class CyclexCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Where the exchange keeps its database (default: the OS's data folder for Cyclex).")
    Path dataDir;

    @Option(names = "--headless", description = "Host the exchange with no window, until stopped (Ctrl-C).")
    boolean headless;

    @Option(names = "--smoke", description = "Open the data dir, recover and check the exchange, print a summary, exit.")
    boolean smoke;

    @Option(names = "--stats", description = "Show frame times and event rates over the window.")
    boolean stats;

    @Option(names = "--demo", description = "Start (or resume) the demo marketplace at once, without asking.")
    boolean demo;

    @Option(names = "--demo-rate", paramLabel = "N",
            description = "Commands per second the demo robots send (default ${DEFAULT-VALUE}; change it live in the Host tab).")
    int demoRate = RobotRunner.DEFAULT_RATE;

    @Override
    public Integer call() {
        Path dir = dataDir != null ? dataDir : DataDirs.defaultDir();
        if (!smoke) {
            Path log = Logs.toFile(dir);
            if (log != null) {
                System.out.println("Cyclex logs to " + log);
            }
        }
        try {
            if (smoke) {
                return smoke(dir);
            }
            return headless ? host(dir) : TerminalLauncher.run(dir, stats, demo, host -> new DemoRobots(host, demoRate));
        } catch (DataDirLockedException e) {
            return cannotStart("Cyclex is already running", e.getMessage(), 2);
        } catch (StoreException e) {
            return cannotStart("Cyclex cannot open its data", e.getMessage(), 3);
        }
    }

    /** Says why on standard error and, for someone who double-clicked the app, in a window too. */
    private int cannotStart(String title, String text, int code) {
        System.err.println(title + ": " + text);
        if (!headless && !smoke) {
            try {
                ProblemDialog.show(title, text);
            } catch (RuntimeException noDisplay) {
                // Nowhere to show a window: the message on standard error is all there is.
            }
        }
        return code;
    }

    private int smoke(Path dir) {
        long t0 = System.nanoTime();
        try (ExchangeHost host = ExchangeHost.open(dir)) {
            System.out.print(HostSummary.of(host, (System.nanoTime() - t0) / 1_000_000));
        }
        return 0;
    }

    private int host(Path dir) {
        long t0 = System.nanoTime();
        ExchangeHost host = ExchangeHost.open(dir);
        System.out.print(HostSummary.of(host, (System.nanoTime() - t0) / 1_000_000));
        System.out.println("Hosting with no window. Stop with Ctrl-C: the exchange saves a checkpoint and closes.");
        CountDownLatch closed = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            host.close();
            closed.countDown();
        }, "cyclex-shutdown"));
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
