package com.cyclex.exchange;

import com.cyclex.api.ClaimJob;
import com.cyclex.api.CommandResult;
import com.cyclex.api.ExchangeEvent;
import com.cyclex.api.ReportJob;
import com.cyclex.api.ReportVerification;
import com.cyclex.api.ResultCode;
import com.cyclex.api.SetVerification;
import com.cyclex.api.SubmitJob;
import com.cyclex.job.BlobStore;
import com.cyclex.job.JobCode;
import com.cyclex.lease.Job;
import com.cyclex.lease.JobBook;
import com.cyclex.lease.JobState;
import com.cyclex.lease.Lease;
import com.cyclex.lease.LeaseBook;
import com.cyclex.lease.LeaseEnd;
import com.cyclex.lease.LeaseState;
import com.cyclex.member.Member;
import com.cyclex.member.MemberRegistry;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Checks and applies the commands of a job's life: the buyer submits, the seller's agent claims a core and
 * reports, and the host's verdict on a job it ran again decides whether the seller is trusted. A lease that
 * ends takes its unfinished jobs with it.
 */
final class JobDesk {
    /** Arguments a job may carry, and their bytes in all: a command stays small in the journal; data goes in the input. */
    static final int MAX_ARGS = 16;
    static final int MAX_ARG_BYTES = 256;
    /** The share of jobs run again to check their seller unless the host says otherwise: 5%. */
    static final int DEFAULT_VERIFY_BPS = 500;
    /**
     * Delivery rules 4: how long after its report a job picked for checking waits for the host's verdict. A host
     * that runs no verifier, or one that stopped, would otherwise leave the job waiting for ever and its buyer without
     * an answer; past this the job is done, unchecked, which says nothing for or against its seller.
     */
    static final long CHECK_WITHIN_MILLIS = 5 * 60_000L;

    private final LeaseBook leases;
    private final JobBook jobs;
    private final MemberRegistry members;
    private final Clearing clearing;
    private final EventCollector events;
    private int verifyBps = DEFAULT_VERIFY_BPS;
    private long salt;
    /** The jobs waiting for a verdict, in the order they were reported, so their deadlines come in order too. */
    private final java.util.ArrayDeque<Long> checking = new java.util.ArrayDeque<>();

    JobDesk(LeaseBook leases, JobBook jobs, MemberRegistry members, Clearing clearing, EventCollector events) {
        this.leases = leases;
        this.jobs = jobs;
        this.members = members;
        this.clearing = clearing;
        this.events = events;
    }

    CommandResult submit(SubmitJob c, long now) {
        Lease lease = leases.get(c.lease());
        if (lease == null) {
            return CommandResult.reject(ResultCode.LEASE_UNKNOWN, "Lease " + c.lease() + " is not open: jobs go to a lease"
                    + " that is scheduled or active.");
        }
        if (c.actor() != lease.buyerId()) {
            return CommandResult.reject(ResultCode.JOB_NOT_YOURS, "Only the buyer of lease " + lease.id() + " submits jobs to it.");
        }
        String problem = problem(c);
        if (problem != null) {
            return CommandResult.reject(ResultCode.JOB_INVALID, problem);
        }
        if (jobs.openCount(lease.id()) >= JobBook.MAX_OPEN_PER_LEASE) {
            return CommandResult.reject(ResultCode.JOB_QUEUE_FULL, "Lease " + lease.id() + " already has "
                    + JobBook.MAX_OPEN_PER_LEASE + " jobs waiting or running; submit more as they finish.");
        }
        Job job = Job.submitted(jobs.nextId(), lease, c.moduleHash(), c.args(), c.inputHash(), now);
        put(job);
        return CommandResult.ok(job.id());
    }

    private static String problem(SubmitJob c) {
        if (!BlobStore.isHash(c.moduleHash()) || !BlobStore.isHash(c.inputHash())) {
            return "A job names its module and its input by their SHA-256 hashes: 64 lower-case hexadecimal digits each.";
        }
        if (c.args() == null || c.args().isEmpty()) {
            return "A job has at least one argument: the program's name, as a command line would give it.";
        }
        if (c.args().size() > MAX_ARGS) {
            return "A job has at most " + MAX_ARGS + " arguments, not " + c.args().size() + "; put data in its input.";
        }
        int bytes = 0;
        for (String a : c.args()) {
            if (a == null || a.indexOf('\0') >= 0) {
                return "A job's arguments are text without NUL characters.";
            }
            bytes += a.getBytes(StandardCharsets.UTF_8).length;
        }
        if (bytes > MAX_ARG_BYTES) {
            return "A job's arguments come to " + bytes + " bytes; at most " + MAX_ARG_BYTES + " are kept, so put data in its input.";
        }
        return null;
    }

    CommandResult claim(ClaimJob c, long now) {
        Job job = jobs.get(c.job());
        if (job == null) {
            return unknown(c.job());
        }
        if (c.actor() != job.sellerId()) {
            return CommandResult.reject(ResultCode.JOB_NOT_YOURS, "Job " + job.id() + " runs on the cores of its lease's"
                    + " seller, member " + job.sellerId() + ".");
        }
        if (job.state() != JobState.QUEUED) {
            return CommandResult.reject(ResultCode.JOB_STATE_INVALID, "Job " + job.id() + " is " + job.state()
                    + ", not queued: it can be claimed once.");
        }
        Lease lease = leases.get(job.lease());
        if (lease.state() != LeaseState.ACTIVE) {
            return CommandResult.reject(ResultCode.LEASE_NOT_ACTIVE, "Lease " + lease.id() + " is " + lease.state()
                    + ": its jobs run once it is active.");
        }
        if (jobs.running(lease.id()) >= lease.cores()) {
            return CommandResult.reject(ResultCode.LEASE_CORES_BUSY, "All " + lease.cores() + " cores of lease " + lease.id()
                    + " are running jobs; claim the next when one ends.");
        }
        put(job.started(now));
        return CommandResult.ok(job.id());
    }

    CommandResult report(ReportJob c, long now) {
        Job job = jobs.get(c.job());
        if (job == null) {
            return unknown(c.job());
        }
        if (c.actor() != job.sellerId()) {
            return CommandResult.reject(ResultCode.JOB_NOT_YOURS, "Only the seller whose cores ran job " + job.id()
                    + " reports it.");
        }
        if (job.state() != JobState.RUNNING) {
            return CommandResult.reject(ResultCode.JOB_STATE_INVALID, "Job " + job.id() + " is " + job.state()
                    + ": only a running job is reported.");
        }
        String problem = problem(c.outcome(), c.outputHash(), c.stderrHash(), c.outputBytes(), c.cpuMillis(), c.wallMillis());
        if (problem != null) {
            return CommandResult.reject(ResultCode.JOB_INVALID, problem);
        }
        boolean ok = c.outcome() == JobCode.OK;
        boolean verify = ok && chosen(job.id());
        JobState next = verify ? JobState.VERIFYING : ok ? JobState.DONE : JobState.FAILED;
        put(job.reported(next, c.outcome(), c.exitCode(), c.outputHash(), c.outputBytes(), c.stderrHash(), c.cpuMillis(),
                c.wallMillis(), verify, now));
        if (verify) {
            checking.addLast(job.id());
        }
        return CommandResult.ok(job.id());
    }

    private static String problem(JobCode outcome, String output, String stderr, long bytes, long cpu, long wall) {
        if (outcome == null || outcome == JobCode.LEASE_ENDED || outcome == JobCode.VERIFICATION_FAILED) {
            return "A report says how the sandbox ended the job (OK, TIMEOUT, TRAP, ...); the exchange's own endings are not"
                    + " the seller's to report.";
        }
        if (outcome == JobCode.OK && output == null) {
            return "A job that ran to its end has an output: report its hash.";
        }
        if ((output != null && !BlobStore.isHash(output)) || (stderr != null && !BlobStore.isHash(stderr))) {
            return "Outputs are named by their SHA-256 hashes: 64 lower-case hexadecimal digits.";
        }
        if (bytes < 0 || cpu < 0 || wall < 0) {
            return "Output bytes and times are not negative.";
        }
        return null;
    }

    CommandResult verify(ReportVerification c, long now) {
        if (c.actor() != MemberRegistry.HOST_ID) {
            return CommandResult.reject(ResultCode.NOT_HOST, "Only the host gives a verification's verdict.");
        }
        Job job = jobs.get(c.job());
        if (job == null) {
            return unknown(c.job());
        }
        if (job.state() != JobState.VERIFYING) {
            return CommandResult.reject(ResultCode.JOB_STATE_INVALID, "Job " + job.id() + " is " + job.state()
                    + ", not waiting for its verification.");
        }
        if (c.outcome() == null || (c.outcome() == JobCode.OK && c.outputHash() == null)) {
            return CommandResult.reject(ResultCode.JOB_INVALID, "A verdict says how the run again ended, and its output's"
                    + " hash when it ran to its end.");
        }
        if (!c.outcome().decisive()) {
            // The checking machine had a problem of its own: that says nothing against the seller.
            put(job.ended(JobState.DONE, job.outcome(), now));
            return CommandResult.ok(job.id());
        }
        boolean same = c.outcome() == job.outcome() && c.exitCode() == job.exitCode()
                && java.util.Objects.equals(c.outputHash(), job.outputHash());
        Member seller = members.get(job.sellerId());
        seller.setReputation(seller.reputation().verified(same));
        events.event(new ExchangeEvent.ReputationUpdated(seller.reputation()));
        if (same) {
            put(job.ended(JobState.DONE, job.outcome(), now));
        } else {
            put(job.ended(JobState.FAILED, JobCode.VERIFICATION_FAILED, now));
            Lease lease = leases.get(job.lease());
            if (lease != null) {
                clearing.fail(lease, LeaseEnd.VERIFICATION_FAILED, now);
            }
        }
        return CommandResult.ok(job.id());
    }

    CommandResult setVerification(SetVerification c) {
        if (c.actor() != MemberRegistry.HOST_ID) {
            return CommandResult.reject(ResultCode.NOT_HOST, "Only the host sets how many jobs are checked.");
        }
        if (c.shareBps() < 0 || c.shareBps() > 10_000) {
            return CommandResult.reject(ResultCode.COMMAND_INVALID, "The share of jobs checked is 0 to 10,000 basis points"
                    + " (100%), not " + c.shareBps() + ".");
        }
        verifyBps = c.shareBps();
        salt = c.salt();
        return CommandResult.OK;
    }

    /** A lease that ended takes its queued and running jobs with it; a job in verification is still checked. */
    void leaseEnded(Lease lease, long now) {
        for (Job job : jobs.ofLease(lease.id())) {
            if (job.state() == JobState.QUEUED || job.state() == JobState.RUNNING) {
                put(job.ended(JobState.FAILED, JobCode.LEASE_ENDED, now));
            }
        }
    }

    /** Whether a reported job is run again: a hash of its id under the host's secret salt, so sellers cannot tell. */
    boolean chosen(long jobId) {
        if (verifyBps == 0) {
            return false;
        }
        long z = salt ^ (jobId * 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        return Long.remainderUnsigned(z, 10_000) < verifyBps;
    }

    /**
     * Ends, as done and unchecked, each job whose verdict is overdue (delivery rules 4 and later); true when any was.
     * Looks at the oldest waiting job only, so it costs nothing per command while none is due.
     */
    boolean giveUpChecks(long now) {
        if (!givesUpChecks(clearing.rules())) {
            return false;
        }
        boolean changed = false;
        while (!checking.isEmpty()) {
            Job job = jobs.get(checking.peekFirst());
            if (job == null || job.state() != JobState.VERIFYING) {
                checking.pollFirst();
            } else if (verdictOverdue(job, now)) {
                checking.pollFirst();
                put(job.ended(JobState.DONE, job.outcome(), now));
                changed = true;
            } else {
                break;
            }
        }
        return changed;
    }

    /** Whether these delivery rules end a verification whose verdict did not come in time (4 and later). */
    static boolean givesUpChecks(int rules) {
        return rules >= 4;
    }

    /** Whether the job waits for a verdict that is overdue at {@code now}. */
    static boolean verdictOverdue(Job job, long now) {
        return job.state() == JobState.VERIFYING && now - job.endedAt() >= CHECK_WITHIN_MILLIS;
    }

    /** After a restore: the jobs waiting for a verdict, oldest report first. */
    void restoreChecking() {
        checking.clear();
        jobs.all().stream().filter(j -> j.state() == JobState.VERIFYING)
                .sorted(java.util.Comparator.comparingLong(Job::endedAt).thenComparingLong(Job::id))
                .forEach(j -> checking.addLast(j.id()));
    }

    int verifyBps() {
        return verifyBps;
    }

    long salt() {
        return salt;
    }

    void restoreVerification(int bps, long salt) {
        this.verifyBps = bps;
        this.salt = salt;
    }

    private void put(Job job) {
        jobs.put(job);
        events.event(new ExchangeEvent.JobUpdated(job));
    }

    private static CommandResult unknown(long id) {
        return CommandResult.reject(ResultCode.JOB_UNKNOWN, "Job " + id + " is not open: it was never submitted, or it"
                + " has already finished.");
    }

    List<Job> ofLease(long lease) {
        return jobs.ofLease(lease);
    }
}
