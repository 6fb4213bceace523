package com.cyclex.app;

import com.cyclex.sim.RobotRunner;
import com.cyclex.store.DataDirLockedException;
import com.cyclex.store.StoreException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `cyclex`: host an exchange on a data dir and trade on it in a window, or host it with no window. */
@Command(name = "cyclex", mixinStandardHelpOptions = true, version = "Cyclex 0.1.0",
        description = "A computing-capacity exchange: host it, trade on it, measure it.",
        exitCodeListHeading = "%nExit codes:%n",
        subcommands = {BenchCommand.class, PicturesCommand.class, SimulateCommand.class})
public final class CyclexCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(CyclexCommand.class);

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Where the exchange keeps its database (default: the OS's data folder for Cyclex).")
    String dataDir;

    @Option(names = "--headless", description = "Host the exchange with no window, until stopped (Ctrl-C).")
    boolean headless;

    @Option(names = "--smoke", description = "Open the data dir, recover and check the exchange, print a summary, exit:"
            + " non-zero when recovery finds damage or the ledger does not balance.")
    boolean smoke;

    @Option(names = "--stats", description = "Show frame times and event rates over the window.")
    boolean stats;

    @Option(names = "--demo", description = "Start (or resume) the demo marketplace at once, without asking; also with --headless.")
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

    @Option(names = "--session", paramLabel = "SCENARIO",
            description = "Open a live classroom session of SCENARIO (a shipped name such as smith-1962-chart-1, or a"
                    + " scenario file) in the Session tab; students join with --listen's join address and take seats.")
    String session;

    @Option(names = "--demo-rate", paramLabel = "N",
            description = "Commands per second the demo robots send (default ${DEFAULT-VALUE}; change it live in the Host tab).")
    int demoRate = RobotRunner.DEFAULT_RATE;

    private final Complaints complaints;

    public CyclexCommand() {
        this(Complaints.withDialog());
    }

    CyclexCommand(Complaints complaints) {
        this.complaints = complaints;
    }

    @Override
    public Integer call() {
        if (demoRate < 1) {
            System.err.println("--demo-rate is at least 1 command per second, not " + demoRate + ".");
            return ExitCode.USAGE.code;
        }
        if (session != null) {
            String problem = sessionProblem();
            if (problem != null) {
                System.err.println(problem);
                return ExitCode.USAGE.code;
            }
        }
        DataDirCheck.Verdict usable = DataDirCheck.check(dataDir != null ? dataDir : DataDirs.defaultDir().toString());
        if (!usable.ok()) {
            return complaints.refuse(ExitCode.DATA_DIR_UNUSABLE, "Cyclex cannot use its data dir", usable.problem(), windowed());
        }
        Path dir = usable.dir();
        if (!smoke) {
            Path log = Logs.toFile(dir);
            if (log != null) {
                System.out.println("Cyclex logs to " + log);
            }
        }
        LOG.info("Cyclex 0.1.0 starting {} on {} (process {}, Java {})", mode(), dir, ProcessHandle.current().pid(),
                System.getProperty("java.version"));
        try {
            if (smoke) {
                return smoke(dir);
            }
            if (connect != null) {
                return Participant.run(dir, connect, name, stats);
            }
            if (!headless && listen == null && !demo && !admitAll && session == null) {
                // nothing said what to do: the window asks whether to host here or join someone else's exchange
                return StartupChoice.run(dir, stats, demoRate);
            }
            return headless
                    ? HeadlessHost.run(dir, demo, demoRate, System.out, this::network)
                    : TerminalLauncher.run(dir, stats, demo, host -> {
                        if (admitAll) {
                            new AutoAdmit(host, grant); // lives as long as the host: its subscription ends with it
                        }
                        return new DemoRobots(host, demoRate);
                    }, listen, session);
        } catch (DataDirLockedException e) {
            return complaints.refuse(ExitCode.IN_USE, "Cyclex is already running", e.getMessage(), windowed());
        } catch (StoreException e) {
            LOG.error(Logs.SAID, "The store refused to open", e);
            return complaints.refuse(ExitCode.DAMAGED, "Cyclex cannot open its data", e.getMessage()
                    + " Keep the data dir as it is for a look, and start on another one with --data-dir.", windowed());
        } catch (UncheckedIOException e) {
            LOG.error(Logs.SAID, "The data dir could not be opened", e);
            return complaints.refuse(ExitCode.DATA_DIR_UNUSABLE, "Cyclex cannot use its data dir", e.getMessage()
                    + ". Start Cyclex with --data-dir pointing to a folder you can write in.", windowed());
        }
    }

    /** Why --session cannot be taken (with a window only; the scenario must read), or null. */
    private String sessionProblem() {
        if (headless || connect != null || smoke) {
            return "--session opens a live session in the host's window, where the instructor starts its periods:"
                    + " it does not go with --headless, --connect or --smoke.";
        }
        try {
            com.cyclex.sim.scenario.Scenarios.load(session);
            return null;
        } catch (RuntimeException e) {
            return "--session " + session + ": " + e.getMessage();
        }
    }

    /** Reports a failure nobody foresaw: one sentence for a person, the stack trace for the log. */
    int unexpected(Throwable e, boolean mainCommand) {
        LOG.error(Logs.SAID, "Cyclex stopped on an unexpected error", e);
        return complaints.refuse(ExitCode.FAILED, "Cyclex stopped on an unexpected error",
                e + (smoke ? "" : " The log in the data dir's logs folder has the details."), windowed());
    }

    /** A window for problems only where the start was to open one: not for --headless, --smoke or bench. */
    private boolean windowed() {
        return !headless && !smoke;
    }

    private String mode() {
        return smoke ? "a smoke check" : headless ? "with no window" + (demo ? " and the demo" : "") : "the terminal";
    }

    private int smoke(Path dir) {
        Hosting.Opened opened = Hosting.open(dir);
        SmokeCheck.Failure failure;
        try {
            System.out.print(opened.summary().text());
            failure = SmokeCheck.check(opened.summary(), opened.host().failure());
        } finally {
            opened.host().close();
        }
        if (failure != null) {
            return complaints.refuse(failure.code(), "The smoke check failed", failure.sentence(), false);
        }
        System.out.println("Smoke check passed: recovered, and the ledger balances.");
        return ExitCode.OK.code;
    }

    /** --listen (and --admit-all) on a headless host: what to close when it stops, or null. */
    private AutoCloseable network(com.cyclex.host.ExchangeHost host) {
        AutoAdmit admitting = admitAll ? new AutoAdmit(host, grant) : null;
        com.cyclex.net.Gateway gateway = listen == null ? null : Listening.start(host, listen);
        return () -> {
            if (gateway != null) {
                gateway.close();
            }
            if (admitting != null) {
                admitting.close();
            }
        };
    }
}
