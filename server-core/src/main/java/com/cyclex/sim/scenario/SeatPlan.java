package com.cyclex.sim.scenario;

import com.cyclex.market.Side;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * One seat of a scenario: a buyer with induced values or a seller with costs, one per unit, in the order the
 * units must be traded; the schedule may change from a given period on. {@code robot} is the robot that takes the
 * seat, or null for a student's seat.
 *
 * @param limits from the first period it holds (1-based) to the unit limits, in ticks
 */
public record SeatPlan(String name, Side side, NavigableMap<Integer, long[]> limits, RobotKind robot) {

    public SeatPlan {
        limits = Collections.unmodifiableNavigableMap(new TreeMap<>(limits));
        if (limits.isEmpty() || limits.firstKey() != 1) {
            throw new IllegalArgumentException("a seat's schedule starts in period 1");
        }
    }

    /** The unit limits in a period: values for a buyer (highest first), costs for a seller. A copy. */
    public long[] limits(int period) {
        Map.Entry<Integer, long[]> e = limits.floorEntry(period);
        return e.getValue().clone();
    }

    public boolean buyer() {
        return side == Side.BID;
    }

    public SeatPlan withRobot(RobotKind kind) {
        return new SeatPlan(name, side, limits, kind);
    }
}
