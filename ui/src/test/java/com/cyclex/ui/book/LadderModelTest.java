package com.cyclex.ui.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.api.BookDepth;
import com.cyclex.api.ExchangeEvent;
import com.cyclex.api.OrderInfo;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import java.util.List;
import org.junit.jupiter.api.Test;

class LadderModelTest {
    static final long ME = 7;
    final LadderModel model = new LadderModel(ME);

    static BookDepth book() {
        return new BookDepth(1, new long[] {99, 98, 97}, new long[] {4, 10, 1}, new long[] {102, 103}, new long[] {2, 40});
    }

    static OrderInfo order(long id, long member, Side side, long price, long open, boolean resting) {
        return new OrderInfo(id, 1, member, side, price, open, 0, TimeInForce.GTC, 0, resting);
    }

    static ExchangeEvent.OrderUpdated updated(OrderInfo o) {
        return new ExchangeEvent.OrderUpdated(o, null);
    }

    @Test
    void bothSidesAreBestFirstWithRunningTotals() {
        model.showDepth(book());
        Ladder ladder = model.ladder();

        assertEquals(List.of(102L, 103L), ladder.asks().stream().map(LadderRow::price).toList());
        assertEquals(List.of(99L, 98L, 97L), ladder.bids().stream().map(LadderRow::price).toList());
        assertEquals(List.of(4L, 14L, 15L), ladder.bids().stream().map(LadderRow::total).toList());
        assertEquals(3, ladder.spread());
        assertEquals(100.5, ladder.mid());
    }

    @Test
    void sizeBarsAreRelativeToTheLargestLevelInSight() {
        model.showDepth(book());
        assertEquals(0.25, model.ladder().bids().get(1).share());
        assertEquals(1.0, model.ladder().asks().get(1).share());

        model.setVisibleLevels(1);
        assertEquals(1.0, model.ladder().bids().get(0).share());
        assertEquals(0.5, model.ladder().asks().get(0).share());
    }

    @Test
    void myRestingUnitsAreMarkedAtTheirLevel() {
        model.showDepth(book());
        model.ownOrdersFetched(List.of(order(1, ME, Side.BID, 98, 6, true), order(2, ME, Side.BID, 98, 1, true)));
        model.onEvents(List.of(updated(order(3, ME, Side.ASK, 103, 5, true)), updated(order(4, 99, Side.ASK, 102, 2, true))));

        assertEquals(7, model.ladder().bids().get(1).mine());
        assertEquals(0, model.ladder().bids().get(0).mine());
        assertEquals(5, model.ladder().asks().get(1).mine());
        assertEquals(0, model.ladder().asks().get(0).mine());

        model.onEvents(List.of(updated(order(3, ME, Side.ASK, 103, 0, false))));
        assertEquals(0, model.ladder().asks().get(1).mine());
    }

    @Test
    void myOrderEventsBeforeTheFetchAnswersArePlayedOverIt() {
        model.showDepth(book());
        model.onEvents(List.of(updated(order(1, ME, Side.BID, 99, 0, false))));
        model.ownOrdersFetched(List.of(order(1, ME, Side.BID, 99, 3, true)));

        assertEquals(0, model.ladder().bids().get(0).mine());
    }

    @Test
    void levelsWhoseUnitsChangedSinceTheLastBookAreMarkedToFlash() {
        model.showDepth(book());
        assertTrue(model.ladder().bids().stream().noneMatch(LadderRow::changed), "a first look flashes nothing");

        model.showDepth(new BookDepth(1, new long[] {99, 98, 97}, new long[] {4, 12, 1},
                new long[] {101, 102, 103}, new long[] {1, 2, 40}));
        assertEquals(List.of(false, true, false), model.ladder().bids().stream().map(LadderRow::changed).toList());
        assertEquals(List.of(true, false, false), model.ladder().asks().stream().map(LadderRow::changed).toList());

        model.setVisibleLevels(2);
        assertTrue(model.ladder().asks().stream().noneMatch(LadderRow::changed), "only a new book flashes");
    }

    @Test
    void aOneSidedBookHasNoSpread() {
        model.showDepth(new BookDepth(1, new long[] {99}, new long[] {1}, new long[0], new long[0]));

        assertFalse(model.ladder().twoSided());
        assertTrue(model.ladder().asks().isEmpty());
    }
}
