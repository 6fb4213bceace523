package com.cyclex.ui.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.cyclex.market.Delivery;
import com.cyclex.market.MarketSpec;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MarketFormTest {
    private static final long NOW = 1_764_000_000_000L; // 2025-11-24 16:00 UTC
    private final MarketForm form = new MarketForm(ZoneOffset.UTC);

    @Test
    void creditsBecomeTicksOfTheTickSize() {
        form.symbolProperty().set("CPU-1H");
        form.termProperty().set("60");
        form.tickProperty().set("0.05");
        form.priceMinProperty().set("0.10");
        form.priceMaxProperty().set("25.00");
        form.makerFeeProperty().set("5");
        form.takerFeeProperty().set("10");

        MarketSpec spec = form.spec(NOW);
        assertEquals(5, spec.tickSize());
        assertEquals(2, spec.priceMin());
        assertEquals(500, spec.priceMax());
        assertEquals(60, spec.termMinutes());
        assertEquals(5, spec.makerFeeBps());
        assertEquals(10, spec.takerFeeBps());
        assertEquals(Delivery.SPOT, spec.delivery());
        assertEquals(0, spec.windowStart());
    }

    @Test
    void aLowestPriceAboveTheHighestIsRefusedBeforeSending() {
        form.symbolProperty().set("CPU");
        form.priceMinProperty().set("50.00");
        form.priceMaxProperty().set("10.00");
        assertEquals("The highest price (10.00) is below the lowest (50.00).", form.problem(NOW));
    }

    @Test
    void pricesOffTheTickAreRefused() {
        form.symbolProperty().set("CPU");
        form.tickProperty().set("0.05");
        form.priceMinProperty().set("0.12");
        assertEquals("The lowest price must be a whole number of ticks (0.05 credits each).", form.problem(NOW));
    }

    @Test
    void aWindowMustStartInTheFuture() {
        form.symbolProperty().set("WIN");
        form.deliveryProperty().set(Delivery.WINDOW);
        form.windowStartProperty().set("2025-11-24 15:00");
        assertEquals("A window market's delivery must start in the future.", form.problem(NOW));

        form.windowStartProperty().set("2025-11-25 09:00");
        assertNull(form.problem(NOW));
        assertEquals(1_764_061_200_000L, form.spec(NOW).windowStart());
    }

    @Test
    void aSymbolWithSpacesIsRefused() {
        form.symbolProperty().set("cpu market");
        assertEquals("A symbol is 1 to 24 letters, digits, dots, dashes or underscores.", form.problem(NOW));
    }
}
