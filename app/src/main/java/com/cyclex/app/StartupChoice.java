package com.cyclex.app;

import com.cyclex.agent.RemoteDelivery;
import com.cyclex.ui.jobs.JobBlobs;
import com.cyclex.host.ExchangeHost;
import com.cyclex.host.LocalClient;
import com.cyclex.net.JoinAddress;
import com.cyclex.net.Membership;
import com.cyclex.net.RemoteClient;
import com.cyclex.net.RemoteException;
import com.cyclex.ui.TerminalApp;
import com.cyclex.ui.TerminalOptions;
import com.cyclex.ui.start.Starter;
import java.nio.file.Path;

/**
 * A windowed start without --connect, --listen or --demo: the window first asks whether to host an exchange on
 * this computer or to join someone else's (the join address pasted, a name), then opens the terminal on that. The
 * same data dir serves both: the hosted exchange's database, or the joined membership's identity.
 */
final class StartupChoice implements Starter {
    private final Path dir;
    private final boolean stats;
    private final int demoRate;

    StartupChoice(Path dir, boolean stats, int demoRate) {
        this.dir = dir;
        this.stats = stats;
        this.demoRate = demoRate;
    }

    static int run(Path dir, boolean stats, int demoRate) {
        Started started;
        try {
            started = TerminalApp.runChoosing(new StartupChoice(dir, stats, demoRate), Participant.defaultName());
        } catch (UnsupportedOperationException | IllegalStateException e) {
            if (String.valueOf(e.getMessage()).contains("DISPLAY")) {
                System.err.println("There is no display to open a window on. Use --headless to host without one.");
                return ExitCode.NO_DISPLAY.code;
            }
            throw e;
        }
        if (started != null) {
            try {
                started.closer().close();
            } catch (Exception e) {
                System.err.println("Closing: " + e.getMessage());
            }
        }
        return ExitCode.OK.code;
    }

    @Override
    public Started host() {
        ExchangeHost host = Hosting.open(dir).host();
        LocalClient client = LocalClient.forHost(host);
        DemoRobots demo = new DemoRobots(host, demoRate);
        TerminalOptions options = new TerminalOptions(stats, demo, dir.toString(), false,
                dir.resolve("terminal-layout.properties"), null);
        return new Started(client, options, () -> {
            demo.stop();
            client.close();
            System.out.println(Hosting.close(host));
        });
    }

    @Override
    public Started join(String joinAddress, String name) {
        JoinAddress address = JoinAddress.parse(joinAddress.trim());
        Membership membership;
        try {
            membership = RemoteClient.joinOrResume(dir, address, name);
        } catch (RemoteException e) {
            throw new RemoteException("Cannot join " + address.host() + ":" + address.port() + ": " + e.getMessage());
        }
        RemoteClient client = RemoteClient.connect(membership);
        RemoteDelivery selling = RemoteDelivery.start(client, dir);
        TerminalOptions options = new TerminalOptions(stats, null, membership.name() + " on " + address.host() + ":"
                + address.port(), false).withJobBlobs(JobBlobs.of(client)).withSeats(client.seats());
        return new Started(client, options, () -> {
            selling.close();
            client.close();
        });
    }

    @Override
    public String addressProblem(String joinAddress) {
        try {
            JoinAddress.parse(joinAddress.trim());
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }
}
