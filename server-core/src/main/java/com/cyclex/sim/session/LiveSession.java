package com.cyclex.sim.session;

import com.cyclex.api.CommandResult;
import com.cyclex.api.ResultCode;
import com.cyclex.host.ExchangeHost;
import com.cyclex.market.Side;
import com.cyclex.sim.RobotTrader;
import com.cyclex.sim.measure.PeriodFigures;
import com.cyclex.sim.robots.SeatRobots;
import com.cyclex.sim.scenario.RobotKind;
import com.cyclex.sim.scenario.Scenario;
import com.cyclex.sim.scenario.ScenarioParser;
import com.cyclex.sim.scenario.ScenarioWriter;
import com.cyclex.store.SessionRecord;
import com.cyclex.store.SessionStore;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A scenario run live on a host: the instructor starts, pauses and ends periods (a period also ends when its time is
 * up), members ask for seats, and each seat nobody trades (unheld, or its holder silent past the allowed silence) is
 * traded by its robot. Everything happens on the session's own thread, which is the only one that touches the
 * {@link Session} and may wait for the host; callers get futures completed there, and readers take the latest
 * {@link LiveState}, which is published after every change. Each step a restart must not lose is saved in the host's
 * store before it is answered ({@link SessionKeeper}), so a host that stops, cleanly or not, takes the session up
 * again on its next start ({@link #resume}).
 */
public final class LiveSession implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LiveSession.class);

    /**
     * @param standIn the robot that trades a students' seat nobody holds (a seat the scenario gives a robot keeps it)
     * @param silenceMillis how long a holder may be silent before its seat's robot trades for it
     * @param seed seeds the robots and the reshuffles, so a session's robots can be run again
     * @param clock epoch milliseconds
     */
    public record Options(RobotKind standIn, long silenceMillis, long seed, LongSupplier clock) {
        public static Options defaults() {
            return new Options(RobotKind.ZIC, 10_000, System.nanoTime(), System::currentTimeMillis);
        }

        public Options withSilence(long millis) {
            return new Options(standIn, millis, seed, clock);
        }

        public Options withClock(LongSupplier clock) {
            return new Options(standIn, silenceMillis, seed, clock);
        }

        public Options withSeed(long seed) {
            return new Options(standIn, silenceMillis, seed, clock);
        }

        public Options withStandIn(RobotKind kind) {
            return new Options(kind, silenceMillis, seed, clock);
        }
    }

    private final ScheduledExecutorService thread;
    private final Options options;
    private final Session session;
    private final String symbol;
    private final SeatHolders holders;
    private final RobotTrader[] robots;
    private final SeatDesk[] desks;
    private final String[] robotNames;
    private final SplittableRandom random;
    private final SessionKeeper keeper;
    private final List<TradeRecord> periodTrades = new ArrayList<>();
    private final List<Consumer<LiveState>> watchers = new CopyOnWriteArrayList<>();
    private final long started;
    private boolean reshuffle;
    private boolean changed = true;
    private long lastPublished;
    private long periodStartedAt;
    private long version;
    private volatile LiveState state;
    private volatile boolean closed;

    private LiveSession(ScheduledExecutorService thread, SessionStore store, Session session, String symbol, long started,
                        boolean reshuffle, Options options) {
        this.thread = thread;
        this.options = options;
        this.symbol = symbol;
        this.random = new SplittableRandom(options.seed());
        this.reshuffle = reshuffle;
        this.started = started;
        this.session = session;
        Scenario scenario = session.scenario();
        this.keeper = new SessionKeeper(store, symbol, session.market(), ScenarioWriter.write(scenario), options.seed(), started);
        int n = scenario.seats().size();
        boolean[] studentSeat = new boolean[n];
        robots = new RobotTrader[n];
        desks = new SeatDesk[n];
        robotNames = new String[n];
        for (int i = 0; i < n; i++) {
            RobotKind planned = scenario.seats().get(i).robot();
            studentSeat[i] = planned == null;
            RobotKind kind = planned != null ? planned : options.standIn();
            desks[i] = new SeatDesk(session, i);
            robots[i] = SeatRobots.create(kind, desks[i].seat(), random.nextLong());
            robotNames[i] = kind.name();
            if (robots[i] instanceof SessionListener learner) {
                session.listen(learner);
            }
        }
        holders = new SeatHolders(studentSeat, options.silenceMillis());
        session.listen(new SessionListener() {
            @Override
            public void periodStarted(int period, long time) {
                periodTrades.clear();
                periodStartedAt = time;
                changed = true;
            }

            @Override
            public void order(OrderRecord order) {
                changed = true;
            }

            @Override
            public void trade(TradeRecord trade) {
                periodTrades.add(trade);
                keeper.trade(trade);
                changed = true;
            }

            @Override
            public void periodEnded(PeriodFigures figures, long time) {
                changed = true;
            }
        });
    }

    /**
     * Lists the session's market (the first free symbol CLASS-1, CLASS-2, …) and its seats' members on the host, on
     * the session's own thread, saves its record and starts its clock. The future fails when the host refuses the
     * set-up.
     */
    public static CompletableFuture<LiveSession> open(ExchangeHost host, Scenario scenario, Options options) {
        return start(thread -> {
            String symbol = freeSymbol(host);
            long started = options.clock().getAsLong();
            Session session = new Session(scenario, new HostVenue(host, null), symbol, symbol + ".", started);
            return new LiveSession(thread, host.sessions(), session, symbol, started, scenario.rolesReshuffled(), options);
        });
    }

    /**
     * Takes up the session the host was running when it stopped (closed or killed), on its own thread: the same
     * scenario, seats, holders, periods and figures; a period that was running comes back paused, for the instructor
     * to resume once the students are back (robots would otherwise trade alone in the meantime). Holders count as
     * away until they are heard from. The seed is the session's own; {@code options} give the rest. The future has
     * null when no session was live.
     */
    public static CompletableFuture<LiveSession> resume(ExchangeHost host, Options options) {
        return resume(host, options, session -> { });
    }

    /**
     * As {@link #resume(ExchangeHost, Options)}, handing the restored session to {@code beforeCatchUp} (on the session's
     * thread) before the trades its save missed are booked and its standing orders withdrawn, so that a listener
     * attached there (the export) hears those too.
     */
    public static CompletableFuture<LiveSession> resume(ExchangeHost host, Options options, Consumer<Session> beforeCatchUp) {
        SessionRecord record;
        try {
            record = host.sessions().live();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        if (record == null) {
            return CompletableFuture.completedFuture(null);
        }
        return start(thread -> {
            Scenario scenario = ScenarioParser.parse(record.scenario(), "the saved session " + record.symbol());
            long[] members = record.seats().stream().mapToLong(SessionRecord.Seat::memberId).toArray();
            Session session = new Session(scenario, new HostVenue(host, null), record.symbol(), record.market(), members,
                    record.sessionTime());
            LiveSession live = new LiveSession(thread, host.sessions(), session, record.symbol(), record.startedAt(),
                    record.rolesReshuffled(), options.withSeed(record.seed()));
            live.restore(record, host.sessions().trades(record.symbol()).stream().map(SessionKeeper::trade).toList());
            beforeCatchUp.accept(session);
            session.catchUpAfterRestore();
            return live;
        });
    }

    private void restore(SessionRecord record, List<TradeRecord> trades) {
        for (int i = 0; i < record.seats().size(); i++) {
            SessionRecord.Seat seat = record.seats().get(i);
            if (seat.holderId() != 0) {
                holders.restore(i, seat.holderId(), seat.holderName());
            }
        }
        for (TradeRecord t : trades) {
            if (t.period() == record.period()) {
                periodTrades.add(t);
            }
        }
        periodStartedAt = record.periodStart();
        relearn(record.robotLearning());
        session.restore(new Session.Saved(record.period(), record.open(), record.paused(), record.periodStart(),
                record.periodEnd(), record.pausedAt(), record.sessionTime(), record.seqFloor()), trades);
        LOG.info("Live session {} of {} taken up again at period {} ({})", symbol, session.scenario().name(), session.period(),
                !session.open() ? "no period open" : "paused");
    }

    private static Thread thread(Runnable r) {
        Thread t = new Thread(r, "cyclex-session");
        t.setDaemon(true);
        return t;
    }

    /** Makes the session on its own new thread, saves its record, publishes its state and starts its clock. */
    private static CompletableFuture<LiveSession> start(Function<ScheduledExecutorService, LiveSession> make) {
        ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(LiveSession::thread);
        CompletableFuture<LiveSession> opened = new CompletableFuture<>();
        thread.execute(() -> {
            try {
                LiveSession live = make.apply(thread);
                live.keep();
                live.publish();
                long tick = Math.max(10, 1000L / live.session.scenario().pace());
                thread.scheduleAtFixedRate(live::tick, tick, tick, TimeUnit.MILLISECONDS);
                LOG.info("Live session of {} open as market {} ({} seats)", live.session.scenario().name(), live.symbol,
                        live.session.seats().size());
                opened.complete(live);
            } catch (RuntimeException e) {
                thread.shutdown();
                opened.completeExceptionally(e);
            }
        });
        return opened;
    }

    private static String freeSymbol(ExchangeHost host) {
        List<String> taken = host.read(x -> x.markets().stream().map(m -> m.spec().symbol().toUpperCase()).toList());
        int n = 1;
        while (taken.contains("CLASS-" + n)) {
            n++;
        }
        return "CLASS-" + n;
    }

    // ---- reading ------------------------------------------------------------------------------------------

    /** The latest state; never null once opened. */
    public LiveState state() {
        return state;
    }

    /** The seat {@code member} holds, as it may see it, or null when it holds none. */
    public SeatView seatOf(long member) {
        LiveState s = state;
        LiveState.SeatRow row = s.seatOf(member);
        return row == null ? null : SeatView.of(s, row, options.clock().getAsLong());
    }

    /** What every member may see. */
    public SessionBoard board() {
        return SessionBoard.of(state, options.clock().getAsLong());
    }

    /** The market's symbol on the exchange (CLASS-n). */
    public String symbol() {
        return symbol;
    }

    /** The scenario this session runs. */
    public Scenario scenario() {
        return session.scenario();
    }

    /**
     * Hears every state published from now on, on the session's thread: be quick (a view keeps the latest and draws
     * it on its next frame). Closing the handle stops it.
     */
    public AutoCloseable watch(Consumer<LiveState> watcher) {
        watchers.add(watcher);
        watcher.accept(state);
        return () -> watchers.remove(watcher);
    }

    /** Heard from a seat's holder (any request of its terminal): its seat is its own again. Any thread. */
    public void heard(long member) {
        long now = options.clock().getAsLong();
        run(s -> {
            int seat = holders.seatOf(member);
            if (seat >= 0 && !holders.present(seat, now)) {
                changed = true; // back from away: the seat is shown as the holder's again
            }
            holders.heard(member, now);
            return null;
        });
    }

    // ---- members ------------------------------------------------------------------------------------------

    /** Gives {@code member} a seat (the one it holds, or the next free one); the result's id is the seat's index. */
    public CompletableFuture<CommandResult> claimSeat(long member, String name) {
        return command(s -> {
            long now = now();
            int seat = holders.claim(member, name, now);
            if (seat < 0) {
                return CommandResult.reject(ResultCode.SEATS_FULL, "Every one of the " + holders.size()
                        + " seats is held: ask the instructor to free one.");
            }
            changed = true;
            SessionSeat taken = s.seat(seat);
            return new CommandResult(ResultCode.OK, "You hold seat " + taken.name() + ", a "
                    + (taken.side() == Side.BID ? "buyer" : "seller") + ".", seat, 0, 0);
        });
    }

    /** The member gives its seat back to the robots; its standing order is withdrawn. */
    public CompletableFuture<CommandResult> releaseSeat(long member) {
        return command(s -> {
            int seat = holders.seatOf(member);
            if (seat < 0) {
                return CommandResult.reject(ResultCode.SEAT_NONE, ResultCode.SEAT_NONE.sentence());
            }
            s.at(now());
            s.withdraw(seat);
            holders.release(member);
            changed = true;
            return new CommandResult(ResultCode.OK, "Seat " + s.seat(seat).name() + " is free again.", seat, 0, 0);
        });
    }

    /**
     * The member's seat shouts a one-unit bid (buyer) or ask (seller) at {@code price}: the session's rule decides,
     * the exchange matches. A member shouts only for the seat it holds.
     */
    public CompletableFuture<CommandResult> shout(long member, long price) {
        return command(s -> {
            int seat = holders.seatOf(member);
            if (seat < 0) {
                return CommandResult.reject(ResultCode.SEAT_NONE, ResultCode.SEAT_NONE.sentence());
            }
            long now = now();
            holders.heard(member, now);
            catchUp(now);
            OrderRecord r = s.shout(seat, price);
            String what = s.seat(seat).side() == Side.BID ? "bid" : "ask";
            return switch (r.event()) {
                case REFUSED -> CommandResult.reject(r.code(), r.reason());
                case STANDS -> new CommandResult(ResultCode.OK, "Your " + what + " of " + price + " stands.", r.orderId(), 0, 1);
                default -> new CommandResult(ResultCode.OK, "You " + (what.equals("bid") ? "bought" : "sold")
                        + " a unit at " + s.lastPrice() + ".", r.orderId(), 1, 0);
            };
        });
    }

    /** Withdraws the member's seat's standing order, if it has one. */
    public CompletableFuture<CommandResult> withdraw(long member) {
        return command(s -> {
            int seat = holders.seatOf(member);
            if (seat < 0) {
                return CommandResult.reject(ResultCode.SEAT_NONE, ResultCode.SEAT_NONE.sentence());
            }
            holders.heard(member, now());
            long standing = s.seat(seat).standingId();
            s.at(now());
            s.withdraw(seat);
            return standing == 0 ? new CommandResult(ResultCode.OK, "Nothing of yours was standing.", 0, 0, 0)
                    : new CommandResult(ResultCode.OK, "Your order was withdrawn.", standing, 0, 0);
        });
    }

    // ---- the instructor -------------------------------------------------------------------------------------

    /** Starts the next period; with roles reshuffled, the holders are first dealt to seats at random. */
    public CompletableFuture<CommandResult> startPeriod() {
        return control(s -> {
            if (reshuffle && s.period() > 0 && !s.open()) {
                holders.reshuffle(random);
            }
            s.startPeriod(now());
            return "Period " + s.period() + " of " + s.scenario().periods() + " started: it runs "
                    + s.scenario().periodSeconds() + " s.";
        });
    }

    /** Pauses the running period: shouts are refused and its clock stands still. */
    public CompletableFuture<CommandResult> pause() {
        return control(s -> {
            s.pause(now());
            return "Period " + s.period() + " is paused.";
        });
    }

    public CompletableFuture<CommandResult> resume() {
        return control(s -> {
            s.resume(now());
            return "Period " + s.period() + " resumed.";
        });
    }

    /** Ends the running period now; its figures join the results. */
    public CompletableFuture<CommandResult> endPeriod() {
        return control(s -> {
            PeriodFigures f = s.endPeriod(now());
            return "Period " + f.period() + " ended with " + f.trades() + " trades.";
        });
    }

    /** Whether students are dealt to other seats at the start of each period (the scenario's choice until set). */
    public CompletableFuture<CommandResult> setRolesReshuffled(boolean on) {
        return control(s -> {
            reshuffle = on;
            return on ? "Roles are reshuffled at the start of each period." : "Students keep their seats.";
        });
    }

    /** Runs {@code work} with the session on its thread (an export, a test's look); the future has its answer. */
    public <T> CompletableFuture<T> run(Function<Session, T> work) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        try {
            thread.execute(() -> {
                try {
                    T value = work.apply(session);
                    keep(); // before the answer: a step is told done only once a restart would find it done
                    publishIfChanged(); // before the answer too: whoever reads the state on it sees what it did
                    answer.complete(value);
                } catch (RuntimeException e) {
                    answer.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            answer.completeExceptionally(new IllegalStateException("The session has ended."));
        }
        return answer;
    }

    private CompletableFuture<CommandResult> command(Function<Session, CommandResult> work) {
        if (closed) {
            return CompletableFuture.completedFuture(CommandResult.reject(ResultCode.SESSION_NONE, "The session has ended."));
        }
        return run(work).exceptionally(e -> CommandResult.reject(ResultCode.EXCHANGE_UNAVAILABLE,
                "The session could not do that: " + rootMessage(e)));
    }

    /** An instructor's step: a step out of order (start while open, pause while paused) is refused with the session's sentence. */
    private CompletableFuture<CommandResult> control(Function<Session, String> step) {
        return command(s -> {
            s.at(now());
            catchUp(now());
            try {
                String said = step.apply(s);
                changed = true;
                return new CommandResult(ResultCode.OK, said, s.period(), 0, 0);
            } catch (IllegalStateException e) {
                if (e.getMessage() != null && e.getMessage().startsWith("The session lost track")) {
                    throw e;
                }
                return CommandResult.reject(ResultCode.SESSION_STATE_CONFLICT, e.getMessage());
            }
        });
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    // ---- the clock and the robots ---------------------------------------------------------------------------

    private long now() {
        return options.clock().getAsLong();
    }

    /** Ends a period whose time is up, before anything else happens in it. */
    private void catchUp(long now) {
        session.at(now);
        if (session.open() && !session.paused() && now >= session.periodEnd()) {
            session.endPeriod(session.periodEnd());
        }
    }

    /** One robot turn: a seat nobody trades now, drawn among those with units left. */
    private void tick() {
        try {
            long now = now();
            boolean wasOpen = session.open();
            catchUp(now);
            if (session.open() && !session.paused()) {
                int[] idle = new int[robots.length];
                int count = 0;
                for (int i = 0; i < robots.length; i++) {
                    if (session.seat(i).unitsLeft() > 0 && !holders.present(i, now)) {
                        idle[count++] = i;
                    }
                }
                if (count > 0) {
                    int seat = idle[random.nextInt(count)];
                    robots[seat].act(desks[seat], desks[seat]);
                }
            }
            keep();
            // a holder going silent changes no order, and the clock runs on: a second's refresh shows both
            if (changed || wasOpen != session.open() || presenceChanged(now) || now - lastPublished >= 1_000) {
                publish();
            }
        } catch (RuntimeException e) {
            // a turn that failed (the host stopping) must not end the clock: the next turn tries again
            LOG.warn("A live session turn failed: {}", rootMessage(e));
        }
    }

    private boolean presenceChanged(long now) {
        LiveState shown = state;
        for (int i = 0; i < robots.length; i++) {
            if (shown.seats().get(i).present() != holders.present(i, now)) {
                return true;
            }
        }
        return false;
    }

    private void keep() {
        keeper.saveIfChanged(session, holders, reshuffle, robotLearning());
    }

    /** What the seats' robots have learned, a line each ("seat text"), or null when none learns. */
    String robotLearning() {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < robots.length; i++) {
            String learned = robots[i].learned();
            if (learned != null) {
                lines.append(i).append(' ').append(learned).append('\n');
            }
        }
        return lines.length() == 0 ? null : lines.toString();
    }

    /** Gives each robot back what it had learned by the last save (see {@link #robotLearning}). */
    private void relearn(String learning) {
        if (learning == null) {
            return;
        }
        for (String line : learning.split("\n")) {
            int space = line.indexOf(' ');
            try {
                int seat = Integer.parseInt(line.substring(0, Math.max(0, space)));
                if (seat >= 0 && seat < robots.length) {
                    robots[seat].relearn(line.substring(space + 1));
                }
            } catch (NumberFormatException e) {
                LOG.warn("Live session {}: a robot's saved learning does not read ({}); it starts afresh", symbol, line);
            }
        }
    }

    private void publishIfChanged() {
        if (changed) {
            publish();
        }
    }

    private void publish() {
        long now = now();
        changed = false;
        lastPublished = now;
        Scenario sc = session.scenario();
        List<LiveState.SeatRow> rows = new ArrayList<>();
        List<long[]> values = new ArrayList<>();
        List<long[]> costs = new ArrayList<>();
        for (SessionSeat seat : session.seats()) {
            int i = seat.index();
            SeatHolders.Holder h = holders.holder(i);
            boolean present = holders.present(i, now);
            long[] limits = session.period() == 0 ? seat.plan().limits(1) : seat.limits();
            (seat.side() == Side.BID ? values : costs).add(limits);
            rows.add(new LiveState.SeatRow(i, seat.name(), seat.side(), limits, seat.traded(), seat.standingPrice(),
                    seat.periodSurplus(), seat.totalSurplus(), h == null ? 0 : h.memberId(), h == null ? null : h.name(),
                    present, present ? h.name() : robotNames[i]));
        }
        long[] demand = values.stream().flatMapToLong(java.util.Arrays::stream).sorted().toArray();
        reverse(demand);
        long[] supply = costs.stream().flatMapToLong(java.util.Arrays::stream).sorted().toArray();
        List<PeriodFigures> results = session.results();
        List<PeriodFigures> kept = results.subList(Math.max(0, results.size() - LiveState.MAX_FIGURES), results.size());
        var eq = session.equilibrium() != null ? session.equilibrium()
                : com.cyclex.sim.measure.Equilibrium.of(values, costs);
        long timeLeft = session.open() ? Math.round(session.timeLeft() * sc.periodSeconds() * 1000L) : 0;
        LiveState s = new LiveState(++version, now, sc.name(), symbol, session.market(), sc.rule(), session.period(),
                sc.periods(), session.open(), session.paused(), periodStartedAt, sc.periodSeconds() * 1000L, timeLeft, reshuffle,
                sc.lossesRefused(), session.bestBid(), session.bestAsk(), session.lastPrice(), eq, demand, supply,
                List.copyOf(periodTrades), List.copyOf(kept), List.copyOf(rows),
                !session.open() && session.period() >= sc.periods());
        state = s;
        for (Consumer<LiveState> w : watchers) {
            try {
                w.accept(s);
            } catch (RuntimeException e) {
                LOG.warn("A watcher of the live session failed", e);
            }
        }
    }

    private static void reverse(long[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            long t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** The seed of the session's robots and reshuffles. */
    public long seed() {
        return options.seed();
    }

    /** Since when the session runs (epoch ms). */
    public long startedAt() {
        return started;
    }

    /**
     * Ends the session for good (another takes its place): a running period is ended, and a restart no longer takes
     * the session up. Stops the clock and lets the thread go; waits a few seconds at most.
     */
    @Override
    public void close() {
        stop(true);
    }

    /**
     * Stops the session as its host stops: a running period is paused and saved, so the next start of the host takes
     * the session up where it was ({@link #resume}). Stops the clock and lets the thread go.
     */
    public void suspend() {
        stop(false);
    }

    private void stop(boolean forGood) {
        if (closed) {
            return;
        }
        closed = true;
        try {
            thread.execute(() -> {
                try {
                    long now = now();
                    catchUp(now);
                    if (forGood && session.open()) {
                        session.endPeriod(now);
                    } else if (session.open() && !session.paused()) {
                        session.pause(now);
                    }
                } catch (RuntimeException e) {
                    LOG.warn("The live session did not stop cleanly: {}", rootMessage(e));
                }
                try {
                    keep(); // whatever the steps above came to, the record says it (a restart pauses a running period anyway)
                    if (forGood) {
                        keeper.end();
                    }
                    publish();
                } catch (RuntimeException e) {
                    LOG.warn("The live session's record was not saved as it stopped: {}", rootMessage(e));
                }
            });
        } catch (RejectedExecutionException e) {
            return;
        }
        thread.shutdown();
        try {
            if (!thread.awaitTermination(5, TimeUnit.SECONDS)) {
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            thread.shutdownNow();
        }
    }
}
