package com.cyclex.exchange;

import com.cyclex.market.Delivery;
import com.cyclex.market.MarketSpec;
import com.cyclex.market.PriceBand;
import java.util.regex.Pattern;

/** What makes a market definition valid, each rule with the sentence that explains it. */
final class MarketRules {
    static final int MAX_FEE_BPS = 1000;
    static final int MAX_TERM_MINUTES = 7 * 24 * 60;
    static final long MAX_TICK_SIZE = 1_000_000;
    static final long MAX_UNITS = 1_000_000;
    /** No single order may be worth more than this many minor units, so no product of its numbers overflows. */
    static final long MAX_ORDER_VALUE = 1_000_000_000_000_000L;
    private static final Pattern SYMBOL = Pattern.compile("[A-Za-z0-9._-]{1,24}");

    private MarketRules() {
    }

    static boolean feeValid(int bps) {
        return bps >= 0 && bps <= MAX_FEE_BPS;
    }

    /** Why this definition cannot be listed at {@code now}, or null when it can. */
    static String problem(MarketSpec s, long now) {
        if (s.symbol() == null || !SYMBOL.matcher(s.symbol()).matches()) {
            return "A symbol is 1 to 24 letters, digits, dots, dashes or underscores.";
        }
        if (s.resource() == null || s.delivery() == null) {
            return "A market needs a resource and a delivery.";
        }
        if (s.termMinutes() < 1 || s.termMinutes() > MAX_TERM_MINUTES) {
            return "The term is 1 to " + MAX_TERM_MINUTES + " minutes, not " + s.termMinutes() + ".";
        }
        if (s.tickSize() < 1 || s.tickSize() > MAX_TICK_SIZE) {
            return "A tick is worth 1 to " + MAX_TICK_SIZE + " minor units, not " + s.tickSize() + ".";
        }
        if (s.minUnits() < 1 || s.maxUnits() < s.minUnits() || s.maxUnits() > MAX_UNITS) {
            return "Lot limits run from at least 1 to at most " + MAX_UNITS + " units, the minimum not above the maximum.";
        }
        if (s.priceMin() < 1 || s.priceMax() < s.priceMin()) {
            return "The price band runs from at least 1 tick up to a highest price not below the lowest.";
        }
        if (s.priceMax() - s.priceMin() + 1 > PriceBand.MAX_WIDTH) {
            return "The price band may span at most " + PriceBand.MAX_WIDTH + " ticks.";
        }
        if (!feeValid(s.makerFeeBps()) || !feeValid(s.takerFeeBps())) {
            return "Fees are between 0 and " + MAX_FEE_BPS + " basis points.";
        }
        if (s.protectionTicks() < 0) {
            return "The market-order protection is zero or more ticks.";
        }
        // units x price x tick <= MAX exactly when price <= MAX / units / tick (whole numbers, rounded down);
        // dividing never overflows, where multiplying first may wrap around to a small number.
        if (s.priceMax() > MAX_ORDER_VALUE / s.maxUnits() / s.tickSize()) {
            return "The largest order (max units x highest price x tick size) may be worth at most " + MAX_ORDER_VALUE + " minor units.";
        }
        if (s.delivery() == Delivery.WINDOW && s.windowStart() <= now) {
            return "A window market's delivery must start in the future.";
        }
        if (s.delivery() == Delivery.SPOT && s.windowStart() != 0) {
            return "A spot market has no window start.";
        }
        return null;
    }
}
