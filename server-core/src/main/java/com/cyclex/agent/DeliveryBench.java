package com.cyclex.agent;

import com.cyclex.api.AdmitMember;
import com.cyclex.api.Command;
import com.cyclex.api.CommandResult;
import com.cyclex.api.CreateMarket;
import com.cyclex.api.DeclareCapacity;
import com.cyclex.api.ExchangeEvent;
import com.cyclex.api.MintCredits;
import com.cyclex.api.PlaceOrder;
import com.cyclex.api.RegisterMember;
import com.cyclex.api.SetVerification;
import com.cyclex.api.SubmitJob;
import com.cyclex.host.ExchangeHost;
import com.cyclex.host.LocalClient;
import com.cyclex.host.SequencerOptions;
import com.cyclex.job.BlobKind;
import com.cyclex.job.JobLimits;
import com.cyclex.job.builtin.PrimeCount;
import com.cyclex.lease.Job;
import com.cyclex.lease.JobState;
import com.cyclex.market.MarketSpec;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import com.cyclex.member.MemberRegistry;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Jobs through the whole path on a durable host: the buyer stores blobs and submits (journaled), the seller's
 * agent claims (journaled), runs in the sandbox, stores the output and reports (journaled), on a lease of as
 * many cores as this machine has. Small prime counts, so the figure is the path's cost, not the work's; every
 * output is checked against plain Java, or the run fails.
 */
public final class DeliveryBench {
    private static final long HOST = MemberRegistry.HOST_ID;

    /** How many jobs, how long from the first submit to the last report, and the share checked again. */
    public record Result(int jobs, int cores, long nanos, int verifyBps) {
        public double jobsPerSecond() {
            return jobs / (nanos / 1e9);
        }
    }

    private DeliveryBench() {
    }

    public static Result run(Path dir, int jobs, int verifyBps) {
        int cores = Runtime.getRuntime().availableProcessors();
        try (ExchangeHost host = ExchangeHost.open(dir, SequencerOptions.defaults())) {
            Delivery delivery = Delivery.start(host, JobLimits.defaults().withMaxMemoryBytes(16L << 20), SellerWatch.DEFAULT_TIMEOUT_MILLIS);
            for (Command c : List.of(new RegisterMember(0, "buyer", ""), new RegisterMember(0, "seller", ""),
                    new AdmitMember(HOST, 2), new AdmitMember(HOST, 3), new MintCredits(HOST, 2, 1_000_000_000L),
                    new DeclareCapacity(3, cores), new CreateMarket(HOST, MarketSpec.spot("CPU-BENCH", 60, 1, 1, 1000)),
                    PlaceOrder.limit(3, 1, Side.ASK, 10, cores, TimeInForce.GTC),
                    PlaceOrder.limit(2, 1, Side.BID, 10, cores, TimeInForce.GTC), new SetVerification(HOST, verifyBps, 7))) {
                CommandResult r = host.execute(c);
                if (!r.accepted()) {
                    throw new IllegalStateException("delivery bench setup failed: " + c + " -> " + r);
                }
            }
            long lease = host.read(x -> x.leasesOf(2)).get(0).id();
            Map<Long, Job> finished = new ConcurrentHashMap<>();
            CountDownLatch all = new CountDownLatch(jobs);
            try (AutoCloseable watch = host.subscribe(events -> {
                for (ExchangeEvent e : events) {
                    if (e instanceof ExchangeEvent.JobUpdated u && u.job().state().finished()
                            && finished.putIfAbsent(u.job().id(), u.job()) == null) {
                        all.countDown();
                    }
                }
            })) {
                delivery.agentFor(new LocalClient(host, 3));
                String module = delivery.blobs().put(BlobKind.MODULE, new PrimeCount(0, 1).kind().module());
                String input = delivery.blobs().put(BlobKind.INPUT, new byte[0]);
                PrimeCount[] work = new PrimeCount[jobs];
                Map<Long, Integer> which = new ConcurrentHashMap<>();
                long start = System.nanoTime();
                for (int i = 0; i < jobs; i++) {
                    work[i] = new PrimeCount(i * 1_000L, i * 1_000L + 1_000);
                    // The lease queues at most so many at once: wait for room as a buyer would.
                    CommandResult r;
                    while (!(r = host.execute(new SubmitJob(2, lease, module, work[i].args(), input))).accepted()) {
                        Thread.sleep(1);
                    }
                    which.put(r.id(), i);
                }
                if (!all.await(5, TimeUnit.MINUTES)) {
                    throw new IllegalStateException("Only " + finished.size() + " of " + jobs + " jobs finished in 5 minutes.");
                }
                long nanos = System.nanoTime() - start;
                for (Job j : finished.values()) {
                    PrimeCount w = work[which.get(j.id())];
                    byte[] out = j.state() == JobState.DONE ? delivery.blobs().get(j.outputHash(), BlobKind.OUTPUT) : null;
                    if (out == null || !Arrays.equals(out, w.expectedOutput())) {
                        throw new IllegalStateException("Job " + j.id() + " (" + w + ") ended " + j.state() + " " + j.outcome()
                                + " without the right output.");
                    }
                }
                return new Result(jobs, cores, nanos, verifyBps);
            } catch (Exception e) {
                throw e instanceof RuntimeException re ? re : new IllegalStateException(e);
            }
        }
    }
}
