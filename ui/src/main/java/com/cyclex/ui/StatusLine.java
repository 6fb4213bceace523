package com.cyclex.ui;

import com.cyclex.api.ExchangeFigures;
import com.cyclex.ui.live.LiveQuery;
import javafx.scene.control.Label;
import org.controlsfx.control.StatusBar;

/** The bottom line: the latest notice on the left, the exchange's pace on the right. */
final class StatusLine extends StatusBar {
    private static final long EVERY_NANOS = 1_000_000_000L;
    private final Label pace = new Label();
    private ExchangeFigures previous;
    private long previousAt;
    private long lastAsked;

    StatusLine(Terminal terminal) {
        setId("status-line");
        textProperty().bind(terminal.notices().lastProperty());
        getRightItems().add(pace);
        LiveQuery<ExchangeFigures> figures = terminal.live().query(() -> terminal.client().figures(), this::show);
        terminal.live().onFrame(now -> {
            if (now - lastAsked >= EVERY_NANOS) {
                lastAsked = now;
                figures.refresh();
            }
        });
    }

    private void show(ExchangeFigures f) {
        long now = System.nanoTime();
        if (previous != null) {
            double seconds = (now - previousAt) / 1e9;
            double orders = (f.orderCommands() - previous.orderCommands()) / seconds;
            double trades = (f.trades() - previous.trades()) / seconds;
            pace.setText(String.format("%,.0f orders/s · %,.0f trades/s · %,d trades · %,d open orders · %d members",
                    orders, trades, f.trades(), f.openOrders(), f.members()));
        }
        previous = f;
        previousAt = now;
    }
}
