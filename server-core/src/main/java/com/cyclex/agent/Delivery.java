package com.cyclex.agent;

import com.cyclex.api.ExchangeClient;
import com.cyclex.api.SetVerification;
import com.cyclex.host.ExchangeHost;
import com.cyclex.job.BlobStore;
import com.cyclex.job.JobLimits;
import com.cyclex.member.MemberRegistry;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivery on a host: the blob store in its data dir, the sandbox and its cores, the watch on sellers, the
 * verifier, and the agents of the members who sell from this process (the operator, the demo's robots).
 * One executor serves them all: this machine has so many cores, whoever sold them.
 */
public final class Delivery implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Delivery.class);
    private static final long SWEEP_BLOBS_MINUTES = 10;

    private final ExchangeHost host;
    private final JobEngine engine;
    private final SellerWatch watch;
    private final Verifier verifier;
    private final ScheduledExecutorService timer;
    private final ScheduledFuture<?> watching;
    private final List<SellerAgent> agents = new CopyOnWriteArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();

    private Delivery(ExchangeHost host, JobLimits asked, long sellerTimeoutMillis) {
        this.host = host;
        this.engine = JobEngine.open(host.dataDir(), asked);
        this.watch = host.sellerWatch(sellerTimeoutMillis);
        this.timer = Executors.newScheduledThreadPool(1, r -> {
            Thread t = new Thread(r, "cyclex-delivery");
            t.setDaemon(true);
            return t;
        });
        this.verifier = new Verifier(host, engine.runner).start(timer);
        this.watching = timer.scheduleWithFixedDelay(() -> watch.check(host), 1_000, 1_000, TimeUnit.MILLISECONDS);
        timer.scheduleWithFixedDelay(() -> {
            try {
                dropUnused();
            } catch (RuntimeException e) {
                LOG.warn("Could not sweep the blob store: {}", e.getMessage());
            }
        }, SWEEP_BLOBS_MINUTES, SWEEP_BLOBS_MINUTES, TimeUnit.MINUTES);
    }

    /**
     * The store keeps what unfinished jobs name and what was used within the history's keep window (a
     * finished job's output stays readable as long as the job is in the history); the rest goes, so the data
     * dir does not grow with every job ever run.
     */
    int dropUnused() {
        long keep = host.history().keepMillis();
        if (keep == 0) {
            return 0; // history kept for ever: so are its blobs
        }
        java.util.Set<String> live = new java.util.HashSet<>();
        host.read(x -> {
            for (com.cyclex.lease.Job j : x.openJobs()) {
                live.add(j.moduleHash());
                live.add(j.inputHash());
            }
            return null;
        });
        int dropped = engine.blobs.retainOnly(live, java.time.Duration.ofMillis(keep));
        if (dropped > 0) {
            LOG.info("Dropped {} blobs unused for {} h", dropped, keep / 3_600_000);
        }
        return dropped;
    }

    /** The delivery running on this host, started with this build's limits if it was not yet. */
    public static synchronized Delivery on(ExchangeHost host) {
        Delivery running = host.attached(Delivery.class);
        return running != null ? running : start(host);
    }

    /** Starts delivery on a running host (closed with it), with this build's limits and a seller timeout of 15 s. */
    public static Delivery start(ExchangeHost host) {
        return start(host, JobEngine.defaultLimits(), SellerWatch.DEFAULT_TIMEOUT_MILLIS);
    }

    public static Delivery start(ExchangeHost host, JobLimits limits, long sellerTimeoutMillis) {
        Delivery d = host.attach(new Delivery(host, limits, sellerTimeoutMillis));
        d.saltVerification();
        return d;
    }

    /** A fresh exchange picks the jobs to check with a salt no one knows but the host: set it once, journaled. */
    private void saltVerification() {
        host.query(x -> x.deliveryRules() >= 3 && !x.verificationSalted() ? x.verifyShareBps() : -1).thenAccept(share -> {
            if (share >= 0) {
                long salt = new SecureRandom().nextLong() | 1;
                host.submit(new SetVerification(MemberRegistry.HOST_ID, share, salt)).thenAccept(r -> {
                    if (!r.accepted()) {
                        LOG.warn("The verification salt was not set: {}", r.message());
                    }
                });
            }
        });
    }

    /** Runs the jobs sold by the member behind this in-process client. */
    public SellerAgent agentFor(ExchangeClient client) {
        SellerAgent agent = new SellerAgent(client, engine.runner, engine.blobs, BlobLink.SAME_STORE,
                () -> watch.heard(client.memberId()))
                .start(timer, Math.max(1, Math.min(SellerAgent.BEAT_MILLIS, watch.timeoutMillis() / 4)));
        agents.add(agent);
        return agent;
    }

    public BlobStore blobs() {
        return engine.blobs;
    }

    /** The limits jobs run under here (memory capped to what this heap can spare). */
    public JobLimits limits() {
        return engine.limits;
    }

    public SellerWatch watch() {
        return watch;
    }

    /** Jobs running in the sandbox now, of all the agents here and the verifier. */
    public int running() {
        return engine.executor.running();
    }

    public int slots() {
        return engine.executor.slots();
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        watching.cancel(false);
        agents.forEach(SellerAgent::close);
        verifier.close();
        timer.shutdownNow();
        engine.close();
    }
}
