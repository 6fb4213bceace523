package com.cyclex.sim.session;

import com.cyclex.market.Side;
import com.cyclex.sim.measure.Equilibrium;
import com.cyclex.sim.measure.PeriodFigures;
import com.cyclex.sim.scenario.MarketRule;
import java.util.List;

/**
 * A live session as the instructor sees it at one moment: the period and its clock, the touch, the schedules and
 * equilibrium, this period's trades, the figures of ended periods (the latest {@link #MAX_FIGURES}) and every seat
 * with its private schedule. Host-only: a member is shown its own {@link SeatView} and the public
 * {@link SessionBoard}, never this. Immutable; a new one is published after each change.
 *
 * @param takenAt when the clock fields were read (epoch ms): a view counts {@code timeLeftMillis} down from there
 * @param periodStartedAt when the current (or last) period started, epoch ms; 0 before the first
 * @param demand every value of the period, highest first; {@code supply} every cost, lowest first
 */
public record LiveState(long version, long takenAt, String scenario, String symbol, int market, MarketRule rule,
                        int period, int periods, boolean open, boolean paused, long periodStartedAt, long periodMillis,
                        long timeLeftMillis,
                        boolean rolesReshuffled, boolean lossesRefused, long bestBid, long bestAsk, long lastPrice,
                        Equilibrium equilibrium, long[] demand, long[] supply, List<TradeRecord> trades,
                        List<PeriodFigures> figures, List<SeatRow> seats, boolean finished) {
    /** The figures kept for views; the export has every period. */
    public static final int MAX_FIGURES = 500;

    /**
     * One seat: its schedule this period and what it has done, who holds it and who trades it now.
     *
     * @param holderId the member holding the seat, 0 when nobody does
     * @param trader who trades it now: the holder's name, or the robot's kind while nobody is there
     */
    public record SeatRow(int index, String name, Side side, long[] limits, int traded, long standingPrice,
                          long periodSurplus, long totalSurplus, long holderId, String holderName, boolean present,
                          String trader) {
        public int unitsLeft() {
            return limits.length - traded;
        }
    }

    /** The time left of the period at {@code now}: the clock runs on from {@link #takenAt} unless paused. */
    public long timeLeftAt(long now) {
        if (!open) {
            return 0;
        }
        return paused ? timeLeftMillis : Math.max(0, timeLeftMillis - Math.max(0, now - takenAt));
    }

    /** The seat a member holds, or null. */
    public SeatRow seatOf(long member) {
        for (SeatRow s : seats) {
            if (s.holderId() == member && member != 0) {
                return s;
            }
        }
        return null;
    }
}
