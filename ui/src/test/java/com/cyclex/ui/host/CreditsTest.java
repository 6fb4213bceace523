package com.cyclex.ui.host;

import com.cyclex.ui.format.Credits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CreditsTest {

    @Test
    void minorUnitsShowWithTwoDecimals() {
        assertEquals("0.00", Credits.format(0));
        assertEquals("0.05", Credits.format(5));
        assertEquals("1,234.56", Credits.format(123_456));
        assertEquals("-2.50", Credits.format(-250));
    }

    @Test
    void typedCreditsParseExactly() {
        assertEquals(123_450, Credits.parse(" 1,234.5 "));
        assertEquals(1, Credits.parse("0.01"));
        assertEquals(100, Credits.parse("1.000"));
        assertEquals(29, Credits.parse("0.29"));
    }

    @Test
    void moreThanTwoDecimalsOrNoNumberIsRefusedWithASentence() {
        assertEquals("Credits have at most two decimals.",
                assertThrows(IllegalArgumentException.class, () -> Credits.parse("0.005")).getMessage());
        assertEquals("\"ten\" is not a number of credits.",
                assertThrows(IllegalArgumentException.class, () -> Credits.parse("ten")).getMessage());
    }
}
