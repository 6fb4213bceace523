package com.cyclex.ui.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.api.BookDepth;
import org.junit.jupiter.api.Test;

class DepthModelTest {
    final DepthModel model = new DepthModel();

    static BookDepth depth(long[] bidPrices, long[] bidUnits, long[] askPrices, long[] askUnits) {
        return new BookDepth(1, bidPrices, bidUnits, askPrices, askUnits);
    }

    @Test
    void eachLevelCarriesTheUnitsAtItAndAtEveryBetterPrice() {
        model.show(depth(new long[] {99, 98, 95}, new long[] {5, 3, 10}, new long[] {101, 102}, new long[] {2, 7}));

        assertEquals(5, model.bidTotal(0));
        assertEquals(8, model.bidTotal(1));
        assertEquals(18, model.bidTotal(2));
        assertEquals(2, model.askTotal(0));
        assertEquals(9, model.askTotal(1));
        assertEquals(18, model.maxTotal());
    }

    @Test
    void theWindowIsSymmetricAroundTheMidAndReachesTheFartherSide() {
        model.show(depth(new long[] {99, 98, 95}, new long[] {5, 3, 10}, new long[] {101, 102}, new long[] {2, 7}));

        assertEquals(100.0, model.mid());
        assertEquals(5.0, model.halfRange());
    }

    @Test
    void readingOffThePointerCountsWhatCouldBeTradedUpToThatPrice() {
        model.show(depth(new long[] {99, 98, 95}, new long[] {5, 3, 10}, new long[] {101, 102}, new long[] {2, 7}));

        assertEquals(0, model.bidsAtOrAbove(99.5));
        assertEquals(5, model.bidsAtOrAbove(99));
        assertEquals(8, model.bidsAtOrAbove(96));
        assertEquals(18, model.bidsAtOrAbove(1));
        assertEquals(0, model.asksAtOrBelow(100.9));
        assertEquals(9, model.asksAtOrBelow(500));
    }

    @Test
    void aOneSidedBookCentresOnItsBestPrice() {
        model.show(depth(new long[0], new long[0], new long[] {120, 125}, new long[] {1, 1}));

        assertEquals(120.0, model.mid());
        assertEquals(5.0, model.halfRange());
        model.show(depth(new long[0], new long[0], new long[0], new long[0]));
        assertTrue(model.isEmpty());
    }
}
