package com.cyclex.ui.entry;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.sim.scenario.ScenarioParser;
import com.cyclex.sim.session.Classroom;
import com.cyclex.sim.session.LiveSession;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** The host's own order entry in a live session's market: refused with the gateway's code and sentence. */
class SessionMarketEntryTest extends TerminalTestBase {
    private LiveSession live;

    @Override
    protected void seed() {
        live = Classroom.on(host).open(host, ScenarioParser.parse("""
                name Entry test
                periods 2
                length 60 s
                prices 1 to 200
                buyer  B1 150
                seller S1 40
                """, "entry"), LiveSession.Options.defaults()).orTimeout(30, TimeUnit.SECONDS).join();
    }

    @Test
    void aBidInTheSessionsMarketIsRefusedWithTheSessionsSentenceAndReachesNoBook() {
        int session = live.state().market();
        waitUntil("the session's market is listed", () -> terminal.markets().markets().stream().anyMatch(m -> m.id() == session));
        fx(() -> {
            terminal.markets().select(session);
            return null;
        });
        waitUntil("the session's market is selected", () -> terminal.markets().selectedId() == session);
        typeInto("#entry-price", "100");
        typeInto("#entry-units", "1");
        waitUntil("the order could be sent", () -> model().problem() == null);
        push(KeyCode.CONTROL, KeyCode.B);
        waitUntil("the refusal shows", () -> lastNotice() != null && lastNotice().contains("is the live session's"));
        assertTrue(lastNotice().contains("Market " + live.symbol() + " is the live session's: shout for your seat in the Seat tab"),
                lastNotice());
        assertTrue(host.read(x -> x.orders(session)).isEmpty(), "nothing reached the session's book");
    }

    private OrderEntryModel model() {
        return ((OrderEntryView) lookup("#order-entry").query()).model();
    }
}
