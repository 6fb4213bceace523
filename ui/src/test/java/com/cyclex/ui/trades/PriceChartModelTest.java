package com.cyclex.ui.trades;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.cyclex.market.Side;
import com.cyclex.market.Trade;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriceChartModelTest {
    static final long T = 1_764_000_000_000L / 300_000 * 300_000;

    static Trade trade(long id, long time, long price, long units) {
        return new Trade(id, 1, id, id, 2, 3, price, units, Side.BID, time);
    }

    final PriceChartModel model = new PriceChartModel();

    @Test
    void everyIntervalIsBuiltFromTheSameTrades() {
        model.reset(List.of(trade(1, T, 100, 1), trade(2, T + 7_000, 110, 2), trade(3, T + 61_000, 90, 3)));

        assertEquals(13, model.candles(PriceChartModel.Interval.S5).size());
        assertEquals(2, model.candles(PriceChartModel.Interval.M1).size());
        CandleSeries five = model.candles(PriceChartModel.Interval.M5);
        assertEquals(1, five.size());
        assertEquals(100, five.open(0));
        assertEquals(110, five.high(0));
        assertEquals(90, five.low(0));
        assertEquals(90, five.close(0));
        assertEquals(6, five.volume(0));
        assertEquals(3, model.lastTradeProperty().get().id());
    }

    @Test
    void theChosenIntervalPicksTheCandlesShownAndMovesTheRevision() {
        long before = model.revision();
        model.intervalProperty().set(PriceChartModel.Interval.M1);

        assertNotEquals(before, model.revision());
        assertEquals(60_000, model.candles().interval());
    }

    @Test
    void resetStartsOver() {
        model.add(List.of(trade(1, T, 100, 1)));
        model.reset(List.of());

        assertEquals(0, model.candles().size());
        assertNull(model.lastTradeProperty().get());
    }

    @Test
    void theRevisionMovesWithTheClockOnlyAtABoundary() {
        model.add(List.of(trade(1, T + 1, 100, 1)));
        long revision = model.revision();

        model.advanceTo(T + 4_000);
        assertEquals(revision, model.revision());

        model.advanceTo(T + 5_000);
        assertNotEquals(revision, model.revision());
    }
}
