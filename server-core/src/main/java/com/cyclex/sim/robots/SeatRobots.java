package com.cyclex.sim.robots;

import com.cyclex.sim.RobotTrader;
import com.cyclex.sim.scenario.RobotKind;
import com.cyclex.sim.session.SeatInfo;

/** Makes the robot of a kind for a session seat, seeded so that a run repeats exactly. */
public final class SeatRobots {
    /** Cliff's absolute target perturbation, $0.05, in ticks of a cent. */
    public static final double ZIP_ABSOLUTE_TICKS = 5;

    private SeatRobots() {
    }

    /**
     * A robot for this seat. A robot that learns from the market (ZIP) is also a
     * {@link com.cyclex.sim.session.SessionListener}: register it with the session.
     */
    public static RobotTrader create(RobotKind kind, SeatInfo seat, long seed) {
        return switch (kind) {
            case ZIU -> new ZeroIntelligence(seat, false, seed);
            case ZIC -> new ZeroIntelligence(seat, true, seed);
            case ZIP -> new Zip(seat, ZIP_ABSOLUTE_TICKS, seed);
            case GIVEAWAY -> new Giveaway(seat);
            case SHAVER -> new Shaver(seat);
            case SNIPER -> new Sniper(seat);
        };
    }
}
