package com.cyclex.sim.scenario;

import com.cyclex.market.Side;
import java.util.TreeSet;

/**
 * Writes a scenario in its own file format, so that {@link ScenarioParser} reads the same scenario back: a live
 * session keeps its scenario this way, whatever file (or code) it came from.
 */
public final class ScenarioWriter {
    private ScenarioWriter() {
    }

    public static String write(Scenario s) {
        StringBuilder out = new StringBuilder();
        line(out, "name", s.name());
        line(out, "rule", s.rule().word());
        line(out, "periods", s.periods());
        line(out, "length", s.periodSeconds() + " s");
        line(out, "pace", s.pace());
        line(out, "prices", s.priceMin() + " to " + s.priceMax());
        if (s.credits() <= Integer.MAX_VALUE) { // larger endowments are the parser's own default, which it makes again
            line(out, "credits", s.credits());
        }
        line(out, "losses", s.lossesRefused() ? "refused" : "allowed");
        line(out, "roles", s.rolesReshuffled() ? "reshuffled" : "fixed");
        TreeSet<Integer> changes = new TreeSet<>();
        for (SeatPlan seat : s.seats()) {
            seat(out, seat, seat.limits().get(1), seat.robot() == null ? " student" : " robot " + seat.robot().name());
            changes.addAll(seat.limits().keySet());
        }
        changes.remove(1);
        changes.removeIf(p -> p > s.periods()); // a change past the last period (withPeriods) is never reached
        for (int period : changes) {
            out.append("from period ").append(period).append('\n');
            for (SeatPlan seat : s.seats()) {
                long[] limits = seat.limits().get(period);
                if (limits != null) {
                    seat(out, seat, limits, "");
                }
            }
        }
        return out.toString();
    }

    private static void seat(StringBuilder out, SeatPlan seat, long[] limits, String taker) {
        out.append(seat.side() == Side.BID ? "buyer " : "seller ").append(seat.name());
        for (long limit : limits) {
            out.append(' ').append(limit);
        }
        out.append(taker).append('\n');
    }

    private static void line(StringBuilder out, String key, Object value) {
        out.append(key).append(' ').append(value).append('\n');
    }
}
