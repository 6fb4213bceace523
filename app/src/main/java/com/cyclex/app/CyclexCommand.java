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

    @Option(names = "--listen", paramLabel = "[ADDR:]PORT",
            description = "Open the exchange to member computers on the network (TLS), e.g. 7741 or 0.0.0.0:7741.")
    String listen;

    @Option(names = "--connect", paramLabel = "JOIN-ADDRESS",
            description = "Join someone else's exchange: cyclex://HOST:PORT#FINGERPRINT, as its host hands it out.")
    String connect;

    @Option(names = "--name", paramLabel = "NAME", description = "Your member name when joining with --connect.")
    String name;

    @Option(names = "--admit-all", description = "With --listen: admit every member that joins, at once (labs, tests).")
    boolean admitAll;

    @Option(names = "--grant", paramLabel = "CREDITS",
            description = "With --admit-all: credits (minor units) minted for each member admitted (default ${DEFAULT-VALUE}).")
    long grant;

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
            if (connect != null) {
                return Participant.run(dir, connect, name, stats);
            }
            return headless ? host(dir) : TerminalLauncher.run(dir, stats, demo, host -> {
                if (admitAll) {
                    new AutoAdmit(host, grant); // lives as long as the host: its subscription ends with it
                }
                return new DemoRobots(host, demoRate);
            }, listen);
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
        AutoAdmit admitting = admitAll ? new AutoAdmit(host, grant) : null;
        com.cyclex.net.Gateway gateway = listen == null ? null : Listening.start(host, listen);
        System.out.println("Hosting with no window. Stop with Ctrl-C: the exchange saves a checkpoint and closes.");
        CountDownLatch closed = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (gateway != null) {
                gateway.close();
            }
            if (admitting != null) {
                admitting.close();
            }
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
