package com.cyclex.ui.trades;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.market.Side;
import com.cyclex.market.Trade;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class TradeTapeTest {
    final TradeTape tape = new TradeTape(5);

    static Trade trade(long id) {
        return new Trade(id, 1, 10 + id, 20 + id, 2, 3, 100 + id, id, id % 2 == 0 ? Side.BID : Side.ASK, 1_000 * id);
    }

    static List<Trade> trades(long from, long to) {
        return LongStream.rangeClosed(from, to).mapToObj(TradeTapeTest::trade).toList();
    }

    List<Long> ids() {
        List<Long> ids = new ArrayList<>();
        tape.trades().forEach(t -> ids.add(t.id()));
        return ids;
    }

    @Test
    void theNewestTradeIsOnTop() {
        tape.reset(trades(1, 3));
        tape.append(trades(4, 4));

        assertEquals(List.of(4L, 3L, 2L, 1L), ids());
    }

    @Test
    void resetKeepsOnlyTheNewestCapacityTrades() {
        tape.reset(trades(1, 9));

        assertEquals(List.of(9L, 8L, 7L, 6L, 5L), ids());
    }

    @Test
    void theOldestTradesDropOffTheBottomAsNewOnesArrive() {
        tape.reset(trades(1, 4));
        tape.append(trades(5, 7));

        assertEquals(List.of(7L, 6L, 5L, 4L, 3L), ids());
    }

    @Test
    void aBatchLargerThanTheTapeKeepsItsNewestTrades() {
        tape.reset(trades(1, 2));
        tape.append(trades(3, 20));

        assertEquals(List.of(20L, 19L, 18L, 17L, 16L), ids());
    }

    @Test
    void tradesAlreadyShownAreNotShownTwice() {
        tape.reset(trades(1, 3));
        tape.append(trades(2, 5));

        assertEquals(List.of(5L, 4L, 3L, 2L, 1L), ids());
    }

    @Test
    void onlyTheLatestLiveBatchIsFresh() {
        tape.reset(trades(1, 2));
        assertFalse(tape.isFresh(trade(2)));

        tape.append(trades(3, 4));
        assertTrue(tape.isFresh(trade(4)));
        assertTrue(tape.isFresh(trade(3)));

        tape.append(trades(5, 5));
        assertTrue(tape.isFresh(trade(5)));
        assertFalse(tape.isFresh(trade(4)));
    }
}
