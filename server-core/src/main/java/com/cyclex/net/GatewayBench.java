package com.cyclex.net;

import com.cyclex.api.AdmitMember;
import com.cyclex.api.CancelAll;
import com.cyclex.api.Command;
import com.cyclex.api.CommandResult;
import com.cyclex.api.CreateMarket;
import com.cyclex.api.MintCredits;
import com.cyclex.api.PlaceOrder;
import com.cyclex.bench.JitWarmUp;
import com.cyclex.host.ExchangeHost;
import com.cyclex.market.MarketSpec;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import com.cyclex.member.MemberRegistry;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * `cyclex bench --gateway`: the network path measured over TLS on loopback, against a durable host (each
 * command acknowledged after its group commit): commands/s from one client pipelining on the stream, commands/s
 * from many clients each waiting for its own answer over HTTP, and the acknowledgement latency at a steady rate.
 * Every command must be answered, and accepted, or the bench fails loudly.
 */
public final class GatewayBench {
    private static final long HOST = MemberRegistry.HOST_ID;
    private static final int WARM_ROUND = 50_000;
    private static final long WARM_MILLIS = 120_000;
    /**
     * Rounds of the pipelined run, of which the median is the figure: on two shared cores one round differs from
     * the next by up to a quarter, so one round alone says more about the moment than about the gateway.
     */
    private static final int PIPELINED_ROUNDS = 5;
    /** Commands a pipelining client keeps unanswered at most. */
    private static final int WINDOW = 4_000;

    private final Path dir;
    private final PrintStream out;
    private final int pipelined;
    private final int clients;
    private final int perClient;
    private final int rate;
    private final int seconds;

    public GatewayBench(Path dir, PrintStream out, int pipelined, int clients, int perClient, int rate, int seconds) {
        this.dir = dir;
        this.out = out;
        this.pipelined = pipelined;
        this.clients = clients;
        this.perClient = perClient;
        this.rate = rate;
        this.seconds = seconds;
    }

    public void run() {
        GatewayOptions options = GatewayOptions.defaults("127.0.0.1", 0).withCommandRate(10_000_000, 10_000_000)
                .withQueryRate(10_000_000, 10_000_000).withAnonymousRate(100_000);
        try (ExchangeHost host = ExchangeHost.open(dir);
             Gateway gateway = Gateway.start(new HostAdapter(host), dir, options)) {
            int market = (int) check(host.execute(new CreateMarket(HOST, MarketSpec.spot("BENCH", 10, 1, 1, 1000)))).id();
            out.println("gateway bench on " + dir + " (durable host, TLS over loopback, " + gateway.joinAddress() + ")");

            try (RemoteClient one = client(host, gateway, "pipe")) {
                awaitStream(one);
                JitWarmUp.Outcome warmed = warm(one, market);
                Work before = Work.of(host);
                double[] rounds = new double[PIPELINED_ROUNDS];
                for (int i = 0; i < rounds.length; i++) {
                    rounds[i] = pipelined(one, market, pipelined);
                }
                Work done = Work.of(host).minus(before);
                done.check("pipelined", placed(pipelined) * rounds.length);
                out.printf(Locale.ROOT, "pipelined, 1 client: %,.0f commands/s, the median of %d rounds of %,d commands on the"
                        + " stream (%s) after %s; %s%n", median(rounds), rounds.length, pipelined, perSecond(rounds), warmed, done);
            }

            for (boolean streams : new boolean[] {false, true}) {
                // With streams, every command's events go to every member and all of them read it here, on the same
                // two cores: a tenth of the commands say as much.
                int each = streams ? Math.max(20, perClient / 10) : perClient;
                List<RemoteClient> many = new ArrayList<>();
                try {
                    for (int i = 0; i < clients; i++) {
                        many.add(client(host, gateway, (streams ? "s" : "c") + i, streams));
                    }
                    if (streams) {
                        for (RemoteClient c : many) {
                            awaitStream(c);
                        }
                    }
                    Work before = Work.of(host);
                    double perSecond = concurrent(many, market, each);
                    Work done = Work.of(host).minus(before);
                    done.check(clients + " clients", placed(each) * clients);
                    out.printf(Locale.ROOT, "%d clients over HTTP, each waiting for its answer, %s: %,.0f commands/s (%,d commands;"
                            + " %s)%n", clients, streams ? "each with its live stream open (the events of every command go"
                            + " to all " + clients + ", read in this same process)" : "commands only (no streams)", perSecond,
                            (long) clients * each, done);
                } finally {
                    many.forEach(RemoteClient::close);
                }
            }

            // The terminal's and RemoteClient's path (the open stream), then a request each, as a bot without a stream
            for (boolean overHttp : new boolean[] {false, true}) {
                try (RemoteClient steady = client(host, gateway, overHttp ? "steady-http" : "steady")) {
                    awaitStream(steady);
                    warmSteady(steady, market, overHttp);
                    Work before = Work.of(host);
                    long[] micros = steady(steady, market, overHttp);
                    Work done = Work.of(host).minus(before);
                    done.check("steady", placed(rate * seconds));
                    out.printf(Locale.ROOT, "acknowledgement at a steady %,d commands/s %s for %d s: p50 %.2f ms, p99 %.2f ms, "
                            + "p99.9 %.2f ms, max %.2f ms (%,d commands, each timed from when it was due; %s)%n", rate,
                            overHttp ? "over HTTP, a request each" : "on the stream (RemoteClient.submit)", seconds,
                            pct(micros, 50), pct(micros, 99), pct(micros, 99.9), micros[micros.length - 1] / 1000.0,
                            micros.length, done);
                }
            }
        }
    }

    /** The orders among the first {@code n} commands of {@link #command}: each one the exchange must have applied. */
    static long placed(long n) {
        return n - n / 500;
    }

    /**
     * What the exchange did during a run, read from the host itself rather than from the answers: the orders it
     * applied, the commands it sequenced and the journal syncs they were made durable with.
     */
    record Work(long orders, long commands, long syncs) {
        static Work of(ExchangeHost host) {
            return new Work(host.read(x -> x.figures().orderCommands()), host.lastSeq(), host.journalSyncTimes().count());
        }

        Work minus(Work before) {
            return new Work(orders - before.orders, commands - before.commands, syncs - before.syncs);
        }

        /** Fails the bench unless the exchange applied exactly the orders the run sent. */
        void check(String run, long expectedOrders) {
            if (orders != expectedOrders) {
                throw new IllegalStateException("The " + run + " run sent " + expectedOrders + " orders, but the exchange "
                        + "applied " + orders + ".");
            }
            if (syncs < 1 || commands < orders) {
                throw new IllegalStateException("The " + run + " run's " + orders + " orders were sequenced as " + commands
                        + " commands in " + syncs + " journal syncs.");
            }
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "the exchange applied %,d orders, journaled in %,d syncs, %.1f commands a sync",
                    orders, syncs, syncs == 0 ? 0.0 : (double) commands / syncs);
        }
    }

    private RemoteClient client(ExchangeHost host, Gateway gateway, String name) {
        return client(host, gateway, name, true);
    }

    private RemoteClient client(ExchangeHost host, Gateway gateway, String name, boolean stream) {
        Membership m = RemoteClient.join(gateway.joinAddress(), name);
        check(host.execute(new AdmitMember(HOST, m.memberId())));
        check(host.execute(new MintCredits(HOST, m.memberId(), 1_000_000_000_000L)));
        return stream ? RemoteClient.connect(m) : RemoteClient.commandsOnly(m);
    }

    private static void awaitStream(RemoteClient c) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!c.streaming()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The stream did not open: " + c.status().sentence());
            }
            sleep(10);
        }
    }

    /** A bid low in the band, or every 500th command a cancel of all: the book stays small and nothing trades. */
    private static Command command(long member, int market, long i) {
        return i % 500 == 499 ? new CancelAll(member, market)
                : PlaceOrder.limit(member, market, Side.BID, 1 + i % 40, 1, TimeInForce.GTC);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String perSecond(double[] rounds) {
        StringBuilder b = new StringBuilder();
        for (double r : rounds) {
            b.append(b.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%,.0f", r));
        }
        return b.append("/s").toString();
    }

    /** Rounds of pipelined commands until the JIT compiler works under 2% of a round (see {@link JitWarmUp}). */
    private JitWarmUp.Outcome warm(RemoteClient c, int market) {
        int round = Math.min(WARM_ROUND, pipelined);
        return JitWarmUp.until(() -> pipelined(c, market, round), 2, WARM_MILLIS);
    }

    /**
     * Sends {@code n} commands keeping at most {@link #WINDOW} unanswered. Nothing holds the answers once counted:
     * a list of a round's futures was hundreds of thousands of live objects that every young collection copied
     * (pauses of ~80 ms, a dozen in 20 s).
     */
    private double pipelined(RemoteClient c, int market, int n) {
        Semaphore window = new Semaphore(WINDOW);
        AtomicLong rejected = new AtomicLong();
        AtomicReference<Object> firstRefusal = new AtomicReference<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            window.acquireUninterruptibly();
            c.submitPipelined(command(c.memberId(), market, i)).whenComplete((r, e) -> {
                if (e != null || !r.accepted()) {
                    rejected.incrementAndGet();
                    firstRefusal.compareAndSet(null, e != null ? e : r);
                }
                window.release();
            });
        }
        window.acquireUninterruptibly(WINDOW); // every answer is in
        long nanos = System.nanoTime() - t0;
        window.release(WINDOW);
        if (rejected.get() > 0) {
            throw new IllegalStateException(rejected.get() + " of " + n + " pipelined commands were not accepted: " + firstRefusal.get());
        }
        return n * 1e9 / nanos;
    }

    private double concurrent(List<RemoteClient> many, int market, int perClient) {
        List<Thread> threads = new ArrayList<>();
        AtomicLong rejected = new AtomicLong();
        long t0 = System.nanoTime();
        for (RemoteClient c : many) {
            Thread t = new Thread(() -> {
                for (int i = 0; i < perClient; i++) {
                    if (!c.submitOverHttp(command(c.memberId(), market, i)).join().accepted()) {
                        rejected.incrementAndGet();
                    }
                }
            }, "bench-client-" + c.memberId());
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        long nanos = System.nanoTime() - t0;
        if (rejected.get() > 0) {
            throw new IllegalStateException(rejected.get() + " commands from the concurrent clients were not accepted");
        }
        return (double) many.size() * perClient * 1e9 / nanos;
    }

    /** The code path warmed, and the connection pool grown to what the rate needs, before anything is timed. */
    private void warmSteady(RemoteClient c, int market, boolean overHttp) {
        for (int i = 0; i < 500; i++) {
            send(c, command(c.memberId(), market, i), overHttp).join();
        }
        List<CompletableFuture<CommandResult>> answers = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < 2 * rate; i++) {
            waitUntil(start + i * (1_000_000_000L / rate));
            answers.add(send(c, command(c.memberId(), market, i), overHttp));
        }
        answers.forEach(CompletableFuture::join);
        send(c, new CancelAll(c.memberId(), market), overHttp).join();
    }

    private static CompletableFuture<CommandResult> send(RemoteClient c, Command command, boolean overHttp) {
        return overHttp ? c.submitOverHttp(command) : c.submit(command);
    }

    /**
     * Open loop: a command every 1/rate s whatever the answers do, each timed from when it was due (a send held up
     * by a stall counts the stall). The sender sleeps between commands: a spinning one took a core of the two.
     */
    private long[] steady(RemoteClient c, int market, boolean overHttp) {
        int n = rate * seconds;
        long[] micros = new long[n];
        List<CompletableFuture<CommandResult>> answers = new ArrayList<>(n);
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            long due = start + i * interval;
            waitUntil(due);
            int k = i;
            answers.add(send(c, command(c.memberId(), market, i), overHttp).whenComplete((r, e) ->
                    micros[k] = (System.nanoTime() - due) / 1000));
        }
        List<CommandResult> results = answers.stream().map(CompletableFuture::join).toList();
        if (results.stream().anyMatch(r -> !r.accepted())) {
            throw new IllegalStateException("a steady-rate command was not accepted: "
                    + results.stream().filter(r -> !r.accepted()).findFirst().orElse(null));
        }
        Arrays.sort(micros);
        return micros;
    }

    private static void waitUntil(long nanoTime) {
        long wait;
        while ((wait = nanoTime - System.nanoTime()) > 0) {
            java.util.concurrent.locks.LockSupport.parkNanos(wait);
        }
    }

    private static double pct(long[] sorted, double p) {
        int i = (int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1);
        return sorted[Math.max(0, i)] / 1000.0;
    }

    private static CommandResult check(CommandResult r) {
        if (!r.accepted()) {
            throw new IllegalStateException("The bench's setup was refused: " + r);
        }
        return r;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
