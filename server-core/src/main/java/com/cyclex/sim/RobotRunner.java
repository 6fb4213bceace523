package com.cyclex.sim;

import com.cyclex.api.CommandResult;
import com.cyclex.api.ExchangeClient;
import com.cyclex.api.ResultCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs robots on a thread of its own at a target rate of commands per second, which may change while it runs.
 * Robots send through each member's {@link ExchangeClient}, so the same runner works for robots of a remote
 * exchange. It never floods the exchange: while {@link #MAX_IN_FLIGHT} commands are unanswered it sends no
 * more. It learns what robots need cheaply: the touch of each market by one depth query every
 * {@link #REFRESH_MILLIS} ms, everything else from command results and the exchange's events.
 *
 * <p>Only the runner's thread touches the robots. Answers and events arrive on client threads and are
 * queued for it; nothing the runner calls waits.
 */
public final class RobotRunner implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RobotRunner.class);

    public static final int DEFAULT_RATE = 20;
    public static final int MAX_RATE = 20_000;
    /**
     * Unanswered commands at most. An acknowledgement waits for a group commit, which takes tens of milliseconds
     * under load; at 5000 commands/s this allows 50 ms before the runner waits. More would not go faster (the
     * exchange's batches only grow) but would make the robots' views staler, and it is a small share of the
     * sequencer's inbox, so other members' commands never queue behind a flood of robots.
     */
    public static final int MAX_IN_FLIGHT = 256;
    static final long REFRESH_MILLIS = 50;
    /** How long {@link #close} waits for the commands in flight to be answered. */
    private static final long DRAIN_MILLIS = 10_000;

    private final List<RobotSeat> seats;
    private final Map<Long, ExchangeClient> clients;
    private final ExchangeClient observer;
    private final RobotCounters counters = new RobotCounters();
    private final RobotFloor floor;
    private final Queue<Runnable> inbox = new ConcurrentLinkedQueue<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final CompletableFuture<Void> stopped = new CompletableFuture<>();
    private final Thread thread;
    private volatile int rate = DEFAULT_RATE;
    private volatile boolean stopping;
    private boolean started;

    // Owned by the runner's thread.
    private final int[] markets;
    private final long[] lastRefresh;
    private final boolean[] refreshing;
    private AutoCloseable subscription;

    /**
     * A runner for these robots. It owns the clients (one per robot member) and closes them when it stops.
     *
     * @param seed makes the order in which robots take turns repeatable
     */
    public RobotRunner(List<RobotSeat> seats, Map<Long, ? extends ExchangeClient> clients, long seed) {
        if (seats.isEmpty()) {
            throw new IllegalArgumentException("a runner needs at least one robot");
        }
        this.seats = List.copyOf(seats);
        this.clients = new LinkedHashMap<>(clients);
        for (RobotSeat seat : seats) {
            if (!clients.containsKey(seat.memberId())) {
                throw new IllegalArgumentException("no client for member " + seat.memberId() + " of " + seat.name());
            }
        }
        this.observer = this.clients.get(seats.get(0).memberId());
        this.floor = new RobotFloor(seats, seed, counters);
        this.markets = floor.markets().stream().mapToInt(Integer::intValue).toArray();
        this.lastRefresh = new long[markets.length];
        this.refreshing = new boolean[markets.length];
        this.thread = new Thread(this::run, "cyclex-robots");
        this.thread.setDaemon(true);
    }

    /** Starts the robots; they begin sending once they have heard where the markets stand. */
    public synchronized void start() {
        if (started) {
            throw new IllegalStateException("a runner starts once");
        }
        started = true;
        thread.start();
    }

    /** Sets the target rate, commands per second, from 0 (paused) to {@link #MAX_RATE}; takes effect at once. */
    public void setRate(int commandsPerSecond) {
        rate = Math.max(0, Math.min(MAX_RATE, commandsPerSecond));
    }

    public int rate() {
        return rate;
    }

    /** The counters now; cheap, callable from any thread. */
    public RobotStats stats() {
        return counters.snapshot(inFlight.get(), maxInFlight.get(), rate);
    }

    /** The robots this runner drives. */
    public List<RobotSeat> seats() {
        return seats;
    }

    /** Whether the runner's thread is sending or still finishing. */
    public boolean running() {
        return thread.isAlive() && !stopped.isDone();
    }

    /**
     * Stops sending at once; the future completes when every command sent has been answered (or after 10 s)
     * and the clients are closed. Does not wait, so a UI thread may call it.
     */
    public CompletableFuture<Void> stop() {
        synchronized (this) {
            stopping = true;
            if (!started) {
                started = true;
                closeClients();
                stopped.complete(null);
            }
        }
        LockSupport.unpark(thread);
        return stopped;
    }

    /** Stops and waits until no command of the robots is left in flight: none is sent after this returns. */
    @Override
    public void close() {
        try {
            stop().get(DRAIN_MILLIS + 5_000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("The robots did not stop cleanly", e);
        }
    }

    // ---- the runner's thread -------------------------------------------------------------------------

    private void run() {
        try {
            listen();
            trade();
            drain();
        } catch (RuntimeException | Error e) {
            LOG.error("The robots stopped on an unexpected error", e);
        } finally {
            closeClients();
            stopped.complete(null);
        }
    }

    /** Subscribes first, then asks where things stand, so no change falls between the answers and the events. */
    private void listen() {
        subscription = observer.subscribe(events -> inbox.add(() -> floor.eventsHeard(events)));
        whenAnswered(observer.markets(), floor::marketsKnown);
        whenAnswered(observer.members(), floor::membersKnown);
        for (int market : markets) {
            whenAnswered(observer.recentTrades(market, 1), floor::tradesKnown);
        }
        for (long member : floor.members()) {
            ExchangeClient client = clients.get(member);
            whenAnswered(client.account(member), floor::accountKnown);
            whenAnswered(client.openOrders(member), open -> floor.ordersKnown(member, open));
        }
    }

    private <T> void whenAnswered(CompletableFuture<T> answer, Consumer<T> use) {
        answer.whenComplete((value, failure) -> {
            if (value != null) {
                inbox.add(() -> use.accept(value));
            }
        });
    }

    private void trade() {
        double tokens = 0;
        long last = System.nanoTime();
        while (!stopping) {
            hear();
            if (floor.exchangeStopped()) {
                LOG.warn("The exchange takes no more commands; the robots stop");
                stopping = true;
                break;
            }
            long now = System.nanoTime();
            refresh(now);
            int r = rate;
            // A token bucket holding at most 50 ms of commands: a pause does not turn into a burst, and rate 0
            // stops at once rather than spending what was left.
            tokens = r == 0 ? 0 : Math.min(tokens + r * ((now - last) / 1e9), Math.max(1.0, r / 20.0));
            last = now;
            int idle = 0;
            while (tokens >= 1 && inFlight.get() + OrderPad.MAX_PER_TURN <= MAX_IN_FLIGHT && idle < floor.size() && !stopping) {
                int sent = floor.turn(this::send);
                if (sent == 0) {
                    idle++;
                } else {
                    tokens -= sent;
                }
            }
            long waitNanos = r > 0 && tokens < 1 ? (long) ((1 - tokens) / r * 1e9) : 1_000_000;
            LockSupport.parkNanos(Math.max(100_000, Math.min(5_000_000, waitNanos)));
        }
    }

    private void send(RobotFloor.Sent sent) {
        int n = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(n, Math::max);
        CompletableFuture<CommandResult> answer;
        try {
            answer = clients.get(sent.memberId()).submit(sent.command());
        } catch (RuntimeException e) {
            answer = CompletableFuture.completedFuture(unavailable(e));
        }
        answer.whenComplete((result, failure) -> {
            inFlight.decrementAndGet();
            CommandResult heard = result != null ? result : unavailable(failure);
            inbox.add(() -> floor.resultHeard(sent, heard));
        });
    }

    private static CommandResult unavailable(Throwable why) {
        return CommandResult.reject(ResultCode.EXCHANGE_UNAVAILABLE, "The command could not be sent: " + why);
    }

    private void hear() {
        Runnable r;
        while ((r = inbox.poll()) != null) {
            r.run();
        }
    }

    /** One depth query per market at a time, at most every {@link #REFRESH_MILLIS} ms. */
    private void refresh(long now) {
        for (int i = 0; i < markets.length; i++) {
            if (refreshing[i] || now - lastRefresh[i] < REFRESH_MILLIS * 1_000_000) {
                continue;
            }
            int slot = i;
            refreshing[i] = true;
            lastRefresh[i] = now;
            observer.depth(markets[i], 1).whenComplete((depth, failure) -> inbox.add(() -> {
                refreshing[slot] = false;
                if (depth != null) {
                    floor.depthKnown(depth);
                }
            }));
        }
    }

    /** Waits for the answers to what was sent, so that counters are complete and nothing arrives after close. */
    private void drain() {
        long deadline = System.nanoTime() + DRAIN_MILLIS * 1_000_000;
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            hear();
            LockSupport.parkNanos(1_000_000);
        }
        hear();
        if (inFlight.get() > 0) {
            LOG.warn("{} robot commands were still unanswered after {} ms", inFlight.get(), DRAIN_MILLIS);
        }
    }

    private void closeClients() {
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception e) {
                LOG.warn("Could not unsubscribe the robots", e);
            }
        }
        List<ExchangeClient> all = new ArrayList<>(clients.values());
        for (ExchangeClient client : all) {
            client.close();
        }
    }
}
