package com.cyclex.app;

import com.cyclex.agent.RemoteDelivery;
import com.cyclex.ui.jobs.JobBlobs;
import com.cyclex.member.MemberRegistry;
import com.cyclex.net.JoinAddress;
import com.cyclex.net.Membership;
import com.cyclex.net.RemoteClient;
import com.cyclex.net.RemoteException;
import com.cyclex.ui.TerminalApp;
import com.cyclex.ui.TerminalOptions;
import java.net.InetAddress;
import java.nio.file.Path;

/**
 * `--connect JOIN-ADDRESS [--name NAME]`: the same terminal on someone else's exchange. The first time it joins
 * (the host then has to admit it); its token is kept in this data dir, so later starts are the same member.
 */
final class Participant {
    private Participant() {
    }

    static int run(Path dir, String joinAddress, String name, boolean stats) {
        JoinAddress address;
        try {
            address = JoinAddress.parse(joinAddress);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        Membership membership;
        try {
            membership = RemoteClient.joinOrResume(dir, address, name != null ? name : defaultName());
        } catch (RemoteException e) {
            System.err.println("Cannot join " + address.host() + ":" + address.port() + ": " + e.getMessage());
            return 5;
        } catch (RuntimeException e) {
            System.err.println("Cannot join " + address.host() + ":" + address.port() + ": " + e.getMessage());
            return 5;
        }
        System.out.println("Member " + membership.memberId() + " (" + membership.name() + ") of the exchange at "
                + address.host() + ":" + address.port() + "; identity kept in " + dir);
        try (RemoteClient client = RemoteClient.connect(membership);
             RemoteDelivery selling = RemoteDelivery.start(client, dir)) {
            System.out.println("Jobs bought from this member run on this computer, " + selling.slots() + " at once.");
            // The Seat tab: a seat in the host's live session, when the instructor runs one.
            TerminalApp.run(client, new TerminalOptions(stats, null, membership.name() + " on " + address.host() + ":"
                    + address.port(), false).withJobBlobs(JobBlobs.of(client)).withSeats(client.seats()));
            return 0;
        } catch (UnsupportedOperationException | IllegalStateException e) {
            if (String.valueOf(e.getMessage()).contains("DISPLAY")) {
                System.err.println("There is no display to open a window on.");
                return 4;
            }
            throw e;
        }
    }

    /** The user and machine name, cut to what a member name may be. */
    static String defaultName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "computer";
        }
        String raw = (System.getProperty("user.name", "member") + "@" + host).replaceAll("[^A-Za-z0-9@._-]", "");
        return raw.length() > MemberRegistry.MAX_NAME_LENGTH ? raw.substring(0, MemberRegistry.MAX_NAME_LENGTH) : raw;
    }
}
