package com.cyclex.agent;

import com.cyclex.api.ExchangeClient;
import com.cyclex.job.JobLimits;
import com.cyclex.lease.Job;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivery on a computer that joined someone else's exchange: the jobs sold from here run in this machine's
 * sandbox, their modules and inputs fetched from the host and their outputs sent back. The host hears the agent
 * through its requests (each request a member makes counts as its heartbeat), so a seller whose app stays open
 * keeps its leases. Blobs no unfinished job of this seller names are dropped after a while: the host keeps the
 * outputs, this computer only what it still has to run.
 */
public final class RemoteDelivery implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RemoteDelivery.class);
    static final Duration KEEP_UNUSED = Duration.ofMinutes(30);
    /** Where under the data dir the blobs of jobs sold from here are kept. */
    public static final String FOLDER = "selling";
    private static final long SWEEP_BLOBS_MINUTES = 10;

    private final ExchangeClient client;
    private final JobEngine engine;
    private final ScheduledExecutorService timer;
    private final ExecutorService io;
    private final SellerAgent agent;
    private final AtomicBoolean closed = new AtomicBoolean();

    private RemoteDelivery(ExchangeClient client, Path dataDir, JobLimits limits, long beatMillis) {
        this.client = client;
        // A folder of its own: the same data dir may also hold an exchange this app hosts, whose blobs are not ours to drop.
        this.engine = JobEngine.open(dataDir.resolve(FOLDER), limits);
        this.timer = Executors.newScheduledThreadPool(1, daemon("cyclex-seller"));
        this.io = Executors.newFixedThreadPool(2, daemon("cyclex-seller-blobs"));
        // Every sweep asks the host for this member's jobs: that request is the heartbeat, nothing more to send.
        this.agent = new SellerAgent(client, engine.runner, engine.blobs, new ClientBlobLink(client, engine.blobs, io), () -> {
        }).start(timer, beatMillis);
        timer.scheduleWithFixedDelay(this::dropUnused, SWEEP_BLOBS_MINUTES, SWEEP_BLOBS_MINUTES, TimeUnit.MINUTES);
    }

    /** Runs this member's sold jobs on this computer, with blobs kept in {@code dataDir}'s {@link #FOLDER}. */
    public static RemoteDelivery start(ExchangeClient client, Path dataDir) {
        return start(client, dataDir, JobEngine.defaultLimits(), SellerAgent.BEAT_MILLIS);
    }

    public static RemoteDelivery start(ExchangeClient client, Path dataDir, JobLimits limits, long beatMillis) {
        return new RemoteDelivery(client, dataDir, limits, beatMillis);
    }

    /** Jobs this computer has run and reported. */
    public long jobsRun() {
        return agent.jobsRun();
    }

    /** Jobs running in this computer's sandbox now. */
    public int running() {
        return engine.executor.running();
    }

    public int slots() {
        return engine.executor.slots();
    }

    private void dropUnused() {
        client.jobs(client.memberId()).thenAcceptAsync(jobs -> {
            Set<String> live = new HashSet<>();
            for (Job j : jobs) {
                live.add(j.moduleHash());
                live.add(j.inputHash());
            }
            int dropped = engine.blobs.retainOnly(live, KEEP_UNUSED);
            if (dropped > 0) {
                LOG.info("Dropped {} blobs no unfinished job of member {} names", dropped, client.memberId());
            }
        }, io).exceptionally(e -> {
            LOG.debug("Could not sweep the blobs of member {}: {}", client.memberId(), e.toString());
            return null;
        });
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        agent.close();
        timer.shutdownNow();
        io.shutdownNow();
        engine.close();
    }
}
