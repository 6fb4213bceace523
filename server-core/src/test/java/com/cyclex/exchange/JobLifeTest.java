package com.cyclex.exchange;

import static com.cyclex.exchange.Fixture.HOST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.api.AdvanceClock;
import com.cyclex.api.ClaimJob;
import com.cyclex.api.EndLease;
import com.cyclex.api.ReportJob;
import com.cyclex.api.ReportVerification;
import com.cyclex.api.ResultCode;
import com.cyclex.api.SetVerification;
import com.cyclex.api.SubmitJob;
import com.cyclex.job.JobCode;
import com.cyclex.lease.Job;
import com.cyclex.lease.JobBook;
import com.cyclex.lease.JobState;
import com.cyclex.lease.Lease;
import com.cyclex.lease.LeaseEnd;
import com.cyclex.lease.LeaseState;
import com.cyclex.member.Reputation;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Jobs on a 2-core, 10-minute lease worth 200 (no fees): the buyer submits, the seller claims at most two at
 * once and reports, the host's verdict on a job run again decides whether the seller is trusted.
 */
class JobLifeTest {
    private static final String MODULE = "a".repeat(64);
    private static final String INPUT = "b".repeat(64);
    private static final String OUT = "c".repeat(64);
    private static final String OTHER = "d".repeat(64);

    private final Fixture f = new Fixture();
    private final long seller = f.member("seller", 0, 4);
    private final long buyer = f.member("buyer", 10_000, 0);
    private final long stranger = f.member("stranger", 10_000, 0);
    private final int market = f.spotMarket("CPU-10M");
    private final long lease;

    JobLifeTest() {
        f.ask(seller, market, 100, 2);
        f.bid(buyer, market, 100, 2);
        lease = f.exchange.leasesOf(buyer).get(0).id();
    }

    private SubmitJob submit(long actor, String... args) {
        return new SubmitJob(actor, lease, MODULE, List.of(args.length == 0 ? new String[] {"prog"} : args), INPUT);
    }

    private long job() {
        return f.ok(submit(buyer)).id();
    }

    private Job open(long id) {
        return f.exchange.openJobs().stream().filter(j -> j.id() == id).findFirst().orElse(null);
    }

    private ReportJob ok(long job) {
        return new ReportJob(seller, job, JobCode.OK, 0, OUT, 12, null, 30, 40);
    }

    @Test
    void aJobIsQueuedClaimedOnAFreeCoreAndDoneWithItsOutput() {
        f.ok(new SetVerification(HOST, 0, 1));
        long a = job();
        assertEquals(JobState.QUEUED, open(a).state());
        assertEquals(List.of(open(a)), f.exchange.jobsOf(seller), "the seller sees the job it is to run");
        assertEquals(List.of(), f.exchange.jobsOf(stranger));

        f.ok(new ClaimJob(seller, a));
        assertEquals(JobState.RUNNING, open(a).state());
        f.ok(ok(a));
        assertNull(open(a), "a finished job leaves the live state");
    }

    @Test
    void aLeaseRunsAtMostAsManyJobsAsItHasCores() {
        long a = job();
        long b = job();
        long c = job();
        f.ok(new ClaimJob(seller, a));
        f.ok(new ClaimJob(seller, b));
        f.reject(new ClaimJob(seller, c), ResultCode.LEASE_CORES_BUSY, "All 2 cores");
        f.ok(new ReportJob(seller, a, JobCode.TIMEOUT, -1, null, 0, null, 60_000, 60_000));
        f.ok(new ClaimJob(seller, c));
    }

    @Test
    void onlyTheBuyerSubmitsAndOnlyTheSellerClaimsAndReports() {
        f.reject(submit(stranger), ResultCode.JOB_NOT_YOURS);
        f.reject(submit(seller), ResultCode.JOB_NOT_YOURS);
        long a = job();
        f.reject(new ClaimJob(buyer, a), ResultCode.JOB_NOT_YOURS);
        f.reject(new ClaimJob(stranger, a), ResultCode.JOB_NOT_YOURS);
        f.reject(ok(a), ResultCode.JOB_STATE_INVALID, "only a running job");
        f.ok(new ClaimJob(seller, a));
        f.reject(new ClaimJob(seller, a), ResultCode.JOB_STATE_INVALID, "claimed once");
        f.reject(new ReportJob(buyer, a, JobCode.OK, 0, OUT, 1, null, 1, 1), ResultCode.JOB_NOT_YOURS);
        f.reject(new ReportVerification(seller, a, JobCode.OK, 0, OUT), ResultCode.NOT_HOST);
        f.reject(new SetVerification(seller, 10_000, 5), ResultCode.NOT_HOST);
        f.reject(new ClaimJob(seller, 999), ResultCode.JOB_UNKNOWN);
    }

    @Test
    void badJobsAndBadReportsAreRefusedAndChangeNothing() {
        long before = f.exchange.stateHash();
        f.reject(new SubmitJob(buyer, lease, "x", List.of("p"), INPUT), ResultCode.JOB_INVALID, "SHA-256");
        f.reject(new SubmitJob(buyer, lease, MODULE, List.of(), INPUT), ResultCode.JOB_INVALID, "program's name");
        f.reject(new SubmitJob(buyer, lease, MODULE, null, INPUT), ResultCode.JOB_INVALID);
        f.reject(new SubmitJob(buyer, lease, MODULE, Collections.nCopies(17, "a"), INPUT), ResultCode.JOB_INVALID, "at most 16");
        f.reject(new SubmitJob(buyer, lease, MODULE, List.of("p", "x".repeat(300)), INPUT), ResultCode.JOB_INVALID, "256");
        f.reject(new SubmitJob(buyer, lease, MODULE, List.of("p\0q"), INPUT), ResultCode.JOB_INVALID, "NUL");
        f.reject(new SubmitJob(buyer, 999, MODULE, List.of("p"), INPUT), ResultCode.LEASE_UNKNOWN);
        assertEquals(before, f.exchange.stateHash());

        long a = job();
        f.ok(new ClaimJob(seller, a));
        long claimed = f.exchange.stateHash();
        f.reject(new ReportJob(seller, a, null, 0, OUT, 1, null, 1, 1), ResultCode.JOB_INVALID);
        f.reject(new ReportJob(seller, a, JobCode.LEASE_ENDED, 0, null, 0, null, 1, 1), ResultCode.JOB_INVALID, "exchange's own");
        f.reject(new ReportJob(seller, a, JobCode.OK, 0, null, 1, null, 1, 1), ResultCode.JOB_INVALID, "has an output");
        f.reject(new ReportJob(seller, a, JobCode.OK, 0, "nope", 1, null, 1, 1), ResultCode.JOB_INVALID);
        f.reject(new ReportJob(seller, a, JobCode.OK, 0, OUT, -1, null, 1, 1), ResultCode.JOB_INVALID, "not negative");
        assertEquals(claimed, f.exchange.stateHash());
    }

    @Test
    void aLeaseHoldsABoundedQueue() {
        for (int i = 0; i < JobBook.MAX_OPEN_PER_LEASE; i++) {
            f.ok(submit(buyer));
        }
        f.reject(submit(buyer), ResultCode.JOB_QUEUE_FULL, "1024");
    }

    @Test
    void whenTheLeaseEndsItsUnfinishedJobsFailWithIt() {
        long a = job();
        long b = job();
        f.ok(new ClaimJob(seller, a));
        f.ok(new EndLease(seller, lease, LeaseEnd.SELLER_WITHDREW));
        assertNull(open(a));
        assertNull(open(b));
        assertEquals(List.of(), f.exchange.openJobs());
        assertEquals(new Reputation(seller, 0, 1, 0, 0), f.exchange.reputation(seller), "a withdrawal counts against the seller");
        f.reject(submit(buyer), ResultCode.LEASE_UNKNOWN);
    }

    @Test
    void aDeliveredLeaseCountsForItsSeller() {
        f.applyAt(new AdvanceClock(), f.now() + 600_000);
        assertEquals(new Reputation(seller, 1, 0, 0, 0), f.exchange.reputation(seller));
        assertEquals(Reputation.none(buyer), f.exchange.reputation(buyer));
    }

    @Test
    void aMatchingVerificationLeavesTheSellerTrustedAndAMismatchFailsItsLease() {
        f.ok(new SetVerification(HOST, 10_000, 42)); // every job is checked
        long a = job();
        long b = job();
        f.ok(new ClaimJob(seller, a));
        f.ok(new ClaimJob(seller, b));
        f.ok(ok(a));
        f.ok(ok(b));
        assertEquals(JobState.VERIFYING, open(a).state());
        assertTrue(open(a).verify());

        f.ok(new ReportVerification(HOST, a, JobCode.OK, 0, OUT));
        assertNull(open(a));
        assertEquals(new Reputation(seller, 0, 0, 1, 0), f.exchange.reputation(seller));
        long sellerBefore = f.exchange.account(seller).available();
        long buyerBefore = f.exchange.account(buyer).available();

        f.ok(new ReportVerification(HOST, b, JobCode.OK, 0, OTHER));
        assertNull(open(b));
        assertEquals(new Reputation(seller, 0, 1, 1, 1), f.exchange.reputation(seller));
        assertTrue(f.exchange.leasesOf(buyer).isEmpty(), "the lease failed");
        assertEquals(buyerBefore + 200, f.exchange.account(buyer).available(), "nothing was delivered yet: all refunded");
        assertEquals(sellerBefore, f.exchange.account(seller).available());
        assertEquals(0, f.exchange.account(seller).leasedCores());
    }

    @Test
    void aVerificationRunThatCouldNotRunDecidesNothing() {
        f.ok(new SetVerification(HOST, 10_000, 42));
        long a = job();
        f.ok(new ClaimJob(seller, a));
        f.ok(ok(a));
        f.ok(new ReportVerification(HOST, a, JobCode.BLOB_MISSING, -1, null));
        assertNull(open(a));
        assertEquals(Reputation.none(seller), f.exchange.reputation(seller));
        assertEquals(LeaseState.ACTIVE, f.exchange.leasesOf(buyer).get(0).state());
    }

    @Test
    void aVerdictThatDoesNotComeInTimeLeavesTheJobDoneAndUnchecked() {
        f.ok(new SetVerification(HOST, 10_000, 42));
        long a = job();
        long b = job();
        f.ok(new ClaimJob(seller, a));
        f.ok(new ClaimJob(seller, b));
        f.ok(ok(a));
        long reportedA = f.now();
        f.advance(60_000);
        f.ok(ok(b));
        f.applyAt(new com.cyclex.api.AdvanceClock(), reportedA + JobDesk.CHECK_WITHIN_MILLIS - 1);
        assertEquals(JobState.VERIFYING, open(a).state(), "a moment before its deadline it still waits");

        f.applyAt(new com.cyclex.api.AdvanceClock(), reportedA + JobDesk.CHECK_WITHIN_MILLIS);
        assertNull(open(a), "its verdict is given up: done");
        assertEquals(JobState.VERIFYING, open(b).state(), "the later report has a minute more");
        assertEquals(Reputation.none(seller), f.exchange.reputation(seller), "an unchecked job says nothing of its seller");
        assertEquals(LeaseState.ACTIVE, f.exchange.leasesOf(buyer).get(0).state());
        f.reject(new ReportVerification(HOST, a, JobCode.OK, 0, OTHER), ResultCode.JOB_UNKNOWN);

        Exchange copy = Exchange.restore(f.exchange.capture());
        f.advance(60_000);
        f.ok(new com.cyclex.api.AdvanceClock());
        copy.apply(new com.cyclex.api.AdvanceClock(), f.now(), null);
        assertNull(open(b));
        assertTrue(copy.openJobs().isEmpty(), "a restored exchange keeps the deadlines too");
        assertEquals(f.exchange.stateHash(), copy.stateHash());
    }

    @Test
    void underDeliveryRulesThreeAVerdictIsAwaitedForEver() {
        Fixture old = new Fixture(new Exchange(3));
        long s = old.member("seller", 0, 4);
        long b = old.member("buyer", 10_000, 0);
        int m = old.spotMarket("CPU-10M");
        old.ask(s, m, 100, 2);
        old.bid(b, m, 100, 2);
        long l = old.exchange.leasesOf(b).get(0).id();
        old.ok(new SetVerification(HOST, 10_000, 42));
        long j = old.ok(new SubmitJob(b, l, MODULE, List.of("prog"), INPUT)).id();
        old.ok(new ClaimJob(s, j));
        old.ok(new ReportJob(s, j, JobCode.OK, 0, OUT, 12, null, 30, 40));
        old.advance(JobDesk.CHECK_WITHIN_MILLIS * 2);
        old.ok(new com.cyclex.api.AdvanceClock());
        assertEquals(JobState.VERIFYING, old.exchange.openJobs().get(0).state(), "a journal of rules 3 replays as it ran");
    }

    @Test
    void theShareOfJobsCheckedFollowsTheHostsSettingAndItsSecretSalt() {
        Exchange x = new Exchange();
        JobDesk desk = new JobDeskProbe(x).desk;
        int[] counts = new int[2];
        for (long salt : new long[] {1, 2}) {
            desk.restoreVerification(500, salt);
            int chosen = 0;
            for (long id = 1; id <= 20_000; id++) {
                chosen += desk.chosen(id) ? 1 : 0;
            }
            counts[(int) salt - 1] = chosen;
            assertTrue(chosen > 800 && chosen < 1200, "about 5% of 20,000: " + chosen);
        }
        desk.restoreVerification(500, 1);
        boolean[] one = picks(desk);
        desk.restoreVerification(500, 2);
        assertNotEquals(java.util.Arrays.toString(one), java.util.Arrays.toString(picks(desk)), "another salt picks other jobs");
        desk.restoreVerification(0, 1);
        assertFalse(desk.chosen(7));
    }

    private static boolean[] picks(JobDesk desk) {
        boolean[] p = new boolean[2000];
        for (int i = 0; i < p.length; i++) {
            p[i] = desk.chosen(i + 1);
        }
        return p;
    }

    @Test
    void jobsSurviveACheckpointRoundTripWithTheSameHash() {
        f.ok(new SetVerification(HOST, 10_000, 42));
        long a = job();
        long b = job();
        f.ok(new ClaimJob(seller, a));
        f.ok(ok(a));
        Exchange copy = Exchange.restore(f.exchange.capture());
        assertEquals(f.exchange.stateHash(), copy.stateHash());
        assertEquals(f.exchange.openJobs(), copy.openJobs());
        assertEquals(f.exchange.reputations(), copy.reputations());
        Lease l = copy.leasesOf(buyer).get(0);
        assertEquals(lease, l.id());
        assertEquals(JobState.VERIFYING, copy.openJobs().get(0).state());
        assertEquals(b, copy.openJobs().get(1).id());
    }
}
