package com.cyclex.net;

import com.cyclex.agent.RemoteDelivery;
import com.cyclex.job.TestModules;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A seller's computer in a process of its own, for the test that kills it: resumes the membership kept in
 * its data dir, runs the jobs it sold, says "selling" and waits to be killed.
 */
public final class SellerProcess {
    private SellerProcess() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        JoinAddress address = JoinAddress.parse(args[1]);
        Membership membership = Membership.load(dir, address);
        RemoteClient client = RemoteClient.connect(membership);
        RemoteDelivery.start(client, dir, TestModules.testLimits().withTimeLimit(Duration.ofSeconds(120)), 300);
        System.out.println("selling as member " + membership.memberId());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
