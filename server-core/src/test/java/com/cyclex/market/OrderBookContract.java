package com.cyclex.market;

import static com.cyclex.market.BookEvent.cancel;
import static com.cyclex.market.BookEvent.trade;
import static com.cyclex.market.CancelReason.CANCELLED;
import static com.cyclex.market.CancelReason.EXPIRED;
import static com.cyclex.market.CancelReason.FOK_KILLED;
import static com.cyclex.market.CancelReason.IOC_REMAINDER;
import static com.cyclex.market.CancelReason.REDUCED;
import static com.cyclex.market.CancelReason.SELF_TRADE;
import static com.cyclex.market.Side.ASK;
import static com.cyclex.market.Side.BID;
import static com.cyclex.market.TimeInForce.DAY;
import static com.cyclex.market.TimeInForce.FOK;
import static com.cyclex.market.TimeInForce.GTC;
import static com.cyclex.market.TimeInForce.IOC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What every {@link OrderBook} promises, shown on small books. Each subclass runs it against one book.
 * Prices are in ticks of the band 10..1000; members are Alice, Bob and Carol.
 */
// A broken ladder tends to loop for ever rather than throw; in a separate thread the test fails instead of hanging.
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
abstract class OrderBookContract {
    static final PriceBand BAND = new PriceBand(10, 1000);
    static final long ALICE = 1;
    static final long BOB = 2;
    static final long CAROL = 3;

    RecordingListener heard;
    OrderBook book;

    abstract OrderBook newBook(PriceBand band, BookListener listener);

    @BeforeEach
    void setUp() {
        heard = new RecordingListener();
        book = newBook(BAND, heard);
    }

    Order bid(long id, long member, long price, long units) {
        return book.place(id, member, BID, price, units, GTC, 0);
    }

    Order ask(long id, long member, long price, long units) {
        return book.place(id, member, ASK, price, units, GTC, 0);
    }

    /** The events since the last call. */
    List<BookEvent> events() {
        return heard.drain();
    }

    /** Resting order ids in visiting order: bids best first, then asks best first. */
    List<Long> restingIds() {
        List<Long> ids = new ArrayList<>();
        book.forEachOrder(o -> ids.add(o.id()));
        return ids;
    }

    List<Long> depth(Side side, int levels) {
        return BookState.depth(book, side, levels);
    }

    // ---- price-time priority ----

    @Test
    void anIncomingAskFillsTheBestBidFirst() {
        bid(1, ALICE, 50, 5);
        bid(2, ALICE, 52, 5);
        bid(3, ALICE, 51, 5);
        events();

        Order ask = ask(4, BOB, 40, 5);

        assertEquals(List.of(trade(2, 4, 52, 5)), events());
        assertEquals(5, ask.filledUnits());
        assertFalse(ask.isResting());
        assertEquals(List.of(3L, 1L), restingIds());
    }

    @Test
    void anIncomingBidFillsTheBestAskFirst() {
        ask(1, BOB, 60, 2);
        ask(2, BOB, 58, 2);
        ask(3, BOB, 59, 2);

        bid(4, ALICE, 70, 2);

        assertEquals(List.of(trade(2, 4, 58, 2)), events());
        assertEquals(List.of(3L, 1L), restingIds());
    }

    @Test
    void anAggressorWalksTheBookLevelByLevelAndRestsItsRemainder() {
        ask(1, BOB, 60, 2);
        ask(2, CAROL, 61, 3);
        ask(3, BOB, 63, 4);

        Order bid = bid(4, ALICE, 62, 9);

        assertEquals(List.of(trade(1, 4, 60, 2), trade(2, 4, 61, 3)), events());
        assertEquals(5, bid.filledUnits());
        assertEquals(4, bid.openUnits());
        assertTrue(bid.isResting());
        assertEquals(62, book.bestPrice(BID));
        assertEquals(63, book.bestPrice(ASK));
    }

    @Test
    void ordersAtOnePriceFillOldestFirst() {
        bid(1, ALICE, 50, 3);
        bid(2, BOB, 50, 3);
        bid(3, ALICE, 50, 3);

        ask(4, CAROL, 50, 5);

        assertEquals(List.of(trade(1, 4, 50, 3), trade(2, 4, 50, 2)), events());
        assertEquals(1, book.find(2).openUnits());
        assertEquals(List.of(2L, 3L), restingIds());
    }

    @Test
    void tradesHappenAtTheMakersPrice() {
        bid(1, ALICE, 55, 1);
        ask(2, BOB, 45, 1);
        ask(3, BOB, 47, 1);
        bid(4, ALICE, 90, 1);

        assertEquals(List.of(trade(1, 2, 55, 1), trade(3, 4, 47, 1)), events());
    }

    @Test
    void aLimitOrderNeverTradesBeyondItsLimit() {
        ask(1, BOB, 49, 2);
        ask(2, BOB, 51, 2);

        Order bid = bid(3, ALICE, 50, 5);

        assertEquals(List.of(trade(1, 3, 49, 2)), events());
        assertEquals(3, bid.openUnits());
        assertEquals(50, book.bestPrice(BID));
        assertEquals(51, book.bestPrice(ASK));
    }

    @Test
    void aDayOrderRestsLikeAGtcOrder() {
        Order day = book.place(1, ALICE, BID, 50, 4, DAY, 0);
        ask(2, BOB, 50, 1);

        assertEquals(List.of(trade(1, 2, 50, 1)), events());
        assertTrue(day.isResting());
        assertEquals(3, day.openUnits());
        assertSame(day, book.find(1));
    }

    // ---- immediate or cancel, fill or kill ----

    @Test
    void anIocRemainderIsCancelled() {
        ask(1, BOB, 50, 2);

        Order ioc = book.place(2, ALICE, BID, 50, 5, IOC, 0);

        assertEquals(List.of(trade(1, 2, 50, 2), cancel(2, 3, IOC_REMAINDER)), events());
        assertEquals(2, ioc.filledUnits());
        assertEquals(0, ioc.openUnits());
        assertFalse(ioc.isResting());
        assertNull(book.find(2));
        assertEquals(0, book.orderCount());
    }

    @Test
    void anIocThatFillsCompletelyIsNotCancelled() {
        ask(1, BOB, 50, 5);

        book.place(2, ALICE, BID, 50, 5, IOC, 0);

        assertEquals(List.of(trade(1, 2, 50, 5)), events());
    }

    @Test
    void anIocThatCrossesNothingIsCancelledWhole() {
        ask(1, BOB, 51, 5);

        book.place(2, ALICE, BID, 50, 5, IOC, 0);

        assertEquals(List.of(cancel(2, 5, IOC_REMAINDER)), events());
        assertEquals(List.of(1L), restingIds());
    }

    @Test
    void aFokThatCannotFillTradesNothing() {
        ask(1, BOB, 50, 2);
        ask(2, CAROL, 51, 2);
        ask(3, CAROL, 52, 9);

        Order fok = book.place(4, ALICE, BID, 51, 5, FOK, 0);

        assertEquals(List.of(cancel(4, 5, FOK_KILLED)), events());
        assertEquals(0, fok.filledUnits());
        assertEquals(0, fok.openUnits());
        assertFalse(fok.isResting());
        assertEquals(List.of(1L, 2L, 3L), restingIds());
        assertEquals(2, book.find(1).openUnits());
    }

    @Test
    void aFokThatCanFillTradesAcrossLevels() {
        ask(1, BOB, 50, 2);
        ask(2, CAROL, 51, 2);

        Order fok = book.place(3, ALICE, BID, 51, 3, FOK, 0);

        assertEquals(List.of(trade(1, 3, 50, 2), trade(2, 3, 51, 1)), events());
        assertEquals(3, fok.filledUnits());
        assertEquals(1, book.find(2).openUnits());
    }

    @Test
    void aFokStopsCountingAtTheMembersOwnOrder() {
        ask(1, BOB, 50, 2);
        ask(2, ALICE, 50, 5);
        ask(3, CAROL, 51, 5);
        events();

        // Seven units from others cross, but Alice's own ask would stop her bid after two.
        assertEquals(2, book.fillableUnits(ALICE, BID, 51, 4));
        book.place(4, ALICE, BID, 51, 4, FOK, 0);

        assertEquals(List.of(cancel(4, 4, FOK_KILLED)), events());
        assertEquals(List.of(1L, 2L, 3L), restingIds());
    }

    @Test
    void aFokThatFillsBeforeTheMembersOwnOrderTrades() {
        ask(1, BOB, 50, 2);
        ask(2, ALICE, 50, 5);

        book.place(3, ALICE, BID, 50, 2, FOK, 0);

        assertEquals(List.of(trade(1, 3, 50, 2)), events());
    }

    @Test
    void fillableUnitsCountsCrossingUnitsUpToTheRequest() {
        ask(1, BOB, 50, 2);
        ask(2, CAROL, 52, 3);
        bid(3, BOB, 40, 6);

        assertEquals(2, book.fillableUnits(ALICE, BID, 51, 10));
        assertEquals(5, book.fillableUnits(ALICE, BID, 52, 10));
        assertEquals(4, book.fillableUnits(ALICE, BID, 52, 4));
        assertEquals(0, book.fillableUnits(ALICE, BID, 49, 10));
        assertEquals(6, book.fillableUnits(ALICE, ASK, 40, 10));
        assertEquals(0, book.fillableUnits(BOB, ASK, 40, 10));
        assertEquals(List.of(), events(), "counting must not trade");
    }

    // ---- self-trade prevention ----

    @Test
    void selfTradeCancelsTheIncomingOrder() {
        ask(1, ALICE, 50, 5);
        ask(2, BOB, 50, 2);
        events();

        Order bid = bid(3, ALICE, 50, 3);

        assertEquals(List.of(cancel(3, 3, SELF_TRADE)), events());
        assertFalse(bid.isResting());
        assertEquals(0, bid.openUnits());
        // The older orders are untouched, Bob's behind Alice's too: matching stops, it never skips.
        assertEquals(5, book.find(1).openUnits());
        assertEquals(2, book.find(2).openUnits());
    }

    @Test
    void selfTradeStopsMatchingAfterEarlierFills() {
        ask(1, BOB, 49, 2);
        ask(2, ALICE, 50, 4);
        ask(3, CAROL, 50, 4);

        Order bid = bid(4, ALICE, 50, 5);

        assertEquals(List.of(trade(1, 4, 49, 2), cancel(4, 3, SELF_TRADE)), events());
        assertEquals(2, bid.filledUnits());
        assertEquals(List.of(2L, 3L), restingIds());
    }

    @Test
    void aMembersOrdersThatDoNotCrossBothRest() {
        bid(1, ALICE, 49, 1);
        ask(2, ALICE, 50, 1);

        assertEquals(List.of(), events());
        assertEquals(2, book.orderCount());
    }

    // ---- cancel ----

    @Test
    void cancelReportsTheOpenUnitsWithTheGivenReason() {
        bid(1, ALICE, 50, 5);
        ask(2, BOB, 50, 2);
        events();

        assertTrue(book.cancel(1, EXPIRED));

        assertEquals(List.of(cancel(1, 3, EXPIRED)), events());
        assertNull(book.find(1));
        assertEquals(0, book.bestPrice(BID));
        assertEquals(0, book.orderCount());
    }

    @Test
    void cancellingAnOrderThatDoesNotRestReturnsFalse() {
        bid(1, ALICE, 50, 5);
        assertTrue(book.cancel(1, CANCELLED));
        events();

        assertFalse(book.cancel(1, CANCELLED));
        assertFalse(book.cancel(99, CANCELLED));
        assertEquals(List.of(), events());
    }

    // ---- replace ----

    @Test
    void aSmallerReplaceKeepsPriority() {
        bid(1, ALICE, 50, 5);
        bid(2, BOB, 50, 5);

        assertTrue(book.replace(1, 50, 3));
        assertEquals(List.of(cancel(1, 2, REDUCED)), events());
        assertEquals(List.of(50L, 8L), depth(BID, 5));

        ask(3, CAROL, 50, 3);
        assertEquals(List.of(trade(1, 3, 50, 3)), events());
    }

    @Test
    void anUnchangedReplaceKeepsPriorityAndReportsNothing() {
        book.place(1, ALICE, BID, 50, 5, GTC, 7);
        bid(2, BOB, 50, 5);

        assertTrue(book.replace(1, 50, 5, 9));

        assertEquals(List.of(), events());
        assertEquals(9, book.find(1).reserve());
        assertEquals(List.of(1L, 2L), restingIds());
    }

    @Test
    void aLargerReplaceLosesPriority() {
        bid(1, ALICE, 50, 5);
        bid(2, BOB, 50, 5);

        assertTrue(book.replace(1, 50, 6));

        assertEquals(List.of(), events(), "added units are not an event");
        assertEquals(List.of(2L, 1L), restingIds());
        assertEquals(List.of(50L, 11L), depth(BID, 5));
    }

    @Test
    void aRepricedOrderLosesPriority() {
        bid(1, ALICE, 50, 5);
        bid(2, BOB, 49, 5);
        bid(3, CAROL, 50, 5);

        // Away and back again: the order returns behind Carol's.
        assertTrue(book.replace(1, 49, 5));
        assertTrue(book.replace(1, 50, 5));

        assertEquals(List.of(3L, 1L, 2L), restingIds());
    }

    @Test
    void aRepricedAndReducedOrderReportsTheReductionAndQueuesAtTheBack() {
        bid(1, ALICE, 51, 5);
        bid(2, BOB, 50, 5);

        assertTrue(book.replace(1, 50, 2));

        assertEquals(List.of(cancel(1, 3, REDUCED)), events());
        assertEquals(List.of(2L, 1L), restingIds());
        assertEquals(List.of(50L, 7L), depth(BID, 5));
    }

    @Test
    void aReplaceThatCrossesTradesAsAggressor() {
        bid(1, ALICE, 48, 5);
        ask(2, BOB, 50, 3);
        events();

        assertTrue(book.replace(1, 52, 5));

        // The replaced bid is the taker and pays the resting ask's price; its remainder rests at its new price.
        assertEquals(List.of(trade(2, 1, 50, 3)), events());
        Order bid = book.find(1);
        assertEquals(52, bid.price());
        assertEquals(2, bid.openUnits());
        assertEquals(3, bid.filledUnits());
        assertNull(book.find(2));
    }

    @Test
    void aReducingReplaceThatCrossesReportsTheReductionBeforeTheTrade() {
        ask(1, ALICE, 55, 6);
        bid(2, BOB, 50, 2);
        events();

        assertTrue(book.replace(1, 50, 4));

        assertEquals(List.of(cancel(1, 2, REDUCED), trade(2, 1, 50, 2)), events());
        assertEquals(2, book.find(1).openUnits());
    }

    @Test
    void aReplaceThatCrossesTheMembersOwnOrderIsCancelledForSelfTrade() {
        bid(1, ALICE, 48, 5);
        ask(2, ALICE, 50, 3);
        events();

        assertTrue(book.replace(1, 50, 5));

        assertEquals(List.of(cancel(1, 5, SELF_TRADE)), events());
        assertNull(book.find(1));
        assertEquals(List.of(2L), restingIds());
    }

    @Test
    void aRepriceKeepsTheFilledUnits() {
        bid(1, ALICE, 50, 5);
        ask(2, BOB, 50, 2);

        assertTrue(book.replace(1, 49, 3));

        Order bid = book.find(1);
        assertEquals(2, bid.filledUnits());
        assertEquals(3, bid.openUnits());
    }

    @Test
    void replacingAnOrderThatDoesNotRestReturnsFalse() {
        assertFalse(book.replace(7, 50, 5));
        assertFalse(book.replace(7, 50, 5, 1));
        assertEquals(List.of(), events());
    }

    @Test
    void theThreeArgumentReplaceKeepsTheReserveAndTheFourArgumentOneChangesIt() {
        book.place(1, ALICE, BID, 50, 5, GTC, 42);

        book.replace(1, 49, 5);
        assertEquals(42, book.find(1).reserve());

        book.replace(1, 48, 5, 43);
        assertEquals(43, book.find(1).reserve());
    }

    // ---- market orders ----

    @Test
    void marketOrdersMustNotRest() {
        ask(1, BOB, 50, 5);
        events();

        assertThrows(IllegalArgumentException.class, () -> book.placeMarket(2, ALICE, BID, 1, GTC, 0));
        assertThrows(IllegalArgumentException.class, () -> book.placeMarket(3, ALICE, BID, 1, DAY, 0));

        assertEquals(List.of(), events());
        assertEquals(5, book.find(1).openUnits());
    }

    @Test
    void aMarketBidTakesAsksAtTheirPricesUpToTheTopOfTheBand() {
        ask(1, BOB, 60, 2);
        ask(2, CAROL, 1000, 2);

        Order market = book.placeMarket(3, ALICE, BID, 5, IOC, 0);

        assertEquals(List.of(trade(1, 3, 60, 2), trade(2, 3, 1000, 2), cancel(3, 1, IOC_REMAINDER)), events());
        assertEquals(4, market.filledUnits());
        assertEquals(0, book.orderCount());
    }

    @Test
    void aMarketAskTakesBidsDownToTheBottomOfTheBand() {
        bid(1, BOB, 10, 2);
        bid(2, CAROL, 70, 2);

        book.placeMarket(3, ALICE, ASK, 4, FOK, 0);

        assertEquals(List.of(trade(2, 3, 70, 2), trade(1, 3, 10, 2)), events());
    }

    @Test
    void aMarketFokThatCannotFillIsKilled() {
        bid(1, BOB, 50, 2);

        book.placeMarket(2, ALICE, ASK, 3, FOK, 0);

        assertEquals(List.of(cancel(2, 3, FOK_KILLED)), events());
        assertEquals(2, book.find(1).openUnits());
    }

    // ---- depth, best price, count, find ----

    @Test
    void anEmptyBookShowsNothing() {
        assertEquals(0, book.bestPrice(BID));
        assertEquals(0, book.bestPrice(ASK));
        assertEquals(0, book.orderCount());
        assertNull(book.find(1));
        assertEquals(List.of(), depth(BID, 3));
        assertEquals(List.of(), restingIds());
    }

    @Test
    void depthSumsUnitsPerLevelBestFirst() {
        bid(1, ALICE, 50, 3);
        bid(2, BOB, 48, 2);
        bid(3, CAROL, 50, 4);
        bid(4, ALICE, 52, 1);
        ask(5, BOB, 60, 7);
        ask(6, CAROL, 55, 1);
        ask(7, ALICE, 60, 2);

        assertEquals(List.of(52L, 1L, 50L, 7L, 48L, 2L), depth(BID, 10));
        assertEquals(List.of(55L, 1L, 60L, 9L), depth(ASK, 10));
        assertEquals(List.of(52L, 1L, 50L, 7L), depth(BID, 2), "only as many levels as there is room for");
        assertEquals(0, book.depth(BID, new long[0], new long[0]));
    }

    @Test
    void depthFollowsFillsAndReductions() {
        bid(1, ALICE, 50, 3);
        bid(2, BOB, 50, 4);

        ask(3, CAROL, 50, 2);
        assertEquals(List.of(50L, 5L), depth(BID, 3));

        book.replace(2, 50, 1);
        assertEquals(List.of(50L, 2L), depth(BID, 3));

        book.cancel(1, CANCELLED);
        assertEquals(List.of(50L, 1L), depth(BID, 3));
    }

    @Test
    void bestPriceMovesWhenTheBestLevelEmpties() {
        bid(1, ALICE, 50, 1);
        bid(2, ALICE, 47, 1);
        ask(3, BOB, 60, 1);
        ask(4, BOB, 64, 1);
        assertEquals(50, book.bestPrice(BID));
        assertEquals(60, book.bestPrice(ASK));

        book.cancel(1, CANCELLED);
        ask(5, CAROL, 40, 1);
        book.place(6, CAROL, BID, 60, 1, IOC, 0);

        assertEquals(0, book.bestPrice(BID));
        assertEquals(64, book.bestPrice(ASK));
    }

    @Test
    void findAndOrderCountSeeOnlyRestingOrders() {
        Order resting = bid(1, ALICE, 50, 5);
        book.place(2, BOB, BID, 40, 5, IOC, 0);
        book.place(3, BOB, BID, 40, 5, FOK, 0);
        Order filled = ask(4, CAROL, 55, 1);
        bid(5, BOB, 55, 1);

        assertSame(resting, book.find(1));
        assertTrue(resting.isResting());
        assertNull(book.find(2));
        assertNull(book.find(3));
        assertNull(book.find(4));
        assertFalse(filled.isResting());
        assertEquals(1, book.orderCount());
    }

    @Test
    void callbacksSeeOrdersAlreadyUpdated() {
        bid(1, ALICE, 50, 2);
        bid(2, ALICE, 50, 4);
        events();

        book.place(3, BOB, ASK, 50, 9, IOC, 0);

        assertEquals(List.of(trade(1, 3, 50, 2), trade(2, 3, 50, 4), cancel(3, 3, IOC_REMAINDER)), heard.events);
        // maker open, maker filled, taker open, taker filled; then the cancelled order's open, filled
        assertEquals(List.of(List.of(0L, 2L, 7L, 2L), List.of(0L, 4L, 3L, 6L), List.of(0L, 6L)), heard.seen);
        assertEquals(List.of(false, false, false), heard.seenResting);
    }

    // ---- restore ----

    @Test
    void restoreKeepsPriorityWithoutMatching() {
        book.restore(Order.restored(7, ALICE, BID, 50, 3, 2, GTC, 11));
        book.restore(Order.restored(3, BOB, BID, 50, 4, 0, DAY, 12));
        book.restore(Order.restored(5, ALICE, ASK, 60, 1, 0, GTC, 13));
        assertEquals(List.of(), events());
        assertEquals(List.of(7L, 3L, 5L), restingIds());
        assertEquals(2, book.find(7).filledUnits());
        assertEquals(11, book.find(7).reserve());
        assertTrue(book.find(7).isResting());

        ask(8, CAROL, 50, 5);

        assertEquals(List.of(trade(7, 8, 50, 3), trade(3, 8, 50, 2)), events());
        assertNull(book.find(7), "the restored order filled completely");
        assertEquals(2, book.find(3).openUnits());
    }

    // ---- bad arguments ----

    @Test
    void placingOutsideTheBandThrowsAndChangesNothing() {
        bid(1, ALICE, 10, 1);
        ask(2, BOB, 1000, 1);
        events();

        assertThrows(IllegalArgumentException.class, () -> bid(3, ALICE, 9, 1));
        assertThrows(IllegalArgumentException.class, () -> ask(4, BOB, 1001, 1));

        assertEquals(List.of(), events());
        assertEquals(List.of(1L, 2L), restingIds());
    }

    @Test
    void placingFewerThanOneUnitThrows() {
        assertThrows(IllegalArgumentException.class, () -> bid(1, ALICE, 50, 0));
        assertThrows(IllegalArgumentException.class, () -> ask(2, BOB, 50, -3));
        assertThrows(IllegalArgumentException.class, () -> book.placeMarket(3, ALICE, BID, 0, IOC, 0));
        assertEquals(List.of(), events());
        assertEquals(0, book.orderCount());
    }

    @Test
    void placingAnIdThatRestsThrowsAndKeepsTheRestingOrder() {
        Order first = bid(1, ALICE, 50, 5);
        ask(2, BOB, 60, 1);

        assertThrows(IllegalArgumentException.class, () -> ask(1, BOB, 50, 1));

        assertEquals(List.of(), events());
        assertSame(first, book.find(1));
        assertEquals(5, first.openUnits());
        assertEquals(2, book.orderCount());
    }

    @Test
    void replacingOutsideTheBandOrToNoUnitsThrowsAndKeepsTheOrder() {
        bid(1, ALICE, 50, 5);
        bid(2, BOB, 50, 5);

        assertThrows(IllegalArgumentException.class, () -> book.replace(1, 1001, 5, 0));
        assertThrows(IllegalArgumentException.class, () -> book.replace(1, 9, 5, 0));
        assertThrows(IllegalArgumentException.class, () -> book.replace(1, 50, 0, 0));

        assertEquals(List.of(), events());
        assertEquals(List.of(1L, 2L), restingIds());
        assertEquals(5, book.find(1).openUnits());
    }

    @Test
    void restoringBadOrdersThrows() {
        book.restore(Order.restored(1, ALICE, BID, 50, 5, 0, GTC, 0));

        assertThrows(IllegalArgumentException.class, () -> book.restore(Order.restored(2, ALICE, BID, 1001, 5, 0, GTC, 0)));
        assertThrows(IllegalArgumentException.class, () -> book.restore(Order.restored(3, ALICE, BID, 50, 0, 5, GTC, 0)));
        assertThrows(IllegalArgumentException.class, () -> book.restore(Order.restored(1, BOB, ASK, 60, 1, 0, GTC, 0)));

        assertEquals(List.of(1L), restingIds());
        assertEquals(1, book.orderCount());
    }

    // ---- a band as wide as allowed ----

    @Test
    void aWideBandFindsLevelsFarApartInPriceOrder() {
        book = newBook(new PriceBand(1, PriceBand.MAX_WIDTH), heard);
        long[] prices = {3, 64, 65, 128, 130_000, PriceBand.MAX_WIDTH};
        for (int i = 0; i < prices.length; i++) {
            bid(i + 1, BOB, prices[i], 1);
        }
        assertEquals(PriceBand.MAX_WIDTH, book.bestPrice(BID));

        book.placeMarket(10, ALICE, ASK, prices.length, IOC, 0);

        List<BookEvent> expected = new ArrayList<>();
        for (int i = prices.length - 1; i >= 0; i--) {
            expected.add(trade(i + 1, 10, prices[i], 1));
        }
        assertEquals(expected, events());
        assertEquals(0, book.bestPrice(BID));
    }

    @Test
    void aWideBandKeepsAsksAscendingAcrossBitsetWords() {
        book = newBook(new PriceBand(1, PriceBand.MAX_WIDTH), heard);
        ask(1, BOB, 700_000, 1);
        ask(2, BOB, 63, 2);
        ask(3, BOB, 1, 3);
        ask(4, BOB, 64, 4);

        assertEquals(List.of(1L, 3L, 63L, 2L, 64L, 4L, 700_000L, 1L), depth(ASK, 10));
        book.cancel(3, CANCELLED);
        book.cancel(2, CANCELLED);
        assertEquals(64, book.bestPrice(ASK));
    }
}
