package com.cyclex.ui.book;

import com.cyclex.api.BookDepth;
import com.cyclex.api.ExchangeEvent;
import com.cyclex.api.MarketInfo;
import com.cyclex.api.OrderInfo;
import com.cyclex.market.Side;
import com.cyclex.ui.Terminal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The ladder's view model: the latest book depth and the operator's resting orders, turned into rows with
 * running totals and size bars. The bars are relative to the largest level the view has room for, so a big
 * order far from the spread, out of sight, does not flatten the bars that can be seen.
 */
public final class LadderModel {
    /** Levels fetched per side. */
    public static final int LEVELS = 20;

    private final OwnOrders own;
    private final ReadOnlyObjectWrapper<Ladder> ladder = new ReadOnlyObjectWrapper<>(this, "ladder", Ladder.empty(0, 1));
    private BookDepth depth = BookFeed.empty(0);
    /** The book shown before the latest one, to tell which levels just changed. */
    private BookDepth previous = BookFeed.empty(0);
    private long tickSize = 1;
    private int visible = LEVELS;
    /** The sellers' records at the ask levels, by price, from the last answer for this market. */
    private Map<Long, com.cyclex.api.AskRecord> records = Map.of();

    public LadderModel(long me) {
        this.own = new OwnOrders(me);
    }

    /** A model that follows the terminal's selected market and the operator's orders. */
    static LadderModel connect(Terminal terminal) {
        LadderModel model = new LadderModel(terminal.me());
        model.showMarket(terminal.markets().selected());
        terminal.markets().selectedProperty().addListener((obs, old, market) -> model.showMarket(market));
        BookFeed.depth(terminal, LEVELS, model::showDepth);
        BookFeed.askRecords(terminal, LEVELS, model::showAskRecords);
        terminal.live().query(() -> terminal.client().openOrders(terminal.me()), model::ownOrdersFetched);
        terminal.live().onEvents(model::onEvents);
        return model;
    }

    public void showMarket(MarketInfo market) {
        long tick = market == null ? 1 : market.spec().tickSize();
        if (tick != tickSize) {
            tickSize = tick;
            rebuild();
        }
    }

    /** A new book; levels whose units changed since the last book of the same market are marked to flash. */
    public void showDepth(BookDepth depth) {
        this.previous = this.depth;
        this.depth = depth;
        rebuild(previous.market() == depth.market());
    }

    /** The sellers' records at the ask levels: shown beside the asks they belong to. */
    public void showAskRecords(List<com.cyclex.api.AskRecord> latest) {
        Map<Long, com.cyclex.api.AskRecord> byPrice = new HashMap<>(latest.size() * 2);
        for (com.cyclex.api.AskRecord r : latest) {
            byPrice.put(r.price(), r);
        }
        if (!byPrice.equals(records)) {
            records = byPrice;
            rebuild();
        }
    }

    public void ownOrdersFetched(List<OrderInfo> open) {
        if (own.fetched(open)) {
            rebuild();
        }
    }

    public void onEvents(List<ExchangeEvent> events) {
        if (own.apply(events)) {
            rebuild();
        }
    }

    /** How many levels per side the view has room for; the size bars scale to the largest of those. */
    public void setVisibleLevels(int levels) {
        int v = Math.max(1, Math.min(LEVELS, levels));
        if (v != visible) {
            visible = v;
            rebuild();
        }
    }

    public ReadOnlyObjectProperty<Ladder> ladderProperty() {
        return ladder.getReadOnlyProperty();
    }

    public Ladder ladder() {
        return ladder.get();
    }

    private void rebuild() {
        rebuild(false);
    }

    /** Recomputes the rows; {@code flash} marks the levels that differ from the previous book of the same market. */
    private void rebuild(boolean flash) {
        long largest = 1;
        for (int i = 0; i < Math.min(visible, depth.bidLevels()); i++) {
            largest = Math.max(largest, depth.bidUnits()[i]);
        }
        for (int i = 0; i < Math.min(visible, depth.askLevels()); i++) {
            largest = Math.max(largest, depth.askUnits()[i]);
        }
        ladder.set(new Ladder(depth.market(), tickSize,
                rows(Side.ASK, depth.askPrices(), depth.askUnits(), largest,
                        flash ? unitsByPrice(previous.askPrices(), previous.askUnits()) : null),
                rows(Side.BID, depth.bidPrices(), depth.bidUnits(), largest,
                        flash ? unitsByPrice(previous.bidPrices(), previous.bidUnits()) : null)));
    }

    private List<LadderRow> rows(Side side, long[] prices, long[] units, long largest, Map<Long, Long> before) {
        Map<Long, Long> mine = own.unitsByPrice(depth.market(), side);
        List<LadderRow> rows = new ArrayList<>(prices.length);
        long total = 0;
        for (int i = 0; i < prices.length; i++) {
            total += units[i];
            boolean changed = before != null && before.getOrDefault(prices[i], 0L) != units[i];
            rows.add(new LadderRow(side, prices[i], units[i], total, Math.min(1.0, units[i] / (double) largest),
                    mine.getOrDefault(prices[i], 0L), changed, side == Side.ASK ? records.get(prices[i]) : null));
        }
        return rows;
    }

    private static Map<Long, Long> unitsByPrice(long[] prices, long[] units) {
        Map<Long, Long> map = new HashMap<>(prices.length * 2);
        for (int i = 0; i < prices.length; i++) {
            map.put(prices[i], units[i]);
        }
        return map;
    }
}
