package com.cyclex.agent;

import com.cyclex.api.ClaimJob;
import com.cyclex.api.ExchangeClient;
import com.cyclex.api.ExchangeEvent;
import com.cyclex.api.ReportJob;
import com.cyclex.job.BlobKind;
import com.cyclex.job.BlobStore;
import com.cyclex.job.JobCancel;
import com.cyclex.job.JobCode;
import com.cyclex.job.JobException;
import com.cyclex.job.JobReport;
import com.cyclex.job.JobRunner;
import com.cyclex.job.JobSpec;
import com.cyclex.lease.Job;
import com.cyclex.lease.JobState;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The seller's side of delivery: runs the jobs buyers queue on this member's leases. It claims a queued job
 * (the exchange allows as many at once as the lease has cores), runs it in the sandbox, stores the output
 * and reports how it ended; it tells the host it is alive a few times within the host's timeout (every {@link #BEAT_MILLIS} at most). It never blocks a
 * thread that events arrive on: every step is a future. A sweep every beat picks up what an event did not
 * settle (a core that came free, a job left running by an agent that stopped).
 */
public final class SellerAgent implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SellerAgent.class);
    public static final long BEAT_MILLIS = 2_000;

    private final ExchangeClient client;
    private final JobRunner runner;
    private final BlobStore blobs;
    private final BlobLink link;
    private final Runnable heartbeat;
    private final long me;
    /** Jobs being claimed or run here, so an event and a sweep never take the same job twice. */
    private final Set<Long> inHand = ConcurrentHashMap.newKeySet();
    /** How to stop each job running here, should the exchange end it first. */
    private final Map<Long, JobCancel> cancels = new ConcurrentHashMap<>();
    private final AtomicLong ran = new AtomicLong();
    /** Leases whose queued jobs are being claimed now, one claim after another. */
    private final Set<Long> claiming = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean sweeping = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private AutoCloseable subscription;
    private ScheduledFuture<?> beat;
    private volatile boolean closed;

    SellerAgent(ExchangeClient client, JobRunner runner, BlobStore blobs, BlobLink link, Runnable heartbeat) {
        this.client = client;
        this.runner = runner;
        this.blobs = blobs;
        this.link = link;
        this.heartbeat = heartbeat;
        this.me = client.memberId();
    }

    public long memberId() {
        return me;
    }

    /** Jobs this agent has run to a report. */
    public long jobsRun() {
        return ran.get();
    }

    /** Starts beating (and sweeping) every {@code beatMillis}: a few times within the host's timeout. */
    public synchronized SellerAgent start(ScheduledExecutorService timer, long beatMillis) {
        subscription = client.subscribe(this::onEvents);
        heartbeat.run();
        beat = timer.scheduleWithFixedDelay(this::sweep, 0, beatMillis, TimeUnit.MILLISECONDS);
        return this;
    }

    private void onEvents(List<ExchangeEvent> events) {
        boolean sweep = false;
        for (ExchangeEvent e : events) {
            if (e instanceof ExchangeEvent.JobUpdated u && u.job().sellerId() == me && u.job().state() != JobState.RUNNING) {
                sweep = true; // a job queued, or one ended and freed a core
                JobCancel running = u.job().state() == JobState.FAILED ? cancels.get(u.job().id()) : null;
                if (running != null) {
                    running.cancel(); // the exchange ended it (its lease ended): free the core now, not at the time limit
                }
            }
        }
        if (sweep) {
            requestSweep();
        }
    }

    private void sweep() {
        if (closed) {
            return;
        }
        try {
            heartbeat.run();
        } catch (RuntimeException e) {
            LOG.debug("Heartbeat of member {} failed: {}", me, e.toString());
        }
        requestSweep();
    }

    /** One sweep at a time; a request while one runs makes one more after it, however many come. */
    private void requestSweep() {
        if (closed) {
            return;
        }
        if (!sweeping.compareAndSet(false, true)) {
            again.set(true);
            return;
        }
        client.jobs(me).thenAccept(jobs -> {
            Map<Long, Deque<Job>> queued = new LinkedHashMap<>();
            for (Job job : jobs) {
                if (job.sellerId() != me) {
                    continue;
                }
                if (job.state() == JobState.QUEUED) {
                    queued.computeIfAbsent(job.lease(), k -> new ArrayDeque<>()).add(job);
                } else if (job.state() == JobState.RUNNING && inHand.add(job.id())) {
                    run(job); // claimed by this member before a restart, never reported
                }
            }
            queued.forEach((lease, waiting) -> {
                if (claiming.add(lease)) {
                    claimNext(lease, waiting);
                }
            });
        }).whenComplete((v, e) -> {
            sweeping.set(false);
            if (again.getAndSet(false)) {
                requestSweep();
            }
        });
    }

    /**
     * Claims a lease's queued jobs oldest first, one claim at a time, until the exchange says its cores are
     * busy: one refused claim per lease each time a core frees, not one per waiting job.
     */
    private void claimNext(long lease, Deque<Job> waiting) {
        Job job = waiting.poll();
        while (job != null && !inHand.add(job.id())) {
            job = waiting.poll();
        }
        if (job == null || closed) {
            claiming.remove(lease);
            return;
        }
        Job claimed = job;
        client.submit(new ClaimJob(me, claimed.id())).whenComplete((r, e) -> {
            if (e == null && r.accepted()) {
                run(claimed);
                claimNext(lease, waiting);
            } else {
                inHand.remove(claimed.id());
                claiming.remove(lease);
            }
        });
    }

    /**
     * Fetches the job's module and input if they are not here, runs it, sends its outputs back if the exchange
     * does not share this store, and reports. A step that fails for want of the network leaves the job claimed
     * and in no one's hands: the next sweep runs it again (jobs are deterministic, so that is safe).
     */
    private void run(Job job) {
        JobCancel cancel = new JobCancel();
        cancels.put(job.id(), cancel);
        link.fetch(job.moduleHash(), BlobKind.MODULE)
                .thenCompose(v -> link.fetch(job.inputHash(), BlobKind.INPUT))
                .thenCompose(v -> runner.run(new JobSpec(job.moduleHash(), job.args(), job.inputHash()), cancel))
                .exceptionally(e -> {
                    JobException refused = jobException(e);
                    if (refused == null) {
                        throw new CompletionException(e);
                    }
                    return JobReport.failed(refused); // the host has no such blob, or sent a wrong one: say so
                })
                .thenCompose(r -> {
                    ReportJob report = reportOf(job, r);
                    return sendOutputs(report).thenCompose(v -> client.submit(report));
                })
                .whenComplete((r, e) -> {
                    cancels.remove(job.id());
                    inHand.remove(job.id());
                    if (e == null && r.accepted()) {
                        ran.incrementAndGet();
                    } else {
                        LOG.debug("Job {} could not be run or reported: {}", job.id(), e != null ? e.toString() : r.message());
                    }
                    requestSweep();
                });
    }

    private CompletableFuture<Void> sendOutputs(ReportJob report) {
        CompletableFuture<Void> out = report.outputHash() == null ? CompletableFuture.completedFuture(null)
                : link.send(report.outputHash(), BlobKind.OUTPUT);
        return report.stderrHash() == null ? out : out.thenCompose(v -> link.send(report.stderrHash(), BlobKind.OUTPUT));
    }

    private static JobException jobException(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JobException j) {
                return j;
            }
        }
        return null;
    }

    private ReportJob reportOf(Job job, JobReport r) {
        String stderr = null;
        if (!r.stderr().isEmpty()) {
            try {
                stderr = blobs.put(BlobKind.OUTPUT, r.stderr().getBytes(StandardCharsets.UTF_8));
            } catch (JobException e) {
                LOG.debug("Job {}'s standard error was not kept: {}", job.id(), e.getMessage());
            }
        }
        JobCode code = r.code();
        String output = r.outputHash();
        if (code == JobCode.OK && output == null) {
            code = JobCode.INTERNAL;
        }
        return new ReportJob(me, job.id(), code, r.exitCode(), output, r.outputBytes(), stderr,
                r.cpuNanos() / 1_000_000, r.wallNanos() / 1_000_000);
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (beat != null) {
            beat.cancel(false);
        }
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception e) {
                LOG.debug("Unsubscribing the agent of member {} failed: {}", me, e.toString());
            }
        }
    }
}
