package com.cyclex.ui.orders;

import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Rows a view keeps from a first answer and the events after it, in a fixed order and at most {@code limit}
 * of them (the oldest go first), changed in place so a table keeps its selection and scroll.
 *
 * <p>The first answer and the events race: an event may arrive while the answer is out. An event always
 * carries the row as it is after its change, so a row heard of since the question was asked is newer than or
 * equal to its copy in the answer, and the answer's copy is dropped.
 */
final class LiveRows<T> {
    private final ToLongFunction<T> key;
    private final Comparator<T> order;
    private final Predicate<T> keep;
    private final int limit;
    private final ObservableList<T> rows = FXCollections.observableArrayList();
    private final Map<Long, T> byKey = new HashMap<>();
    private final Set<Long> heardWhileAsking = new HashSet<>();
    private boolean asking;

    /**
     * @param order the rows' order; must tell rows with different keys apart
     * @param keep whether a row is shown at all (an order with nothing open is not)
     */
    LiveRows(ToLongFunction<T> key, Comparator<T> order, Predicate<T> keep, int limit) {
        this.key = key;
        this.order = order;
        this.keep = keep;
        this.limit = limit;
    }

    ObservableList<T> rows() {
        return rows;
    }

    /** The question for the first answer has gone out. */
    void asked() {
        asking = true;
        heardWhileAsking.clear();
    }

    /** The first answer: every row in it that no event has told of since it was asked. */
    void answered(List<T> answer) {
        for (T row : answer) {
            if (!heardWhileAsking.contains(key.applyAsLong(row))) {
                put(row);
            }
        }
        asking = false;
        heardWhileAsking.clear();
    }

    /** An event told of a row as it is now. */
    void heard(T row) {
        if (asking) {
            heardWhileAsking.add(key.applyAsLong(row));
        }
        put(row);
    }

    private void put(T row) {
        long k = key.applyAsLong(row);
        T old = byKey.get(k);
        int at = old == null ? -1 : Collections.binarySearch(rows, old, order);
        if (!keep.test(row)) {
            if (at >= 0) {
                rows.remove(at);
                byKey.remove(k);
            }
            return;
        }
        byKey.put(k, row);
        if (at >= 0 && order.compare(old, row) == 0) {
            rows.set(at, row);
            return;
        }
        if (at >= 0) {
            rows.remove(at);
        }
        int insert = Collections.binarySearch(rows, row, order);
        rows.add(insert < 0 ? -insert - 1 : insert, row);
        while (rows.size() > limit) {
            byKey.remove(key.applyAsLong(rows.remove(rows.size() - 1)));
        }
    }
}
