package com.cyclex.ui.host;

import com.cyclex.ui.format.Credits;
import com.cyclex.market.Delivery;
import com.cyclex.market.MarketSpec;
import com.cyclex.market.Resource;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The "New market" form as text the operator types, and the checks that turn it into a {@link MarketSpec}: prices
 * in credits (whole ticks), lots in units, fees in basis points. It catches what a person gets wrong before
 * anything is sent; the exchange still has the last word (a taken symbol, an order too large to value). Needs no
 * screen.
 */
public final class MarketForm {
    public static final DateTimeFormatter WINDOW_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Pattern SYMBOL = Pattern.compile("[A-Za-z0-9._-]{1,24}");
    private static final int MAX_TERM_MINUTES = 7 * 24 * 60;
    private static final int MAX_FEE_BPS = 1000;

    private final StringProperty symbol = new SimpleStringProperty(this, "symbol", "");
    private final ObjectProperty<Delivery> delivery = new SimpleObjectProperty<>(this, "delivery", Delivery.SPOT);
    private final StringProperty windowStart = new SimpleStringProperty(this, "windowStart", "");
    private final StringProperty term = new SimpleStringProperty(this, "term", "10");
    private final StringProperty tick = new SimpleStringProperty(this, "tick", "0.01");
    private final StringProperty priceMin = new SimpleStringProperty(this, "priceMin", "0.01");
    private final StringProperty priceMax = new SimpleStringProperty(this, "priceMax", "100.00");
    private final StringProperty minUnits = new SimpleStringProperty(this, "minUnits", "1");
    private final StringProperty maxUnits = new SimpleStringProperty(this, "maxUnits", "1000");
    private final StringProperty makerFee = new SimpleStringProperty(this, "makerFee", "0");
    private final StringProperty takerFee = new SimpleStringProperty(this, "takerFee", "0");
    private final ZoneId zone;

    /** @param zone the zone the window start is typed in: the operator's own */
    public MarketForm(ZoneId zone) {
        this.zone = zone;
    }

    /** What is wrong with the form at {@code nowMillis}, as a sentence, or null when it can be sent. */
    public String problem(long nowMillis) {
        try {
            spec(nowMillis);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /**
     * The market the form describes.
     *
     * @throws IllegalArgumentException with a sentence for the operator, naming the first thing to fix
     */
    public MarketSpec spec(long nowMillis) {
        String sym = symbol.get().strip();
        if (!SYMBOL.matcher(sym).matches()) {
            throw new IllegalArgumentException("A symbol is 1 to 24 letters, digits, dots, dashes or underscores.");
        }
        long minutes = whole(term.get(), "The term");
        if (minutes < 1 || minutes > MAX_TERM_MINUTES) {
            throw new IllegalArgumentException("The term is 1 to " + MAX_TERM_MINUTES + " minutes.");
        }
        long tickSize = credits(tick.get(), "The tick");
        if (tickSize < 1) {
            throw new IllegalArgumentException("A tick is worth at least 0.01 credits.");
        }
        long low = ticks(priceMin.get(), tickSize, "The lowest price");
        long high = ticks(priceMax.get(), tickSize, "The highest price");
        if (low < 1) {
            throw new IllegalArgumentException("The lowest price is at least one tick (" + Credits.format(tickSize) + ").");
        }
        if (high < low) {
            throw new IllegalArgumentException("The highest price (" + Credits.format(high * tickSize)
                    + ") is below the lowest (" + Credits.format(low * tickSize) + ").");
        }
        long fewest = whole(minUnits.get(), "The smallest lot");
        long most = whole(maxUnits.get(), "The largest lot");
        if (fewest < 1 || most < fewest) {
            throw new IllegalArgumentException("Lots are at least 1 unit, the smallest not above the largest.");
        }
        int maker = fee(makerFee.get(), "The maker fee");
        int taker = fee(takerFee.get(), "The taker fee");
        long start = 0;
        if (delivery.get() == Delivery.WINDOW) {
            start = windowStartMillis();
            if (start <= nowMillis) {
                throw new IllegalArgumentException("A window market's delivery must start in the future.");
            }
        }
        // As for the exchange's own spot markets: a market order may sweep a tenth of the band.
        long protection = Math.max(1, (high - low) / 10);
        return new MarketSpec(sym, Resource.CPU_CORE, delivery.get(), start, (int) minutes, tickSize, fewest, most,
                low, high, maker, taker, protection);
    }

    private long windowStartMillis() {
        try {
            return LocalDateTime.parse(windowStart.get().strip(), WINDOW_FORMAT).atZone(zone).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Give the window's start as year-month-day hour:minute, e.g. 2026-03-01 14:00.");
        }
    }

    private static long whole(String text, String what) {
        try {
            return Long.parseLong(text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " is a whole number.");
        }
    }

    private static int fee(String text, String what) {
        long bps = whole(text, what);
        if (bps < 0 || bps > MAX_FEE_BPS) {
            throw new IllegalArgumentException(what + " is 0 to " + MAX_FEE_BPS + " basis points.");
        }
        return (int) bps;
    }

    private static long credits(String text, String what) {
        try {
            return Credits.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + ": " + lowerFirst(e.getMessage()));
        }
    }

    /** A price in credits as a whole number of ticks. */
    private static long ticks(String text, long tickSize, String what) {
        long minor = credits(text, what);
        if (minor % tickSize != 0) {
            throw new IllegalArgumentException(what + " must be a whole number of ticks (" + Credits.format(tickSize)
                    + " credits each).");
        }
        return minor / tickSize;
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    public StringProperty symbolProperty() {
        return symbol;
    }

    public ObjectProperty<Delivery> deliveryProperty() {
        return delivery;
    }

    /** In {@link #WINDOW_FORMAT}, the operator's time zone. */
    public StringProperty windowStartProperty() {
        return windowStart;
    }

    /** Minutes. */
    public StringProperty termProperty() {
        return term;
    }

    /** Credits per tick. */
    public StringProperty tickProperty() {
        return tick;
    }

    /** Credits per unit. */
    public StringProperty priceMinProperty() {
        return priceMin;
    }

    /** Credits per unit. */
    public StringProperty priceMaxProperty() {
        return priceMax;
    }

    public StringProperty minUnitsProperty() {
        return minUnits;
    }

    public StringProperty maxUnitsProperty() {
        return maxUnits;
    }

    /** Basis points. */
    public StringProperty makerFeeProperty() {
        return makerFee;
    }

    /** Basis points. */
    public StringProperty takerFeeProperty() {
        return takerFee;
    }
}
