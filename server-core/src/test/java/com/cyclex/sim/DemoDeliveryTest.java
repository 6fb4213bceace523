package com.cyclex.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.agent.Delivery;
import com.cyclex.host.ExchangeHost;
import com.cyclex.job.BlobKind;
import com.cyclex.job.builtin.BuiltInWorkload;
import com.cyclex.lease.Job;
import com.cyclex.lease.JobState;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's robots buy capacity, put built-in workloads on it, and the robots that sold it run them. */
class DemoDeliveryTest {
    @TempDir
    Path dir;

    @Test
    void theDemosBuyersRunBuiltInWorkloadsOnTheCoresTheirSellersSold() throws Exception {
        try (ExchangeHost host = ExchangeHost.open(dir)) {
            RobotRunner runner = DemoMarketplace.create(host).get(30, TimeUnit.SECONDS);
            List<Long> robots = runner.seats().stream().map(RobotSeat::memberId).distinct().toList();
            runner.setRate(200);
            runner.start();
            Delivery delivery = Delivery.on(host);
            try (DemoDelivery demo = DemoDelivery.start(host, delivery, robots)) {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                List<Job> done = List.of();
                while (done.size() < 3) {
                    assertTrue(System.nanoTime() < deadline, "three demo jobs done within a minute; submitted "
                            + demo.jobsSubmitted());
                    Thread.sleep(200);
                    done = robots.stream().flatMap(r -> host.history().jobsOf(r, 50).stream())
                            .filter(j -> j.state() == JobState.DONE).distinct().toList();
                }
                for (Job job : done) {
                    assertTrue(robots.contains(job.buyerId()) && robots.contains(job.sellerId()), job.toString());
                    assertTrue(BuiltInWorkload.byModuleHash(job.moduleHash()).isPresent(), "a built-in workload");
                    assertTrue(delivery.blobs().get(job.outputHash(), BlobKind.OUTPUT).length > 0);
                }
            } finally {
                runner.close();
            }
            assertEquals(0, host.read(x -> x.ledgerTotals()).sum(), "the ledger balances");
        }
    }
}
