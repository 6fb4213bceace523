package com.cyclex.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.agent.Delivery;
import com.cyclex.api.CommandResult;
import com.cyclex.api.DeclareCapacity;
import com.cyclex.api.LedgerTotals;
import com.cyclex.api.PlaceOrder;
import com.cyclex.api.SubmitJob;
import com.cyclex.job.BlobKind;
import com.cyclex.job.JobCode;
import com.cyclex.job.TestModules;
import com.cyclex.lease.Job;
import com.cyclex.lease.JobState;
import com.cyclex.lease.Lease;
import com.cyclex.lease.LeaseEnd;
import com.cyclex.lease.LeaseState;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seller's computer is a process of its own, killed with SIGKILL while it runs a buyer's job: the lease
 * fails after the heartbeat timeout, the buyer gets the undelivered part back, no credit is lost or made, and
 * the seller's cores are free again.
 */
class SellerKilledTest {
    private static final long SELLER_TIMEOUT = 3_000;

    @TempDir
    Path dir;

    @Test
    void aSellerKilledMidLeaseLosesItAndTheBuyerGetsTheRestBack() throws Exception {
        try (NetFixture f = new NetFixture(dir)) {
            Delivery.start(f.host, TestModules.testLimits(), SELLER_TIMEOUT);
            Membership sellerMember = f.joinActive("seller-pc");
            Path sellerDir = dir.resolve("seller-pc");
            sellerMember.save(sellerDir);
            NetFixture.ok(f.host.execute(new DeclareCapacity(sellerMember.memberId(), 4)));
            NetFixture.ok(f.host.execute(PlaceOrder.limit(sellerMember.memberId(), f.market, Side.ASK, 500, 2, TimeInForce.GTC)));

            Process seller = startSeller(sellerDir, f.address());
            try (RemoteClient buyer = RemoteClient.connect(f.joinActive("buyer-pc"))) {
                NetFixture.ok(buyer.submit(PlaceOrder.limit(buyer.memberId(), f.market, Side.BID, 500, 2, TimeInForce.GTC)).join());
                Lease lease = buyer.leases(buyer.memberId()).join().get(0);
                LedgerTotals before = f.host.read(x -> x.ledgerTotals());
                String loop = buyer.putBlob(BlobKind.MODULE, TestModules.load("loop")).join();
                String none = buyer.putBlob(BlobKind.INPUT, new byte[0]).join();
                CommandResult job = buyer.submit(new SubmitJob(buyer.memberId(), lease.id(), loop, List.of("loop"), none)).join();
                NetFixture.ok(job);
                NetFixture.await(() -> state(buyer, job.id()) == JobState.RUNNING, () -> "the seller's process claims the job");

                seller.destroyForcibly(); // SIGKILL: no goodbye, no last report
                assertTrue(seller.waitFor(20, TimeUnit.SECONDS));

                NetFixture.await(() -> buyer.leases(buyer.memberId()).join().isEmpty(), () -> "the lease fails");
                f.host.history().awaitMark(f.host.lastSeq(), 10_000);
                Lease failed = f.host.history().leasesOf(buyer.memberId(), 10).get(0);
                assertEquals(LeaseState.FAILED, failed.state());
                assertEquals(LeaseEnd.SELLER_LOST, failed.ending());
                assertTrue(failed.refunded() > 0, "the undelivered part went back: " + failed);
                assertEquals(lease.value(), failed.paid() + failed.feeTaken() + failed.refunded(), "every credit of the lease is accounted for");
                LedgerTotals after = f.host.read(x -> x.ledgerTotals());
                assertEquals(0, after.sum(), "the ledger balances");
                assertEquals(before.issued(), after.issued(), "no credit made or lost");
                assertEquals(0, after.leaseEscrow(), "nothing left in escrow");
                assertEquals(0, f.host.read(x -> x.account(sellerMember.memberId())).leasedCores(), "the seller's cores are free");
                Job lost = buyer.jobHistory(buyer.memberId(), 10).join().stream().filter(j -> j.id() == job.id())
                        .reduce((a, b) -> b).orElseThrow();
                assertEquals(JobState.FAILED, lost.state());
                assertEquals(JobCode.LEASE_ENDED, lost.outcome());
            } finally {
                seller.destroyForcibly();
            }
        }
    }

    private static JobState state(RemoteClient buyer, long job) {
        return buyer.jobs(buyer.memberId()).join().stream().filter(j -> j.id() == job).map(Job::state).findFirst().orElse(null);
    }

    private static Process startSeller(Path sellerDir, JoinAddress address) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                SellerProcess.class.getName(), sellerDir.toString(), address.toString())
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        StringBuilder seen = new StringBuilder();
        String line;
        while ((line = out.readLine()) != null) {
            seen.append(line).append('\n');
            if (line.startsWith("selling as member")) {
                com.cyclex.ChildOutput.drainInBackground(out);
                return p;
            }
            if (System.nanoTime() > deadline) {
                break;
            }
        }
        p.destroyForcibly();
        throw new AssertionError("the seller's process did not start:\n" + seen);
    }
}
