package com.cyclex.sim;

import com.cyclex.agent.Delivery;
import com.cyclex.agent.SellerAgent;
import com.cyclex.api.SubmitJob;
import com.cyclex.host.ExchangeHost;
import com.cyclex.host.LocalClient;
import com.cyclex.job.BlobKind;
import com.cyclex.job.builtin.MandelbrotTile;
import com.cyclex.job.builtin.MonteCarloPi;
import com.cyclex.job.builtin.PrimeCount;
import com.cyclex.job.builtin.Workload;
import com.cyclex.lease.Job;
import com.cyclex.lease.Lease;
import com.cyclex.lease.LeaseState;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The demo delivers too: every robot runs the jobs on the leases it sold (a seller's agent each), and the
 * robots that bought capacity put built-in workloads on it (Mandelbrot tiles, prime counts, Monte Carlo π),
 * one job at a time per lease and at most one new job a second in all, so a demo shows leases living and
 * credits moving without taking the machine's cores from its owner.
 */
public final class DemoDelivery implements AutoCloseable {
    private static final List<MandelbrotTile> TILES = MandelbrotTile.covering(512, 512, 64, 400);

    private final ExchangeHost host;
    private final Delivery delivery;
    private final List<Long> robots;
    private final List<SellerAgent> agents = new ArrayList<>();
    private final ScheduledExecutorService timer;
    private final AtomicLong made = new AtomicLong();
    private final String emptyInput;

    private DemoDelivery(ExchangeHost host, Delivery delivery, Collection<Long> robots) {
        this.host = host;
        this.delivery = delivery;
        this.robots = List.copyOf(robots);
        this.emptyInput = delivery.blobs().put(BlobKind.INPUT, new byte[0]);
        for (long robot : this.robots) {
            agents.add(delivery.agentFor(new LocalClient(host, robot)));
        }
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "cyclex-demo-jobs");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::submitOne, 1, 1, TimeUnit.SECONDS);
    }

    public static DemoDelivery start(ExchangeHost host, Delivery delivery, Collection<Long> robots) {
        return new DemoDelivery(host, delivery, robots);
    }

    /** Jobs the demo's buyers have submitted. */
    public long jobsSubmitted() {
        return made.get();
    }

    /** Finds one active lease a robot bought that has no job open, and gives it the next workload. */
    private void submitOne() {
        host.query(x -> {
            for (long robot : robots) {
                List<Job> open = x.jobsOf(robot);
                for (Lease lease : x.leasesOf(robot)) {
                    if (lease.buyerId() == robot && lease.state() == LeaseState.ACTIVE
                            && open.stream().noneMatch(j -> j.lease() == lease.id())) {
                        return lease;
                    }
                }
            }
            return null;
        }).thenAccept(lease -> {
            if (lease != null) {
                Workload w = next(made.getAndIncrement());
                String module = delivery.blobs().put(BlobKind.MODULE, w.kind().module());
                host.submit(new SubmitJob(lease.buyerId(), lease.id(), module, w.args(), emptyInput));
            }
        }).exceptionally(e -> null);
    }

    /** Small workloads, a fraction of a second each, in turn. */
    static Workload next(long n) {
        return switch ((int) (n % 3)) {
            case 0 -> TILES.get((int) ((n / 3) % TILES.size()));
            case 1 -> new PrimeCount(1 + (n / 3) % 50 * 100_000, 100_000 + (n / 3) % 50 * 100_000);
            default -> new MonteCarloPi(n, 500_000);
        };
    }

    @Override
    public void close() {
        timer.shutdownNow();
        agents.forEach(SellerAgent::close);
    }
}
