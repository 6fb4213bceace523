package com.cyclex.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.api.ClaimJob;
import com.cyclex.api.EndLease;
import com.cyclex.api.Command;
import com.cyclex.api.CommandResult;
import com.cyclex.api.CreateMarket;
import com.cyclex.api.LedgerTotals;
import com.cyclex.api.PlaceOrder;
import com.cyclex.api.ReportJob;
import com.cyclex.api.SetVerification;
import com.cyclex.api.SubmitJob;
import com.cyclex.api.AdmitMember;
import com.cyclex.api.DeclareCapacity;
import com.cyclex.api.MintCredits;
import com.cyclex.api.RegisterMember;
import com.cyclex.host.ExchangeHost;
import com.cyclex.host.LocalClient;
import com.cyclex.host.SequencerOptions;
import com.cyclex.job.BlobKind;
import com.cyclex.job.BlobStore;
import com.cyclex.job.JobCode;
import com.cyclex.job.TestModules;
import com.cyclex.job.builtin.PrimeCount;
import com.cyclex.job.builtin.Workload;
import com.cyclex.lease.Job;
import com.cyclex.lease.JobState;
import com.cyclex.lease.Lease;
import com.cyclex.lease.LeaseEnd;
import com.cyclex.lease.LeaseState;
import com.cyclex.market.MarketSpec;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import com.cyclex.member.MemberRegistry;
import com.cyclex.member.Reputation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Delivery on a real host with real files and the real sandbox: a buyer's job runs on its seller's cores and
 * comes back right; a seller that falls silent loses its lease and the buyer gets the rest; a seller that
 * reports a wrong output is caught by the host's run again; a job that never ends is stopped at its limit.
 */
class DeliveryTest {
    private static final long HOST = MemberRegistry.HOST_ID;
    private static final long BUYER = 2;
    private static final long SELLER = 3;
    private static final long TIMEOUT = 1_500;

    @TempDir
    Path dir;

    private ExchangeHost host;
    private Delivery delivery;

    @AfterEach
    void close() {
        if (delivery != null) {
            delivery.close();
        }
        if (host != null) {
            host.close();
        }
    }

    /** A buyer and a seller with a 10-minute lease of 2 cores between them; jobs checked at this share. */
    private Lease lease(int verifyBps) {
        return lease(verifyBps, Duration.ofSeconds(2));
    }

    private Lease lease(int verifyBps, Duration jobTimeLimit) {
        host = ExchangeHost.open(dir, SequencerOptions.defaults());
        delivery = Delivery.start(host, TestModules.testLimits().withTimeLimit(jobTimeLimit), TIMEOUT);
        for (Command c : List.of(new RegisterMember(0, "buyer", ""), new RegisterMember(0, "seller", ""),
                new AdmitMember(HOST, BUYER), new AdmitMember(HOST, SELLER), new MintCredits(HOST, BUYER, 1_000_000),
                new DeclareCapacity(SELLER, 4), new CreateMarket(HOST, MarketSpec.spot("CPU-10M", 10, 1, 1, 1000)),
                PlaceOrder.limit(SELLER, 1, Side.ASK, 100, 2, TimeInForce.GTC),
                PlaceOrder.limit(BUYER, 1, Side.BID, 100, 2, TimeInForce.GTC))) {
            CommandResult r = host.execute(c);
            assertTrue(r.accepted(), c + " -> " + r);
        }
        waitFor(() -> host.read(x -> x.verificationSalted()), "the host salts its picks of jobs to check");
        assertTrue(host.execute(new SetVerification(HOST, verifyBps, 99)).accepted());
        return host.read(x -> x.leasesOf(BUYER)).get(0);
    }

    private long submit(Lease lease, byte[] module, List<String> args, byte[] input) {
        String m = delivery.blobs().put(BlobKind.MODULE, module);
        String i = delivery.blobs().put(BlobKind.INPUT, input);
        CommandResult r = host.execute(new SubmitJob(BUYER, lease.id(), m, args, i));
        assertTrue(r.accepted(), r.toString());
        return r.id();
    }

    private Job finished(long job) {
        waitFor(() -> host.history().mark() >= host.lastSeq() && !host.history().jobsOf(BUYER, 100).stream()
                .filter(j -> j.id() == job).toList().isEmpty(), "job " + job + " finishes");
        return host.history().jobsOf(BUYER, 100).stream().filter(j -> j.id() == job).findFirst().orElseThrow();
    }

    private static void waitFor(BooleanSupplier done, String what) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!done.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting until " + what);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void aBuyersJobRunsOnTheSellersCoresIsCheckedAndComesBackRight() {
        Lease lease = lease(10_000);
        delivery.agentFor(new LocalClient(host, SELLER));
        Workload primes = new PrimeCount(1, 200_000);
        long job = submit(lease, primes.kind().module(), primes.args(), primes.input());

        Job done = finished(job);
        assertEquals(JobState.DONE, done.state(), done.toString());
        assertEquals(JobCode.OK, done.outcome());
        assertTrue(done.verify(), "every job is checked at 100%");
        assertArrayEquals(primes.expectedOutput(), delivery.blobs().get(done.outputHash(), BlobKind.OUTPUT));
        assertEquals(new Reputation(SELLER, 0, 0, 1, 0), host.read(x -> x.reputation(SELLER)));
        assertEquals(LeaseState.ACTIVE, host.read(x -> x.leasesOf(BUYER)).get(0).state());
    }

    @Test
    void aSellerThatFallsSilentLosesItsLeaseAndTheBuyerGetsTheUndeliveredRestBack() {
        Lease lease = lease(0);
        LedgerTotals before = host.read(x -> x.ledgerTotals());
        SellerAgent agent = delivery.agentFor(new LocalClient(host, SELLER));
        waitFor(() -> delivery.watch().lastHeard(SELLER) != null, "the seller is heard");
        agent.close(); // as a killed seller process: no more heartbeats

        waitFor(() -> host.read(x -> x.leasesOf(BUYER)).isEmpty(), "the silent seller's lease ends");
        waitFor(() -> host.history().mark() >= host.lastSeq(), "the history is written");
        Lease failed = host.history().leasesOf(BUYER, 10).get(0);
        assertEquals(LeaseState.FAILED, failed.state());
        assertEquals(LeaseEnd.SELLER_LOST, failed.ending());
        assertEquals(lease.value(), failed.paid() + failed.feeTaken() + failed.refunded(), "every credit of the lease is accounted for");
        assertTrue(failed.refunded() > 0, "the undelivered rest went back: " + failed);
        LedgerTotals after = host.read(x -> x.ledgerTotals());
        assertEquals(0, after.sum(), "the ledger balances");
        assertEquals(before.issued(), after.issued(), "no credit made");
        assertEquals(0, after.leaseEscrow(), "no credit left in escrow");
        assertEquals(0, host.read(x -> x.account(SELLER)).leasedCores(), "the seller's cores are free again");
        assertEquals(new Reputation(SELLER, 0, 1, 0, 0), host.read(x -> x.reputation(SELLER)));
    }

    @Test
    void aSellerThatReportsAWrongOutputIsCaughtByTheHostsRunAgain() {
        Lease lease = lease(10_000);
        Workload primes = new PrimeCount(1, 10_000);
        long job = submit(lease, primes.kind().module(), primes.args(), primes.input());
        // A cheating seller: claims the job and reports an output it never computed.
        delivery.watch().heard(SELLER);
        assertTrue(host.execute(new ClaimJob(SELLER, job)).accepted());
        String made = delivery.blobs().put(BlobKind.OUTPUT, "1229?\n".getBytes());
        assertTrue(host.execute(new ReportJob(SELLER, job, JobCode.OK, 0, made, 6, null, 1, 1)).accepted());

        Job caught = finished(job);
        assertEquals(JobState.FAILED, caught.state());
        assertEquals(JobCode.VERIFICATION_FAILED, caught.outcome());
        waitFor(() -> host.read(x -> x.leasesOf(BUYER)).isEmpty(), "the cheat's lease fails");
        Lease failed = host.history().leasesOf(BUYER, 10).get(0);
        assertEquals(LeaseEnd.VERIFICATION_FAILED, failed.ending());
        assertEquals(new Reputation(SELLER, 0, 1, 0, 1), host.read(x -> x.reputation(SELLER)));
    }

    @Test
    void aJobThatNeverEndsIsStoppedAtItsLimitAndTheAgentGoesOnWorking() {
        Lease lease = lease(0);
        delivery.agentFor(new LocalClient(host, SELLER));
        long loop = submit(lease, TestModules.load("loop"), List.of("loop"), new byte[0]);
        long garbage = submit(lease, "not a module".getBytes(), List.of("x"), new byte[0]);
        Job stopped = finished(loop);
        assertEquals(JobState.FAILED, stopped.state());
        assertEquals(JobCode.TIMEOUT, stopped.outcome());
        assertTrue(stopped.wallMillis() >= 2_000 && stopped.wallMillis() < 10_000, "stopped at its 2 s limit: " + stopped);
        assertEquals(JobCode.INVALID_MODULE, finished(garbage).outcome());

        Workload primes = new PrimeCount(1, 1_000);
        Job after = finished(submit(lease, primes.kind().module(), primes.args(), primes.input()));
        assertEquals(JobState.DONE, after.state(), "the agent took the next job: " + after);
        assertTrue(after.costOf(lease) < lease.value() / 2, "a short job costs a small share of the lease");
    }

    @Test
    void blobsNoUnfinishedJobNamesAreDroppedOnceOlderThanTheHistoryKeeps() throws Exception {
        Lease lease = lease(0);
        Workload primes = new PrimeCount(1, 1_000);
        long queued = submit(lease, primes.kind().module(), primes.args(), primes.input()); // no agent: it stays queued
        String stale = delivery.blobs().put(BlobKind.OUTPUT, "an output nobody reads any more".getBytes());
        String fresh = delivery.blobs().put(BlobKind.OUTPUT, "an output of this morning".getBytes());
        java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minusMillis(host.history().keepMillis() + 60_000));
        for (String h : List.of(stale, BlobStore.hashOf(primes.kind().module()))) {
            java.nio.file.Files.setLastModifiedTime(delivery.blobs().pathOf(h), old);
        }

        assertEquals(1, delivery.dropUnused(), "only the old blob no unfinished job names goes");
        assertFalse(delivery.blobs().contains(stale));
        assertTrue(delivery.blobs().contains(fresh), "a blob used within the history's window stays");
        assertTrue(delivery.blobs().contains(BlobStore.hashOf(primes.kind().module())), "queued job " + queued + "'s module stays, however old");
    }

    @Test
    void aJobWhoseLeaseEndsIsStoppedAtOnceAndItsCoreIsFree() {
        Lease lease = lease(0, Duration.ofSeconds(60));
        delivery.agentFor(new LocalClient(host, SELLER));
        long loop = submit(lease, TestModules.load("loop"), List.of("loop"), new byte[0]);
        waitFor(() -> delivery.running() == 1, "the endless job runs");
        long ended = System.nanoTime();
        assertTrue(host.execute(new EndLease(SELLER, lease.id(), LeaseEnd.SELLER_WITHDREW)).accepted());

        waitFor(() -> delivery.running() == 0, "the sandbox lets go of it");
        long tookMillis = (System.nanoTime() - ended) / 1_000_000;
        assertTrue(tookMillis < 30_000, "stopped when its lease ended, not at its 60 s limit: " + tookMillis + " ms");
        Job stopped = finished(loop);
        assertEquals(JobState.FAILED, stopped.state());
        assertEquals(JobCode.LEASE_ENDED, stopped.outcome(), "the exchange's reason stands, not the agent's cancel");
    }
}
