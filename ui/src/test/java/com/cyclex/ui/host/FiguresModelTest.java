package com.cyclex.ui.host;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cyclex.api.ExchangeFigures;
import org.junit.jupiter.api.Test;

class FiguresModelTest {
    private static final long SECOND = 1_000_000_000L;

    private static ExchangeFigures figures(long orders, long trades) {
        return new ExchangeFigures(orders, trades, 0, 0, 0, 0, 0, 0, 1, 0);
    }

    @Test
    void ratesComeFromTwoSuccessiveAnswersAndTheTimeBetweenTheirQuestions() {
        FiguresModel model = new FiguresModel();
        model.accept(figures(1_000, 100), 10 * SECOND);
        assertEquals(0, model.ordersPerSecondProperty().get());

        model.accept(figures(1_500, 160), 11 * SECOND);
        assertEquals(500, model.ordersPerSecondProperty().get(), 1e-9);
        assertEquals(60, model.tradesPerSecondProperty().get(), 1e-9);

        model.accept(figures(2_500, 170), 13 * SECOND);
        assertEquals(500, model.ordersPerSecondProperty().get(), 1e-9);
        assertEquals(5, model.tradesPerSecondProperty().get(), 1e-9);
        assertEquals(2_500, model.figuresProperty().get().orderCommands());
    }

    @Test
    void countsThatDropMeanARestartNotANegativePace() {
        FiguresModel model = new FiguresModel();
        model.accept(figures(9_000, 900), SECOND);
        model.accept(figures(10, 1), 2 * SECOND);
        assertEquals(0, model.ordersPerSecondProperty().get());
        assertEquals(0, model.tradesPerSecondProperty().get());
    }
}
