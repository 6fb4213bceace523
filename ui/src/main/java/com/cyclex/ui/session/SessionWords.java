package com.cyclex.ui.session;

import com.cyclex.sim.measure.PeriodFigures;
import com.cyclex.sim.session.LiveState;
import java.util.Locale;

/** How the session tab and the seat panel say things: the period and its clock, figures to one decimal. */
final class SessionWords {
    private SessionWords() {
    }

    /** 0:43, 12:05: a period's time left. */
    static String clock(long millis) {
        long s = Math.max(0, (millis + 999) / 1000);
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** "Period 2 of 5 · 0:43 left", "Period 2 of 5 · paused at 0:43", "Period 2 of 5 ended", "Not started". */
    static String period(int period, int periods, boolean open, boolean paused, long timeLeftMillis) {
        if (period == 0) {
            return "Not started: " + periods + (periods == 1 ? " period" : " periods") + " to run";
        }
        String head = "Period " + period + " of " + periods;
        if (!open) {
            return head + (period >= periods ? " ended: the session is over" : " ended");
        }
        return head + (paused ? " · paused at " + clock(timeLeftMillis) : " · " + clock(timeLeftMillis) + " left");
    }

    static String status(LiveState s, long now) {
        return s.scenario() + " (" + s.symbol() + ", " + s.rule().word() + ") · "
                + period(s.period(), s.periods(), s.open(), s.paused(), s.timeLeftAt(now));
    }

    /** A percentage to one decimal; a dash when there was nothing to measure. */
    static String percent(double x) {
        return Double.isNaN(x) ? "–" : String.format(Locale.ROOT, "%.1f", x);
    }

    static String price(double x) {
        return Double.isNaN(x) ? "–" : String.format(Locale.ROOT, "%.1f", x);
    }

    static String band(PeriodFigures f) {
        var eq = f.equilibrium();
        return eq.priceLow() == eq.priceHigh() ? Long.toString(eq.priceLow()) : eq.priceLow() + "–" + eq.priceHigh();
    }
}
