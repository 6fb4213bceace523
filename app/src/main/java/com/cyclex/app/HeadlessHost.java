package com.cyclex.app;

import com.cyclex.host.ExchangeHost;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code --headless}: the exchange with no window, until the process is stopped (Ctrl-C or a service manager's
 * SIGTERM). Runs the demo robots as the window start does: at once with {@code --demo}, and by itself when the data
 * dir holds a demo marketplace from before. On stop, says what was saved.
 */
final class HeadlessHost {
    private static final Logger LOG = LoggerFactory.getLogger(HeadlessHost.class);

    private HeadlessHost() {
    }

    static int run(Path dir, boolean demoAtStart, int demoRate, PrintStream out) {
        return run(dir, demoAtStart, demoRate, out, host -> null);
    }

    /** The same, with {@code network} started on the opened host (--listen) and closed first on stop. */
    static int run(Path dir, boolean demoAtStart, int demoRate, PrintStream out,
                   java.util.function.Function<ExchangeHost, AutoCloseable> network) {
        Hosting.Opened opened = Hosting.open(dir);
        ExchangeHost host = opened.host();
        out.print(opened.summary().text());
        AutoCloseable listening = network.apply(host);
        DemoRobots robots = new DemoRobots(host, demoRate);
        try {
            String demo = startDemo(robots, demoAtStart);
            if (demo != null) {
                out.println(demo);
                LOG.info(demo);
            }
        } catch (RuntimeException e) {
            robots.stop();
            Hosting.close(host);
            throw e;
        }
        CountDownLatch closed = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("Stopping: the robots first, then the exchange saves a checkpoint.");
            LOG.info("Stop asked for (signal); closing");
            if (listening != null) {
                try {
                    listening.close();
                } catch (Exception e) {
                    LOG.warn("The gateway did not close cleanly", e);
                }
            }
            robots.stop();
            out.println(Hosting.close(host));
            out.flush();
            closed.countDown();
        }, "cyclex-shutdown"));
        // Said only once the stop is in place: a signal sent on reading this line must find it.
        out.println("Hosting with no window. Stop with Ctrl-C: the exchange saves a checkpoint and closes.");
        out.flush();
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCode.OK.code;
    }

    /** Starts the robots when asked or when the demo ran here before; returns what to say, or null when none run. */
    static String startDemo(DemoRobots robots, boolean demoAtStart) {
        boolean resume = !demoAtStart && robots.exists();
        if (!demoAtStart && !resume) {
            return null;
        }
        boolean created = robots.canCreate();
        robots.start();
        return (created ? "Demo marketplace started" : resume ? "Demo robots resumed" : "Demo robots started")
                + ": " + robots.rate() + " commands/s (set with --demo-rate).";
    }
}
