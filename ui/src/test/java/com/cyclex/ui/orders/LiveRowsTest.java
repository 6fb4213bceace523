package com.cyclex.ui.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiveRowsTest {
    record Row(long id, long open) {
    }

    LiveRows<Row> rows = new LiveRows<>(Row::id, Comparator.comparingLong(Row::id).reversed(), r -> r.open() > 0, 3);

    @Test
    void rowsStayNewestFirstAndChangeInPlace() {
        rows.heard(new Row(1, 5));
        rows.heard(new Row(3, 5));
        rows.heard(new Row(2, 5));
        rows.heard(new Row(3, 2));
        assertEquals(List.of(new Row(3, 2), new Row(2, 5), new Row(1, 5)), rows.rows());
    }

    @Test
    void aRowThatIsNoLongerKeptLeaves() {
        rows.heard(new Row(1, 5));
        rows.heard(new Row(1, 0));
        assertEquals(List.of(), rows.rows());
    }

    @Test
    void theOldestRowsGoPastTheLimit() {
        for (long id = 1; id <= 5; id++) {
            rows.heard(new Row(id, 1));
        }
        assertEquals(List.of(new Row(5, 1), new Row(4, 1), new Row(3, 1)), rows.rows());
    }

    @Test
    void anEventHeardWhileAskingBeatsTheAnswer() {
        rows.asked();
        rows.heard(new Row(1, 0));   // filled after the answer was read
        rows.heard(new Row(2, 3));   // changed after the answer was read
        rows.answered(List.of(new Row(1, 5), new Row(2, 5), new Row(4, 5)));
        assertEquals(List.of(new Row(4, 5), new Row(2, 3)), rows.rows());
    }

    @Test
    void afterTheAnswerEventsAreSimplyApplied() {
        rows.asked();
        rows.answered(List.of(new Row(1, 5)));
        rows.heard(new Row(1, 4));
        assertEquals(List.of(new Row(1, 4)), rows.rows());
    }
}
