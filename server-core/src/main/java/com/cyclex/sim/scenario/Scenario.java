package com.cyclex.sim.scenario;

import java.util.List;

/**
 * A market experiment as a scenario file describes it: the seats and their schedules, how many periods of what
 * length, the market rule, the price band and the buyers' endowment.
 *
 * @param periodSeconds how long a period lasts for students; robots take {@code pace} turns per second of it
 * @param pace robot turns per second of a period, over all robots together
 * @param credits each buyer's credits at the start of every period (minor units; one tick is one minor unit)
 * @param lossesRefused whether a shout that could trade a unit at a loss (a bid above its value, an ask below its
 *                      cost) is refused, as many classroom experiments instruct
 * @param rolesReshuffled whether a live session deals its students to other seats at the start of each period
 */
public record Scenario(String name, MarketRule rule, int periods, int periodSeconds, int pace, long priceMin,
                       long priceMax, long credits, List<SeatPlan> seats, boolean lossesRefused, boolean rolesReshuffled) {

    public Scenario {
        seats = List.copyOf(seats);
    }

    /** A scenario that allows losses and keeps its roles fixed. */
    public Scenario(String name, MarketRule rule, int periods, int periodSeconds, int pace, long priceMin,
                    long priceMax, long credits, List<SeatPlan> seats) {
        this(name, rule, periods, periodSeconds, pace, priceMin, priceMax, credits, seats, false, false);
    }

    /** Robot turns in one period. */
    public int turnsPerPeriod() {
        return periodSeconds * pace;
    }

    /** The same scenario with every seat taken by one kind of robot. */
    public Scenario withRobots(RobotKind kind) {
        return new Scenario(name, rule, periods, periodSeconds, pace, priceMin, priceMax, credits,
                seats.stream().map(s -> s.withRobot(kind)).toList(), lossesRefused, rolesReshuffled);
    }

    /** The same scenario over another number of periods; a later schedule change that no longer fits is not reached. */
    public Scenario withPeriods(int n) {
        return new Scenario(name, rule, n, periodSeconds, pace, priceMin, priceMax, credits, seats, lossesRefused,
                rolesReshuffled);
    }

    /** The same scenario with its students dealt to other seats each period, or kept in theirs. */
    public Scenario withRolesReshuffled(boolean on) {
        return new Scenario(name, rule, periods, periodSeconds, pace, priceMin, priceMax, credits, seats, lossesRefused, on);
    }

    public List<SeatPlan> buyers() {
        return seats.stream().filter(SeatPlan::buyer).toList();
    }

    public List<SeatPlan> sellers() {
        return seats.stream().filter(s -> !s.buyer()).toList();
    }
}
