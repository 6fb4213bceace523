package com.cyclex.sim.session;

import com.cyclex.sim.measure.PeriodFigures;

/** Hears what happens in a session, as it happens, on the session's thread: an export, a view, a learning robot. */
public interface SessionListener {

    default void periodStarted(int period, long time) {
    }

    default void order(OrderRecord order) {
    }

    default void trade(TradeRecord trade) {
    }

    default void periodEnded(PeriodFigures figures, long time) {
    }
}
