package com.cyclex.app;

import com.cyclex.agent.Delivery;
import com.cyclex.host.ExchangeHost;
import com.cyclex.host.LocalClient;
import com.cyclex.sim.session.LocalSeatClient;
import com.cyclex.ui.TerminalApp;
import com.cyclex.ui.TerminalOptions;
import com.cyclex.ui.demo.DemoControl;
import com.cyclex.ui.jobs.JobBlobs;
import java.nio.file.Path;
import java.util.function.Function;

/** Opens the exchange on a data dir, shows the terminal on it as the host, and closes both when the window closes. */
final class TerminalLauncher {
    private TerminalLauncher() {
    }

    /**
     * @param demoFor makes the demo controls for the opened host, or gives null for none
     */
    static int run(Path dir, boolean stats, boolean demoAtStart, Function<ExchangeHost, DemoControl> demoFor) {
        return run(dir, stats, demoAtStart, demoFor, null);
    }

    /** The same, and with {@code listen} ([ADDR:]PORT, or null) open to the network. */
    static int run(Path dir, boolean stats, boolean demoAtStart, Function<ExchangeHost, DemoControl> demoFor,
                   String listen) {
        return run(dir, stats, demoAtStart, demoFor, listen, null);
    }

    /** The same, with a live session of {@code session} (a scenario name or file, or null) open from the start. */
    static int run(Path dir, boolean stats, boolean demoAtStart, Function<ExchangeHost, DemoControl> demoFor,
                   String listen, String session) {
        ExchangeHost host = Hosting.open(dir).host();
        ClassroomOnHost classroom = host.attach(new ClassroomOnHost(host, dir.resolve("sessions")));
        if (session != null) {
            // opened on the session's own thread; the window shows it in the Session tab as soon as it is up. The same
            // scenario taken up after a restart goes on instead.
            classroom.openOrKeep(session).whenComplete((live, e) -> {
                if (e != null) {
                    System.err.println("The live session could not be opened: " + e.getMessage());
                } else {
                    System.out.println("Live session of " + live.scenario().name() + " open as market " + live.symbol()
                            + ": start or resume its periods in the Session tab.");
                }
            });
        }
        DemoControl demo = null;
        com.cyclex.net.Gateway gateway = null;
        try (LocalClient client = LocalClient.forHost(host)) {
            gateway = listen == null ? null : Listening.start(host, listen);
            demo = demoFor.apply(host);
            // The host is in this process: the terminal stores jobs' modules and reads their outputs in its blob store.
            TerminalApp.run(client, new TerminalOptions(stats, demo, dir.toString(), demoAtStart,
                    dir.resolve("terminal-layout.properties"), gateway == null ? null : Listening.control(gateway))
                    .withJobBlobs(JobBlobs.of(Delivery.on(host).blobs()))
                    .withClassroom(classroom)
                    .withSeats(new LocalSeatClient(classroom::current, client.memberId(), "operator")));
            return ExitCode.OK.code;
        } catch (UnsupportedOperationException | IllegalStateException e) {
            if (String.valueOf(e.getMessage()).contains("DISPLAY")) {
                System.err.println("There is no display to open a window on. Use --headless to host without one.");
                return ExitCode.NO_DISPLAY.code;
            }
            throw e;
        } finally {
            if (demo != null) {
                demo.stop();
            }
            if (gateway != null) {
                gateway.close();
            }
            System.out.println(Hosting.close(host));
        }
    }
}
