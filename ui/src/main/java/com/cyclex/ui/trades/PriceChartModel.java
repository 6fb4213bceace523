package com.cyclex.ui.trades;

import com.cyclex.market.Trade;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The price chart's view model: candles of every interval kept up to date together, so switching between
 * them is instant and needs no new fetch; the chosen interval and style; the last trade. {@link #revision()}
 * moves whenever what the chart shows changes, so the view redraws only then.
 */
public final class PriceChartModel {
    /** The candle intervals offered. */
    public enum Interval {
        S5("5s", 5_000),
        M1("1m", 60_000),
        M5("5m", 300_000);

        private final String label;
        private final long millis;

        Interval(String label, long millis) {
            this.label = label;
            this.millis = millis;
        }

        public String label() {
            return label;
        }

        public long millis() {
            return millis;
        }
    }

    public enum Style { CANDLES, LINE }

    /** Candles shown at once, whatever the interval. */
    public static final int WINDOW = 120;

    private final Map<Interval, CandleSeries> series = new EnumMap<>(Interval.class);
    private final ObjectProperty<Interval> interval = new SimpleObjectProperty<>(this, "interval", Interval.S5);
    private final ObjectProperty<Style> style = new SimpleObjectProperty<>(this, "style", Style.CANDLES);
    private final ReadOnlyObjectWrapper<Trade> lastTrade = new ReadOnlyObjectWrapper<>(this, "lastTrade");
    private long revision;

    public PriceChartModel() {
        for (Interval i : Interval.values()) {
            series.put(i, new CandleSeries(i.millis(), WINDOW));
        }
        interval.addListener((obs, old, now) -> revision++);
        style.addListener((obs, old, now) -> revision++);
    }

    /** Starts over with these trades, oldest first (a new market, or its recent trades arrived). */
    public void reset(List<Trade> oldestFirst) {
        for (CandleSeries s : series.values()) {
            s.clear();
        }
        lastTrade.set(null);
        add(oldestFirst);
        revision++;
    }

    /** Counts new trades, oldest first, into every interval's candles. */
    public void add(List<Trade> oldestFirst) {
        if (oldestFirst.isEmpty()) {
            return;
        }
        for (Trade t : oldestFirst) {
            for (CandleSeries s : series.values()) {
                s.add(t.time(), t.price(), t.units());
            }
        }
        lastTrade.set(oldestFirst.get(oldestFirst.size() - 1));
        revision++;
    }

    /** Lets the clock move the window on; cheap when no interval boundary was crossed. */
    public void advanceTo(long millis) {
        for (CandleSeries s : series.values()) {
            if (s.advanceTo(millis)) {
                revision++;
            }
        }
    }

    /** The candles of the chosen interval. */
    public CandleSeries candles() {
        return series.get(interval.get());
    }

    public CandleSeries candles(Interval i) {
        return series.get(i);
    }

    public ObjectProperty<Interval> intervalProperty() {
        return interval;
    }

    public ObjectProperty<Style> styleProperty() {
        return style;
    }

    /** The latest trade, or null before the first. */
    public ReadOnlyObjectProperty<Trade> lastTradeProperty() {
        return lastTrade.getReadOnlyProperty();
    }

    public long revision() {
        return revision;
    }
}
