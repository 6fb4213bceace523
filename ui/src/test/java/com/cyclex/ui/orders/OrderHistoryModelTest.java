package com.cyclex.ui.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.api.ExchangeEvent;
import com.cyclex.api.HistoryQuery;
import com.cyclex.api.OrderInfo;
import com.cyclex.api.PastOrder;
import com.cyclex.market.CancelReason;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The order history's words, ranges and filter, without a screen. */
class OrderHistoryModelTest {
    static final long ME = 1;
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final long NOW = ZonedDateTime.of(2026, 12, 2, 15, 30, 0, 0, ZONE).toInstant().toEpochMilli();

    static PastOrder past(long open, long filled, boolean resting, TimeInForce tif, CancelReason reason) {
        return new PastOrder(new OrderInfo(9, 7, ME, Side.BID, 100, open, filled, tif, 0, resting), NOW - 5_000, NOW, reason);
    }

    @Test
    void eachOutcomeSaysHowTheOrderEndedAndWhy() {
        PastOrder open = past(5, 0, true, TimeInForce.GTC, null);
        assertEquals("Open", HistoryWords.outcome(open));
        assertEquals("Resting in the book.", HistoryWords.why(open));
        PastOrder partlyOpen = past(3, 2, true, TimeInForce.GTC, null);
        assertEquals("Partly filled", HistoryWords.outcome(partlyOpen));
        assertEquals("2 units traded; 3 units still resting in the book.", HistoryWords.why(partlyOpen));
        assertEquals("open", HistoryWords.tone(partlyOpen));
        PastOrder filled = past(0, 5, false, TimeInForce.GTC, null);
        assertEquals("Filled", HistoryWords.outcome(filled));
        assertEquals("Every unit traded.", HistoryWords.why(filled));
        assertEquals("filled", HistoryWords.tone(filled));
        PastOrder cancelled = past(0, 0, false, TimeInForce.GTC, CancelReason.CANCELLED);
        assertEquals("Cancelled", HistoryWords.outcome(cancelled));
        assertEquals("You cancelled it.", HistoryWords.why(cancelled));
        assertEquals("ended", HistoryWords.tone(cancelled));
        PastOrder partlyCancelled = past(0, 1, false, TimeInForce.GTC, CancelReason.CANCELLED);
        assertEquals("Partly filled", HistoryWords.outcome(partlyCancelled));
        assertEquals("1 unit traded. You cancelled the rest.", HistoryWords.why(partlyCancelled));
        PastOrder dayEnded = past(0, 0, false, TimeInForce.DAY, CancelReason.EXPIRED);
        assertEquals("Expired", HistoryWords.outcome(dayEnded));
        assertEquals("A day order: its trading day ended.", HistoryWords.why(dayEnded));
        assertEquals("Its market's delivery window began.",
                HistoryWords.why(past(0, 0, false, TimeInForce.GTC, CancelReason.EXPIRED)));
        assertEquals("Fill or kill: it could not fill completely at once.",
                HistoryWords.why(past(0, 0, false, TimeInForce.FOK, CancelReason.FOK_KILLED)));
        assertEquals("2 units traded. Immediate or cancel: nothing to trade with at that price, so the rest was cancelled.",
                HistoryWords.why(past(0, 2, false, TimeInForce.IOC, CancelReason.IOC_REMAINDER)));
        assertEquals("It would have traded with an order of your own, so it was cancelled.",
                HistoryWords.why(past(0, 0, false, TimeInForce.GTC, CancelReason.SELF_TRADE)));
        PastOrder reducedThenFilled = past(0, 3, false, TimeInForce.GTC, CancelReason.REDUCED);
        assertEquals("Filled", HistoryWords.outcome(reducedThenFilled));
        assertEquals("A replace took units off it; the rest traded.", HistoryWords.why(reducedThenFilled));
    }

    @Test
    void timesOfAnotherDayCarryTheirDay() {
        assertEquals("15:29:55", HistoryWords.time(NOW - 5_000, NOW, ZONE));
        assertEquals("1 Dec 15:30:00", HistoryWords.time(NOW - 86_400_000L, NOW, ZONE));
    }

    @Test
    void rangesCountBackFromNowAndTodayStartsAtLocalMidnight() {
        assertEquals(NOW - 3_600_000L, HistoryRange.LAST_HOUR.from(NOW, ZONE));
        assertEquals(ZonedDateTime.of(2026, 12, 2, 0, 0, 0, 0, ZONE).toInstant().toEpochMilli(), HistoryRange.TODAY.from(NOW, ZONE));
        assertEquals(NOW - 7 * 86_400_000L, HistoryRange.WEEK.from(NOW, ZONE));
        assertEquals(Long.MIN_VALUE, HistoryRange.ALL.from(NOW, ZONE));
    }

    @Test
    void theQueryIsForMeAndTheFilterShownAndAnAnswerToAnOldFilterIsDropped() {
        OrderHistoryModel model = new OrderHistoryModel(ME);
        model.marketProperty().set(7);
        model.rangeProperty().set(HistoryRange.LAST_HOUR);
        assertEquals(new HistoryQuery(ME, 7, NOW - 3_600_000L, Long.MAX_VALUE, OrderHistoryModel.LIMIT), model.query(NOW, ZONE));

        PastOrder one = past(0, 5, false, TimeInForce.GTC, null);
        model.answered(new OrderHistoryModel.Answer(0, HistoryRange.LAST_HOUR, List.of(one), null));
        assertTrue(model.rows().isEmpty(), "an answer for every market, while market 7 is shown, is dropped");
        model.answered(new OrderHistoryModel.Answer(7, HistoryRange.LAST_HOUR, List.of(one), null));
        assertEquals(List.of(one), model.rows());
        assertEquals("1 order", model.summaryProperty().get());
        model.answered(new OrderHistoryModel.Answer(7, HistoryRange.LAST_HOUR, List.of(), "The order history could not be read: no."));
        assertTrue(model.rows().isEmpty());
        assertEquals("The order history could not be read: no.", model.summaryProperty().get());
    }

    @Test
    void myOrderChangesMakeItStaleWithOneFollowUpAfterTheBurst() {
        OrderHistoryModel model = new OrderHistoryModel(ME);
        OrderInfo others = new OrderInfo(3, 7, 2, Side.ASK, 100, 1, 0, TimeInForce.GTC, 0, true);
        assertFalse(model.heard(List.of(new ExchangeEvent.OrderUpdated(others, null)), 0));
        OrderInfo mine = new OrderInfo(4, 7, ME, Side.BID, 100, 1, 0, TimeInForce.GTC, 0, true);
        assertTrue(model.heard(List.of(new ExchangeEvent.OrderUpdated(mine, null)), 0));
        assertTrue(model.heard(List.of(new ExchangeEvent.OrderUpdated(mine, null)), 100_000_000L));
        assertFalse(model.followUpDue(700_000_000L), "the follow-up counts from the last change heard");
        assertTrue(model.followUpDue(800_000_000L));
        assertFalse(model.followUpDue(900_000_000L), "once per burst");
    }
}
