package com.cyclex.ui.entry;

import com.cyclex.api.MarketInfo;
import com.cyclex.market.MarketSpec;

/**
 * The exchange's own rules for an order's market, price and units, checked here first so the operator reads
 * why an order would be refused before sending it. Each check returns a sentence, or null when all is well;
 * the sentences say the same as the exchange's rejections would.
 */
public final class OrderRules {
    private OrderRules() {
    }

    /** Why no order can be placed or replaced in this market now. */
    public static String market(MarketInfo market) {
        if (market == null) {
            return "Choose a market to trade in.";
        }
        String symbol = market.spec().symbol();
        return switch (market.status()) {
            case OPEN -> null;
            case HALTED -> "Trading in " + symbol + " is halted; you can still cancel orders.";
            case CLOSED -> symbol + " has closed: its delivery window has begun.";
        };
    }

    public static String price(MarketSpec spec, long price) {
        if (price <= 0) {
            return "Enter a price between " + spec.priceMin() + " and " + spec.priceMax() + " ticks.";
        }
        if (!spec.band().contains(price)) {
            return "Price " + price + " is outside the band of " + spec.symbol() + ": " + spec.priceMin() + " to "
                    + spec.priceMax() + " ticks.";
        }
        return null;
    }

    public static String units(MarketSpec spec, long units) {
        if (units < spec.minUnits() || units > spec.maxUnits()) {
            return "An order in " + spec.symbol() + " is for " + spec.minUnits() + " to " + spec.maxUnits()
                    + " units, not " + units + ".";
        }
        return null;
    }
}
