package com.cyclex.ui.trades;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CandleSeriesTest {
    static final long MIN = 60_000;
    /** A minute boundary, so intervals of 5 s and 1 min both start here. */
    static final long T = 1_764_000_000_000L / MIN * MIN;

    final CandleSeries candles = new CandleSeries(MIN, 5);

    @Test
    void tradesInOneIntervalMakeOneCandleWithOpenHighLowCloseAndVolume() {
        candles.add(T + 1_000, 100, 2);
        candles.add(T + 20_000, 104, 1);
        candles.add(T + 40_000, 97, 5);
        candles.add(T + 59_999, 101, 3);

        assertEquals(1, candles.size());
        assertCandle(0, T, 100, 104, 97, 101, 11);
    }

    @Test
    void aTradeExactlyOnTheBoundaryStartsTheNextCandle() {
        candles.add(T + 59_999, 100, 1);
        candles.add(T + MIN, 102, 4);

        assertEquals(2, candles.size());
        assertCandle(0, T, 100, 100, 100, 100, 1);
        assertCandle(1, T + MIN, 102, 102, 102, 102, 4);
    }

    @Test
    void intervalsWithoutTradesAreFlatCandlesAtThePreviousCloseWithNoVolume() {
        candles.add(T, 100, 1);
        candles.add(T + 10, 103, 1);
        candles.add(T + 3 * MIN + 5, 99, 2);

        assertEquals(4, candles.size());
        assertCandle(1, T + MIN, 103, 103, 103, 103, 0);
        assertCandle(2, T + 2 * MIN, 103, 103, 103, 103, 0);
        assertCandle(3, T + 3 * MIN, 99, 99, 99, 99, 2);
    }

    @Test
    void theWindowKeepsOnlyTheLastCapacityCandles() {
        for (int i = 0; i < 8; i++) {
            candles.add(T + i * MIN, 100 + i, 1);
        }

        assertEquals(5, candles.size());
        for (int i = 0; i < 5; i++) {
            assertCandle(i, T + (i + 3) * MIN, 103 + i, 103 + i, 103 + i, 103 + i, 1);
        }
    }

    @Test
    void aGapLongerThanTheWindowLeavesOnlyFlatCandlesBeforeTheNewTrade() {
        candles.add(T, 100, 1);
        candles.add(T + 1_000 * MIN, 120, 7);

        assertEquals(5, candles.size());
        assertCandle(0, T + 996 * MIN, 100, 100, 100, 100, 0);
        assertCandle(3, T + 999 * MIN, 100, 100, 100, 100, 0);
        assertCandle(4, T + 1_000 * MIN, 120, 120, 120, 120, 7);
    }

    @Test
    void aTradeOlderThanTheWindowIsDroppedAndOneInsideItCountsWhereItBelongs() {
        for (int i = 0; i < 6; i++) {
            candles.add(T + i * MIN, 100, 1);
        }
        long version = candles.version();
        candles.add(T, 50, 9);
        assertEquals(version, candles.version());

        candles.add(T + 2 * MIN + 1, 130, 2);
        assertCandle(1, T + 2 * MIN, 100, 130, 100, 130, 3);
    }

    @Test
    void timePassingWithoutTradesSlidesTheWindowOnlyAtIntervalBoundaries() {
        candles.add(T + 5, 100, 1);

        assertFalse(candles.advanceTo(T + MIN - 1));
        assertEquals(1, candles.size());

        assertTrue(candles.advanceTo(T + 2 * MIN));
        assertEquals(3, candles.size());
        assertCandle(2, T + 2 * MIN, 100, 100, 100, 100, 0);

        assertTrue(candles.advanceTo(T + 40 * MIN));
        assertEquals(5, candles.size());
        assertEquals(T + 36 * MIN, candles.start(0));
    }

    @Test
    void anEmptySeriesDoesNotMoveWithTimeAndClearStartsOver() {
        assertFalse(candles.advanceTo(T));
        candles.add(T, 100, 1);
        candles.clear();

        assertEquals(0, candles.size());
        candles.add(T + 7 * MIN, 90, 1);
        assertCandle(0, T + 7 * MIN, 90, 90, 90, 90, 1);
    }

    @Test
    void aLongSessionHoldsNoMoreThanTheWindow() {
        CandleSeries fiveSeconds = new CandleSeries(5_000, 120);
        for (int i = 0; i < 100_000; i++) {
            fiveSeconds.add(T + i * 1_700L, 1_000 + i % 17, 1 + i % 3);
        }
        assertEquals(120, fiveSeconds.size());
        long last = T + 99_999 * 1_700L;
        assertEquals(fiveSeconds.startOf(last), fiveSeconds.start(119));
        assertEquals(fiveSeconds.start(119) - 119 * 5_000L, fiveSeconds.start(0));
    }

    private void assertCandle(int i, long start, long open, long high, long low, long close, long volume) {
        assertEquals(start, candles.start(i), "start of candle " + i);
        assertEquals(open, candles.open(i), "open of candle " + i);
        assertEquals(high, candles.high(i), "high of candle " + i);
        assertEquals(low, candles.low(i), "low of candle " + i);
        assertEquals(close, candles.close(i), "close of candle " + i);
        assertEquals(volume, candles.volume(i), "volume of candle " + i);
    }
}
