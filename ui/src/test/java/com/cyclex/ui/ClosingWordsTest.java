package com.cyclex.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClosingWordsTest {
    @Test
    void nothingRestingAndNoRobotsClosesWithoutAsking() {
        assertFalse(ClosingWords.needsAsking(0, false, true));
        assertTrue(ClosingWords.needsAsking(1, false, false));
        assertTrue(ClosingWords.needsAsking(0, true, true));
    }

    @Test
    void theHostIsToldTheExchangeStopsForEveryone() {
        assertEquals("Close Cyclex and stop this exchange?", ClosingWords.header(true));
        assertEquals("You have 3 orders resting on the books and the demo robots are trading. This window is the "
                + "exchange's host: closing it stops the exchange for everyone, and no member can trade until you start "
                + "Cyclex again. Your orders are saved and rest again when the exchange starts. The robots start again with it.",
                ClosingWords.text(3, true, true));
        assertEquals("The demo robots are trading. This window is the exchange's host: closing it stops the exchange "
                + "for everyone, and no member can trade until you start Cyclex again. The robots start again with it.",
                ClosingWords.text(0, true, true));
    }

    @Test
    void aMemberIsToldTheirOrdersStay() {
        assertEquals("Close Cyclex?", ClosingWords.header(false));
        assertEquals("You have 1 order resting on the books. It stays on the book while you are away and can still trade.",
                ClosingWords.text(1, false, false));
    }
}
