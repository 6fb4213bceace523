package com.cyclex.sim.run;

import com.cyclex.sim.RobotTrader;
import com.cyclex.sim.measure.PeriodFigures;
import com.cyclex.sim.robots.SeatRobots;
import com.cyclex.sim.scenario.Scenario;
import com.cyclex.sim.scenario.SeatPlan;
import com.cyclex.sim.session.ExchangeVenue;
import com.cyclex.sim.session.SeatDesk;
import com.cyclex.sim.session.Session;
import com.cyclex.sim.session.SessionListener;
import com.cyclex.sim.session.Venue;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * One run of a scenario with robots in every seat, on the exchange's own state machine in this thread and on a
 * simulated clock: each period gives {@link Scenario#turnsPerPeriod} turns, each to a seat drawn at random among
 * those with units left (as Gode and Sunder drew their traders). The same scenario and seed give the same run.
 */
public final class HeadlessRun {
    /** The simulated clock starts here (2026-01-01 UTC), so that a run's times repeat too. */
    public static final long T0 = 1_767_225_600_000L;
    /** Between periods: a lease's term and a second, so every core sold in a period is back for the next. */
    static final long GAP_MILLIS = Session.TERM_MILLIS + 1_000;

    private HeadlessRun() {
    }

    /**
     * Runs every period of the scenario.
     *
     * @param attach called with the session before the first period, to listen to it (an export, a test)
     * @throws IllegalArgumentException when a seat has no robot
     */
    public static List<PeriodFigures> run(Scenario scenario, long seed, Consumer<Session> attach) {
        return run(scenario, seed, new ExchangeVenue(), attach);
    }

    /** The same on a venue of the caller's choosing: a hosted exchange gives the same run, only slower. */
    public static List<PeriodFigures> run(Scenario scenario, long seed, Venue venue, Consumer<Session> attach) {
        for (SeatPlan plan : scenario.seats()) {
            if (plan.robot() == null) {
                throw new IllegalArgumentException("Seat " + plan.name() + " is a student's seat, and a headless run has only robots:"
                        + " name a robot for it in the scenario, or give every seat one with --robots.");
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
        Session session = new Session(scenario, venue, "SIM", T0);
        int n = scenario.seats().size();
        RobotTrader[] robots = new RobotTrader[n];
        SeatDesk[] desks = new SeatDesk[n];
        for (int i = 0; i < n; i++) {
            desks[i] = new SeatDesk(session, i);
            robots[i] = SeatRobots.create(scenario.seats().get(i).robot(), desks[i].seat(), random.nextLong());
            if (robots[i] instanceof SessionListener learner) {
                session.listen(learner);
            }
        }
        attach.accept(session);
        long periodMillis = scenario.periodSeconds() * 1000L;
        int turns = scenario.turnsPerPeriod();
        int[] active = new int[n];
        long start = T0 + 1_000;
        List<PeriodFigures> figures = new ArrayList<>();
        for (int p = 1; p <= scenario.periods(); p++) {
            session.startPeriod(start);
            for (int turn = 0; turn < turns; turn++) {
                int count = 0;
                for (int i = 0; i < n; i++) {
                    if (session.seat(i).unitsLeft() > 0) {
                        active[count++] = i;
                    }
                }
                if (count == 0) {
                    break;
                }
                session.at(start + turn * periodMillis / turns);
                int seat = active[random.nextInt(count)];
                robots[seat].act(desks[seat], desks[seat]);
            }
            figures.add(session.endPeriod(start + periodMillis));
            start += periodMillis + GAP_MILLIS;
        }
        return figures;
    }
}
