package com.cyclex.exchange;

import com.cyclex.api.ExchangeEvent;
import com.cyclex.market.CancelReason;
import com.cyclex.market.Delivery;
import com.cyclex.market.MarketStatus;
import com.cyclex.market.TimeInForce;

/**
 * What happens because time passes: leases start and end, day orders expire at UTC midnight, and a window
 * market closes when its delivery window starts. Time comes in with each command, so replaying the journal replays these exactly.
 */
final class TimeEvents {
    static final long DAY_MILLIS = 86_400_000L;

    private final Markets markets;
    private final OrderDesk desk;
    private final EventCollector events;
    private final Clearing clearing;
    private long nextMidnight = DAY_MILLIS;
    private long nextDue = Long.MIN_VALUE;

    TimeEvents(Markets markets, OrderDesk desk, EventCollector events, Clearing clearing) {
        this.markets = markets;
        this.desk = desk;
        this.events = events;
        this.clearing = clearing;
    }

    /** Runs whatever is due at {@code now}; true when that changed any state. */
    boolean runDue(long now) {
        boolean changed = clearing.settleDue(now);
        if (now < nextDue) {
            return changed;
        }
        if (now >= nextMidnight) {
            for (Market market : markets.all()) {
                int before = market.book().orderCount();
                desk.cancelWhere(market, o -> o.timeInForce() == TimeInForce.DAY, CancelReason.EXPIRED, now);
                changed |= market.book().orderCount() != before;
            }
        }
        nextMidnight = Math.floorDiv(now, DAY_MILLIS) * DAY_MILLIS + DAY_MILLIS;
        for (Market market : markets.all()) {
            if (market.spec().delivery() == Delivery.WINDOW && market.status() != MarketStatus.CLOSED
                    && market.spec().windowStart() <= now) {
                desk.cancelWhere(market, o -> true, CancelReason.EXPIRED, now);
                market.setStatus(MarketStatus.CLOSED);
                events.event(new ExchangeEvent.MarketUpdated(market.info()));
                changed = true;
            }
        }
        nextDue = computeNextDue();
        return changed;
    }

    /** Picks up from a restored clock: the next midnight is the one after the last command's time. */
    void restoreClock(long clock) {
        nextMidnight = Math.floorDiv(clock, DAY_MILLIS) * DAY_MILLIS + DAY_MILLIS;
        nextDue = Long.MIN_VALUE;
    }

    /** A market was listed or closed: the next due time may have moved. */
    void marketsChanged() {
        nextDue = computeNextDue();
    }

    private long computeNextDue() {
        long due = nextMidnight;
        for (Market market : markets.all()) {
            if (market.spec().delivery() == Delivery.WINDOW && market.status() != MarketStatus.CLOSED) {
                due = Math.min(due, market.spec().windowStart());
            }
        }
        return due;
    }
}
