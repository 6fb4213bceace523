package com.cyclex.agent;

import com.cyclex.api.ExchangeEvent;
import com.cyclex.api.ReportVerification;
import com.cyclex.host.ExchangeHost;
import com.cyclex.job.JobException;
import com.cyclex.job.JobReport;
import com.cyclex.job.JobRunner;
import com.cyclex.job.JobSpec;
import com.cyclex.lease.Job;
import com.cyclex.lease.JobState;
import com.cyclex.member.MemberRegistry;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The host runs again the jobs picked for checking, on its own cores, and gives its verdict: jobs are
 * deterministic (the sandbox's clock and randomness are fixed), so the same module, arguments and input
 * must give the same exit code and output. A sweep picks up jobs left waiting by a restart.
 */
public final class Verifier implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Verifier.class);
    private static final long SWEEP_MILLIS = 5_000;

    private final ExchangeHost host;
    private final JobRunner runner;
    private final Set<Long> inHand = ConcurrentHashMap.newKeySet();
    private AutoCloseable subscription;
    private ScheduledFuture<?> sweep;

    public Verifier(ExchangeHost host, JobRunner runner) {
        this.host = host;
        this.runner = runner;
    }

    public synchronized Verifier start(ScheduledExecutorService timer) {
        subscription = host.subscribe(this::onEvents);
        sweep = timer.scheduleWithFixedDelay(this::sweep, 0, SWEEP_MILLIS, TimeUnit.MILLISECONDS);
        return this;
    }

    private void onEvents(List<ExchangeEvent> events) {
        for (ExchangeEvent e : events) {
            if (e instanceof ExchangeEvent.JobUpdated u && u.job().state() == JobState.VERIFYING) {
                check(u.job());
            }
        }
    }

    private void sweep() {
        host.query(x -> x.openJobs()).thenAccept(jobs -> jobs.stream().filter(j -> j.state() == JobState.VERIFYING)
                .forEach(this::check)).exceptionally(e -> null);
    }

    private void check(Job job) {
        if (!inHand.add(job.id())) {
            return;
        }
        CompletableFuture<JobReport> again;
        try {
            again = runner.run(new JobSpec(job.moduleHash(), job.args(), job.inputHash()));
        } catch (JobException e) {
            again = CompletableFuture.completedFuture(JobReport.failed(e));
        }
        again.thenCompose(r -> host.submit(new ReportVerification(MemberRegistry.HOST_ID, job.id(), r.code(), r.exitCode(),
                r.outputHash()))).whenComplete((r, e) -> {
                    inHand.remove(job.id());
                    if (e != null || !r.accepted()) {
                        LOG.debug("The verdict on job {} was not taken: {}", job.id(), e != null ? e.toString() : r.message());
                    }
                });
    }

    @Override
    public synchronized void close() {
        if (sweep != null) {
            sweep.cancel(false);
        }
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception e) {
                LOG.debug("Unsubscribing the verifier failed: {}", e.toString());
            }
        }
    }
}
