package com.cyclex.sim.session;

import com.cyclex.sim.measure.PeriodFigures;
import java.util.Locale;

/**
 * What a restart must keep of a live session, as text two runs can be compared by: the scenario and market, the
 * period, the figures of ended periods, each seat's holder, units and profit, and the period's trades. Leaves out
 * what a restart changes on purpose (a running period comes back paused, standing orders are withdrawn).
 */
final class SessionPicture {
    private SessionPicture() {
    }

    static String of(LiveState s) {
        StringBuilder out = new StringBuilder();
        out.append("session ").append(s.scenario()).append(" on ").append(s.symbol()).append(" (market ").append(s.market())
                .append(") period ").append(s.period()).append(" of ").append(s.periods()).append(s.open() ? " open" : " closed")
                .append(s.rolesReshuffled() ? " reshuffled" : "").append('\n');
        for (PeriodFigures f : s.figures()) {
            out.append(String.format(Locale.ROOT, "figures %d: %d trades, surplus %d, efficiency %.4f, alpha %.4f%n",
                    f.period(), f.trades(), f.surplus(), f.efficiency(), f.alpha()));
        }
        for (LiveState.SeatRow r : s.seats()) {
            out.append("seat ").append(r.index()).append(' ').append(r.name()).append(" held by ").append(r.holderId())
                    .append(' ').append(r.holderName()).append(": traded ").append(r.traded()).append(" of ")
                    .append(r.limits().length).append(", period profit ").append(r.periodSurplus()).append(", profit ")
                    .append(r.totalSurplus()).append('\n');
        }
        for (TradeRecord t : s.trades()) {
            out.append("trade ").append(t.period()).append('/').append(t.seq()).append(": ").append(t.buyer()).append(" buys from ")
                    .append(t.seller()).append(" at ").append(t.price()).append(" (value ").append(t.value()).append(", cost ")
                    .append(t.cost()).append(", exchange trade ").append(t.tradeId()).append(")\n");
        }
        return out.toString();
    }
}
