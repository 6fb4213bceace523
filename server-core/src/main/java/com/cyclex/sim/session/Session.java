package com.cyclex.sim.session;

import com.cyclex.api.AdmitMember;
import com.cyclex.api.AccountInfo;
import com.cyclex.api.BookDepth;
import com.cyclex.api.CancelOrder;
import com.cyclex.api.Command;
import com.cyclex.api.CommandResult;
import com.cyclex.api.CreateMarket;
import com.cyclex.api.DeclareCapacity;
import com.cyclex.api.MintCredits;
import com.cyclex.api.PlaceOrder;
import com.cyclex.api.RegisterMember;
import com.cyclex.api.ResultCode;
import com.cyclex.exchange.OrderChecks;
import com.cyclex.market.MarketSpec;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import com.cyclex.market.Trade;
import com.cyclex.member.MemberRegistry;
import com.cyclex.sim.measure.Equilibrium;
import com.cyclex.sim.measure.Fill;
import com.cyclex.sim.measure.PeriodFigures;
import com.cyclex.sim.scenario.Scenario;
import com.cyclex.sim.scenario.SeatPlan;
import com.cyclex.sim.session.OrderRecord.Event;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario running on an exchange: one market, one member per seat, and periods that the caller starts and
 * ends. Each period resets the seats' values and costs, gives sellers the cores of their units and tops buyers'
 * credits up to their endowment. Shouts are one-unit limit orders through the exchange's own book; the market
 * rule only refuses shouts and cancels standing orders around it. Whoever drives the session (a headless run, an
 * instructor's host) calls it from one thread and tells it the time with {@link #at}; it may pause and resume a
 * period, and ends each one when it chooses ({@link #periodEnd} is when the scenario says).
 */
public final class Session {
    private static final long HOST = MemberRegistry.HOST_ID;
    /** Leases of a period end a minute after their trade: the next period should start after that to reuse the cores. */
    public static final long TERM_MILLIS = 60_000;

    private final Scenario scenario;
    private final Venue venue;
    private final ShoutRule rule;
    private final MarketSpec spec;
    private final int market;
    private final List<SessionSeat> seats = new ArrayList<>();
    private final Map<Long, SessionSeat> byMember = new HashMap<>();
    private final List<SessionListener> listeners = new ArrayList<>();
    private final List<Fill> fills = new ArrayList<>();
    private final List<PeriodFigures> results = new ArrayList<>();
    private int period;
    private boolean open;
    private boolean paused;
    private long pausedAt;
    private long now;
    private long periodStart;
    /** The newest trade a restored session's save held: the exchange's later ones are booked by {@link #catchUpAfterRestore}. */
    private long lastSavedTrade;
    private long periodEnd;
    private long seq;
    private long lastPrice;
    private Equilibrium equilibrium;

    /** Lists the session's market and admits a member for each seat (named as the seat), at {@code now}. */
    public Session(Scenario scenario, Venue venue, String symbol, long now) {
        this(scenario, venue, symbol, "", now);
    }

    /**
     * The same with each seat's member named {@code memberPrefix} and the seat's name, so that a session on a host
     * that keeps its members from earlier sessions still finds its names free.
     */
    public Session(Scenario scenario, Venue venue, String symbol, String memberPrefix, long now) {
        this.scenario = scenario;
        this.venue = venue;
        this.rule = ShoutRule.of(scenario.rule());
        this.now = now;
        this.spec = MarketSpec.spot(symbol, (int) (TERM_MILLIS / 60_000), 1, scenario.priceMin(), scenario.priceMax()).withLots(1, 1);
        this.market = (int) setUp(new CreateMarket(HOST, spec));
        for (SeatPlan plan : scenario.seats()) {
            long member = setUp(new RegisterMember(HOST, memberPrefix + plan.name(), ""));
            setUp(new AdmitMember(HOST, member));
            SessionSeat seat = new SessionSeat(seats.size(), plan, member, this);
            seats.add(seat);
            byMember.put(member, seat);
        }
    }

    /**
     * A session taken up again on the market and members it set up before (a host that restarted): call
     * {@link #restore} next, before anything else.
     */
    Session(Scenario scenario, Venue venue, String symbol, int market, long[] members, long now) {
        this.scenario = scenario;
        this.venue = venue;
        this.rule = ShoutRule.of(scenario.rule());
        this.now = now;
        this.spec = MarketSpec.spot(symbol, (int) (TERM_MILLIS / 60_000), 1, scenario.priceMin(), scenario.priceMax()).withLots(1, 1);
        this.market = market;
        for (SeatPlan plan : scenario.seats()) {
            SessionSeat seat = new SessionSeat(seats.size(), plan, members[seats.size()], this);
            seats.add(seat);
            byMember.put(seat.memberId(), seat);
        }
    }

    /**
     * Where a saved session was: its periods are counted again from their trades (each seat's units and profit, the
     * ended periods' figures). A period that was running comes back paused as of {@code saved.sessionTime()}, the
     * time of its last save, so its clock lost nothing while the host was down and the instructor resumes it.
     * {@link #catchUpAfterRestore} then asks the exchange what the save may have missed.
     */
    void restore(Saved saved, List<TradeRecord> trades) {
        for (int p = 1; p <= saved.period(); p++) {
            countAgain(p, trades);
            if (p < saved.period() || !saved.open()) {
                results.add(PeriodFigures.of(p, equilibrium, fills, seats.size()));
            }
        }
        seq = saved.seqFloor();
        at(saved.sessionTime());
        open = saved.open();
        periodStart = saved.periodStart();
        periodEnd = saved.periodEnd();
        paused = open;
        pausedAt = saved.paused() ? saved.pausedAt() : saved.sessionTime();
        lastSavedTrade = trades.isEmpty() ? 0 : trades.get(trades.size() - 1).tradeId();
    }

    /**
     * After {@link #restore}, and after its listeners are attached (so that an export hears what is booked now):
     * asks the exchange what the save may have missed (see {@link #catchUpWithTheBook}).
     */
    void catchUpAfterRestore() {
        catchUpWithTheBook(lastSavedTrade);
    }

    /** Period {@code p} as its trades left it: the seats' schedules, units and surplus, its fills and last price. */
    private void countAgain(int p, List<TradeRecord> trades) {
        period = p;
        fills.clear();
        lastPrice = 0;
        List<long[]> values = new ArrayList<>();
        List<long[]> costs = new ArrayList<>();
        for (SessionSeat seat : seats) {
            seat.startPeriod(p);
            (seat.side() == Side.BID ? values : costs).add(seat.limits());
        }
        equilibrium = Equilibrium.of(values, costs);
        for (TradeRecord t : trades) {
            if (t.period() == p) {
                seats.get(t.buyer()).trade(t.price());
                seats.get(t.seller()).trade(t.price());
                fills.add(new Fill(t.buyer(), t.seller(), t.price(), t.value(), t.cost()));
                lastPrice = t.price();
            }
        }
    }

    /**
     * A save comes after the exchange's commands of its step, so a host that died in between left the exchange ahead:
     * a trade made after {@code lastSavedTrade} is booked now, and the orders standing are withdrawn (a step cut off
     * half-way may have left two of a seat's, or one the session never heard of).
     */
    private void catchUpWithTheBook(long lastSavedTrade) {
        long last = lastSavedTrade;
        for (Trade t : venue.takeTrades(market)) {
            if (t.id() > last && open) { // by id, so a trade the recovered exchange lists twice is booked once
                booked(t);
                last = t.id();
            }
        }
        for (com.cyclex.api.OrderInfo o : venue.orders(market)) {
            SessionSeat seat = byMember.get(o.memberId());
            if (seat != null) {
                seat.stand(o.id(), o.price());
                cancelStanding(seat, "the host restarted");
            }
        }
    }

    /** What a session keeps to be taken up again: the period and its clock, and where its seqs are. */
    record Saved(int period, boolean open, boolean paused, long periodStart, long periodEnd, long pausedAt,
                 long sessionTime, long seqFloor) {
    }

    /** Where the session is now, with {@code seqFloor} for the seqs a restart goes on from. */
    Saved saved(long seqFloor) {
        return new Saved(period, open, paused, periodStart, periodEnd, pausedAt, now, seqFloor);
    }

    /** The seqs given out so far (orders and trades share them). */
    long seq() {
        return seq;
    }

    private long setUp(Command command) {
        CommandResult r = venue.submit(command, now);
        if (!r.accepted()) {
            throw new IllegalStateException("The session could not be set up: " + command + " was refused: " + r.message());
        }
        return r.id();
    }

    /** Adds a listener; it hears everything from now on, in the order it happens. */
    public void listen(SessionListener listener) {
        listeners.add(listener);
    }

    // ---- what anyone may read -----------------------------------------------------------------------------

    /** The scenario this session runs. */
    public Scenario scenario() {
        return scenario;
    }

    /** The exchange's id of the session's market. */
    public int market() {
        return market;
    }

    /** The session's market: spot cores, one unit a lot, the scenario's band. */
    public MarketSpec spec() {
        return spec;
    }

    /** The seats in the scenario's order. */
    public List<SessionSeat> seats() {
        return List.copyOf(seats);
    }

    /** One seat, by its index in the scenario. */
    public SessionSeat seat(int index) {
        return seats.get(index);
    }

    /** The period running or last run, 1-based; 0 before the first. */
    public int period() {
        return period;
    }

    /** Whether a period is running (paused or not). */
    public boolean open() {
        return open;
    }

    /** The session's time, epoch milliseconds, as last told. */
    public long now() {
        return now;
    }

    /** The share of the current period still to run, 1 to 0; 0 while no period runs; it stands still while paused. */
    public double timeLeft() {
        if (!open) {
            return 0;
        }
        long at = paused ? pausedAt : now;
        return Math.max(0, Math.min(1, (periodEnd - at) / (double) (periodEnd - periodStart)));
    }

    /** Whether the running period is paused: shouts are refused and its clock stands still. */
    public boolean paused() {
        return paused;
    }

    /** Pauses the running period at {@code time}; standing orders stay. */
    public void pause(long time) {
        if (!open || paused) {
            throw new IllegalStateException(open ? "Period " + period + " is already paused." : "No period is open.");
        }
        at(time);
        paused = true;
        pausedAt = now;
    }

    /** Resumes a paused period at {@code time}; its end moves on by as long as it was paused. */
    public void resume(long time) {
        if (!paused) {
            throw new IllegalStateException("No period is paused.");
        }
        at(time);
        periodEnd += now - pausedAt;
        paused = false;
    }

    /** The competitive equilibrium of the current (or last) period's schedules. */
    public Equilibrium equilibrium() {
        return equilibrium;
    }

    /** The figures of every period ended so far. */
    public List<PeriodFigures> results() {
        return List.copyOf(results);
    }

    /** The best bid on the book, 0 when none stands. */
    public long bestBid() {
        BookDepth d = venue.touch(market);
        return d.bidLevels() > 0 ? d.bidPrices()[0] : 0;
    }

    /** The best ask on the book, 0 when none stands. */
    public long bestAsk() {
        BookDepth d = venue.touch(market);
        return d.askLevels() > 0 ? d.askPrices()[0] : 0;
    }

    /** The last trade's price this period, 0 before the first. */
    public long lastPrice() {
        return lastPrice;
    }

    // ---- the periods ---------------------------------------------------------------------------------------

    /** Tells the session the time; it never runs backwards. */
    public void at(long time) {
        now = Math.max(now, time);
    }

    /** Starts the next period at {@code time}. */
    public void startPeriod(long time) {
        if (open) {
            throw new IllegalStateException("Period " + period + " is still open.");
        }
        if (period >= scenario.periods()) {
            throw new IllegalStateException("All " + scenario.periods() + " periods have run.");
        }
        at(time);
        period++;
        fills.clear();
        lastPrice = 0;
        List<long[]> values = new ArrayList<>();
        List<long[]> costs = new ArrayList<>();
        for (SessionSeat seat : seats) {
            seat.startPeriod(period);
            (seat.side() == Side.BID ? values : costs).add(seat.limits());
            endow(seat);
        }
        equilibrium = Equilibrium.of(values, costs);
        periodStart = now;
        periodEnd = now + scenario.periodSeconds() * 1000L;
        open = true;
        for (SessionListener l : listeners) {
            l.periodStarted(period, now);
        }
    }

    /** A seller gets cores for this period's units beside those still leased; a buyer's credits are topped up. */
    private void endow(SessionSeat seat) {
        AccountInfo account = venue.account(seat.memberId());
        if (seat.side() == Side.ASK) {
            setUp(new DeclareCapacity(seat.memberId(), (int) (account.leasedCores() + account.askCores() + seat.unitsLeft())));
        } else if (account.available() < scenario.credits()) {
            setUp(new MintCredits(HOST, seat.memberId(), scenario.credits() - account.available()));
        }
    }

    /** When the current (or last) period started, session time. */
    public long periodStart() {
        return periodStart;
    }

    /** When the current period is due to end by the scenario's length. */
    public long periodEnd() {
        return periodEnd;
    }

    /** Ends the period at {@code time}: standing orders are cancelled, and its figures are returned and told. */
    public PeriodFigures endPeriod(long time) {
        if (!open) {
            throw new IllegalStateException("No period is open.");
        }
        at(time);
        for (SessionSeat seat : seats) {
            cancelStanding(seat, "the period ended");
        }
        open = false;
        paused = false;
        PeriodFigures figures = PeriodFigures.of(period, equilibrium, fills, seats.size());
        results.add(figures);
        for (SessionListener l : listeners) {
            l.periodEnded(figures, now);
        }
        return figures;
    }

    // ---- shouts ---------------------------------------------------------------------------------------------

    /**
     * A seat shouts a one-unit bid (buyer) or ask (seller) at {@code price} ticks. Refused, with a reason, when no
     * period is open, the seat has no units left, the price is outside the band, or the market rule forbids it.
     */
    public OrderRecord shout(int seatIndex, long price) {
        SessionSeat seat = seats.get(seatIndex);
        Side side = seat.side();
        CommandResult refusal = refusal(seat, price);
        if (refusal != null) {
            return tell(new OrderRecord(period, ++seq, now, seat.index(), side, price, Event.REFUSED, refusal.message(), 0,
                    refusal.code()));
        }
        cancelStanding(seat, "replaced by its next shout");
        CommandResult r = venue.submit(PlaceOrder.limit(seat.memberId(), market, side, price, 1, TimeInForce.GTC), now);
        if (!r.accepted()) {
            return tell(new OrderRecord(period, ++seq, now, seat.index(), side, price, Event.REFUSED, r.message(), 0, r.code()));
        }
        List<Trade> trades = venue.takeTrades(market);
        OrderRecord shout = new OrderRecord(period, ++seq, now, seat.index(), side, price,
                trades.isEmpty() ? Event.STANDS : Event.TRADED, null, r.id(), ResultCode.OK);
        tell(shout);
        if (trades.isEmpty()) {
            seat.stand(r.id(), price);
            if (rule.supersedesOthers()) {
                for (SessionSeat other : seats) {
                    if (other != seat && other.side() == side && other.standingId() != 0) {
                        cancelStanding(other, "superseded by " + seat.name() + "'s better " + (side == Side.BID ? "bid" : "ask"));
                    }
                }
            }
        } else {
            for (Trade t : trades) {
                booked(t);
            }
            if (rule.tradeClears()) {
                for (SessionSeat other : seats) {
                    cancelStanding(other, "the trade cleared the book");
                }
            }
        }
        return shout;
    }

    /** Withdraws the seat's standing order, if it has one. */
    public void withdraw(int seatIndex) {
        cancelStanding(seats.get(seatIndex), "withdrawn");
    }

    private CommandResult refusal(SessionSeat seat, long price) {
        if (!open) {
            return CommandResult.reject(ResultCode.PERIOD_CLOSED, period == 0
                    ? "The session has not started: wait for the first period."
                    : "Period " + period + " has ended: wait for the next one.");
        }
        if (paused) {
            return CommandResult.reject(ResultCode.PERIOD_PAUSED, "Period " + period + " is paused: wait until it resumes.");
        }
        if (seat.unitsLeft() == 0) {
            return CommandResult.reject(ResultCode.SEAT_UNITS_USED, seat.name() + " has traded all its units this period.");
        }
        CommandResult band = OrderChecks.price(spec, price);
        if (band != null) {
            return band;
        }
        if (scenario.lossesRefused()) {
            CommandResult loss = lossRefusal(seat, price);
            if (loss != null) {
                return loss;
            }
        }
        BookDepth touch = venue.touch(market);
        String rule = this.rule.refusal(seat.side(), price, touch.bidLevels() > 0 ? touch.bidPrices()[0] : 0,
                touch.askLevels() > 0 ? touch.askPrices()[0] : 0);
        return rule == null ? null : CommandResult.reject(ResultCode.SHOUT_NOT_IMPROVING, rule);
    }

    /** A bid above the unit's value or an ask below its cost could trade at a loss (a trade is at the standing price). */
    private static CommandResult lossRefusal(SessionSeat seat, long price) {
        long limit = seat.limit();
        if (seat.side() == Side.BID && price > limit) {
            return CommandResult.reject(ResultCode.SHOUT_AT_A_LOSS, "Your next unit is worth " + limit
                    + " to you: bid " + limit + " or less, or you could buy at a loss.");
        }
        if (seat.side() == Side.ASK && price < limit) {
            return CommandResult.reject(ResultCode.SHOUT_AT_A_LOSS, "Your next unit costs you " + limit
                    + ": ask " + limit + " or more, or you could sell at a loss.");
        }
        return null;
    }

    private void booked(Trade t) {
        SessionSeat buyer = byMember.get(t.buyerId());
        SessionSeat seller = byMember.get(t.sellerId());
        long value = buyer.trade(t.price());
        long cost = seller.trade(t.price());
        SessionSeat maker = t.aggressor() == Side.BID ? seller : buyer;
        // From the trade, not the seat: a session restored after a kill never heard of the order that stood.
        long makerOrder = t.aggressor() == Side.BID ? t.askOrderId() : t.bidOrderId();
        tell(new OrderRecord(period, ++seq, now, maker.index(), maker.side(), t.price(), Event.FILLED, null, makerOrder,
                ResultCode.OK));
        maker.clearStanding();
        lastPrice = t.price();
        fills.add(new Fill(buyer.index(), seller.index(), t.price(), value, cost));
        TradeRecord trade = new TradeRecord(period, ++seq, now, buyer.index(), seller.index(), t.price(), value, cost,
                t.aggressor(), t.id());
        for (SessionListener l : listeners) {
            l.trade(trade);
        }
    }

    private void cancelStanding(SessionSeat seat, String why) {
        long id = seat.standingId();
        if (id == 0) {
            return;
        }
        CommandResult r = venue.submit(new CancelOrder(seat.memberId(), market, id), now);
        if (!r.accepted()) {
            throw new IllegalStateException("The session lost track of " + seat.name() + "'s order " + id + ": " + r.message());
        }
        tell(new OrderRecord(period, ++seq, now, seat.index(), seat.side(), seat.standingPrice(), Event.CANCELLED, why, id,
                ResultCode.OK));
        seat.clearStanding();
    }

    private OrderRecord tell(OrderRecord order) {
        for (SessionListener l : listeners) {
            l.order(order);
        }
        return order;
    }
}
