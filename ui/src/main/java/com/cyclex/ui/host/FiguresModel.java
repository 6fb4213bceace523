package com.cyclex.ui.host;

import com.cyclex.api.ExchangeFigures;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The exchange's figures and its pace: orders and trades a second, from the counts of two successive answers and
 * the time between the questions. Lives on the JavaFX thread; needs no screen.
 */
public final class FiguresModel {
    private final ReadOnlyObjectWrapper<ExchangeFigures> figures = new ReadOnlyObjectWrapper<>(this, "figures");
    private final ReadOnlyDoubleWrapper ordersPerSecond = new ReadOnlyDoubleWrapper(this, "ordersPerSecond");
    private final ReadOnlyDoubleWrapper tradesPerSecond = new ReadOnlyDoubleWrapper(this, "tradesPerSecond");
    private ExchangeFigures previous;
    private long previousNanos;

    /** An answer to a figures question asked at {@code askedNanos}. */
    public void accept(ExchangeFigures f, long askedNanos) {
        if (previous != null && askedNanos > previousNanos) {
            double seconds = (askedNanos - previousNanos) / 1e9;
            // Counts start again with the host; a drop is a restart, not a negative pace.
            ordersPerSecond.set(Math.max(0, f.orderCommands() - previous.orderCommands()) / seconds);
            tradesPerSecond.set(Math.max(0, f.trades() - previous.trades()) / seconds);
        }
        previous = f;
        previousNanos = askedNanos;
        figures.set(f);
    }

    public ReadOnlyObjectProperty<ExchangeFigures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty ordersPerSecondProperty() {
        return ordersPerSecond.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty tradesPerSecondProperty() {
        return tradesPerSecond.getReadOnlyProperty();
    }
}
