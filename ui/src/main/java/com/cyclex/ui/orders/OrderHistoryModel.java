package com.cyclex.ui.orders;

import com.cyclex.api.ExchangeEvent;
import com.cyclex.api.HistoryQuery;
import com.cyclex.api.PastOrder;
import java.time.ZoneId;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The operator's order history: which market and time range to show, the rows of the latest answer, and when
 * to ask again. The rows come whole from the exchange's history (an order's latest state, newest first), so an
 * answer replaces them; an answer to a filter no longer shown is dropped, since another question is on its way.
 */
public final class OrderHistoryModel {
    /** The most orders one answer shows. */
    public static final int LIMIT = 500;
    /**
     * The history is written just after the commit the events tell of, so a question asked at once may miss the
     * newest change: one more question this long after the last change makes sure it shows.
     */
    static final long FOLLOW_UP_NANOS = 700_000_000L;

    /** An answer, with the filter it was asked for; {@code problem} says why there are no rows when it failed. */
    public record Answer(int market, HistoryRange range, List<PastOrder> rows, String problem) {
    }

    private final long me;
    private final ObjectProperty<Integer> market = new SimpleObjectProperty<>(this, "market", 0);
    private final ObjectProperty<HistoryRange> range = new SimpleObjectProperty<>(this, "range", HistoryRange.TODAY);
    private final ObservableList<PastOrder> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private long followUpAt;
    private boolean followUpPending;

    public OrderHistoryModel(long me) {
        this.me = me;
    }

    /** The market shown: 0 for every market. */
    public ObjectProperty<Integer> marketProperty() {
        return market;
    }

    public ObjectProperty<HistoryRange> rangeProperty() {
        return range;
    }

    public ObservableList<PastOrder> rows() {
        return rows;
    }

    /** How many orders show, or why none could be read. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The question for the filter shown, with the range counted back from {@code now} (epoch milliseconds). */
    public HistoryQuery query(long now, ZoneId zone) {
        return new HistoryQuery(me, market(), range.get().from(now, zone), Long.MAX_VALUE, LIMIT);
    }

    public int market() {
        Integer m = market.get();
        return m == null ? 0 : m;
    }

    public void answered(Answer a) {
        if (a.market() != market() || a.range() != range.get()) {
            return;
        }
        if (a.problem() != null) {
            rows.clear();
            summary.set(a.problem());
            return;
        }
        rows.setAll(a.rows());
        int n = a.rows().size();
        summary.set(n >= LIMIT ? "the latest " + LIMIT + " orders" : n == 1 ? "1 order" : n + " orders");
    }

    /**
     * Whether these events changed one of the operator's orders (then the history is out of date); if so, a
     * follow-up question falls due {@link #FOLLOW_UP_NANOS} after {@code nowNanos}.
     */
    public boolean heard(List<ExchangeEvent> events, long nowNanos) {
        for (ExchangeEvent e : events) {
            if (e instanceof ExchangeEvent.OrderUpdated u && u.order().memberId() == me) {
                followUpAt = nowNanos + FOLLOW_UP_NANOS;
                followUpPending = true;
                return true;
            }
        }
        return false;
    }

    /** Whether the follow-up question is due now; true once per change heard. */
    public boolean followUpDue(long nowNanos) {
        if (followUpPending && nowNanos - followUpAt >= 0) {
            followUpPending = false;
            return true;
        }
        return false;
    }
}
