package com.cyclex.ui.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LoadHistoryTest {

    @Test
    void keepsOnlyTheLastCapacityPointsOldestFirst() {
        LoadHistory history = new LoadHistory(120);
        for (int second = 0; second < 500; second++) {
            history.add(new LoadPoint(second, 0, 0, 0));
        }
        assertEquals(120, history.size());
        assertEquals(380, history.get(0).usedCores());
        assertEquals(499, history.get(119).usedCores());
        assertEquals(499, history.last().usedCores());
    }

    @Test
    void aFillingHistoryGrowsOnePointAtATime() {
        LoadHistory history = new LoadHistory(4);
        assertNull(history.last());
        history.add(new LoadPoint(1, 0, 0, 0));
        history.add(new LoadPoint(2, 0, 0, 0));
        assertEquals(2, history.size());
        assertEquals(1, history.get(0).usedCores());
    }
}
