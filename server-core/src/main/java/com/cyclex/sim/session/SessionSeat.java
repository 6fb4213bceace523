package com.cyclex.sim.session;

import com.cyclex.market.Side;
import com.cyclex.sim.scenario.SeatPlan;

/**
 * One seat in a running session: its member on the exchange, this period's unit limits, how many units it has
 * traded, its surplus this period and over the session, and its one standing order. The session changes it;
 * everyone else reads it.
 */
public final class SessionSeat implements SeatInfo {
    private final int index;
    private final SeatPlan plan;
    private final long memberId;
    private final Session session;
    private long[] limits = new long[0];
    private int traded;
    private long periodSurplus;
    private long totalSurplus;
    private long standingId;
    private long standingPrice;

    SessionSeat(int index, SeatPlan plan, long memberId, Session session) {
        this.index = index;
        this.plan = plan;
        this.memberId = memberId;
        this.session = session;
    }

    /** The seat's index in the scenario. */
    public int index() {
        return index;
    }

    /** The seat as the scenario describes it. */
    public SeatPlan plan() {
        return plan;
    }

    /** The seat's name, which is also its member's name. */
    public String name() {
        return plan.name();
    }

    /** The member that trades for this seat on the exchange. */
    public long memberId() {
        return memberId;
    }

    /** This period's unit limits (a copy). */
    public long[] limits() {
        return limits.clone();
    }

    /** Units traded this period. */
    public int traded() {
        return traded;
    }

    /** Surplus this period, ticks. */
    public long periodSurplus() {
        return periodSurplus;
    }

    /** Surplus over every period so far: a student's profit. */
    public long totalSurplus() {
        return totalSurplus;
    }

    /** The exchange id of the seat's standing order, 0 when none stands. */
    public long standingId() {
        return standingId;
    }

    /** The price of the seat's standing order, 0 when none stands. */
    public long standingPrice() {
        return standingPrice;
    }

    @Override
    public Side side() {
        return plan.side();
    }

    @Override
    public long limit() {
        return traded < limits.length ? limits[traded] : 0;
    }

    @Override
    public int unitsLeft() {
        return limits.length - traded;
    }

    @Override
    public long priceMin() {
        return session.scenario().priceMin();
    }

    @Override
    public long priceMax() {
        return session.scenario().priceMax();
    }

    @Override
    public double timeLeft() {
        return session.timeLeft();
    }

    // ---- changed by the session -------------------------------------------------------------------------

    void startPeriod(int period) {
        limits = plan.limits(period);
        traded = 0;
        periodSurplus = 0;
        clearStanding();
    }

    /** Books one unit traded at {@code price}; returns the unit's value or cost. */
    long trade(long price) {
        long limit = limits[traded++];
        long surplus = side() == Side.BID ? limit - price : price - limit;
        periodSurplus += surplus;
        totalSurplus += surplus;
        return limit;
    }

    void stand(long orderId, long price) {
        standingId = orderId;
        standingPrice = price;
    }

    void clearStanding() {
        standingId = 0;
        standingPrice = 0;
    }
}
