package com.cyclex.ui.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cyclex.api.CommandResult;
import com.cyclex.api.PlaceOrder;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import org.junit.jupiter.api.Test;

class OutcomeTest {
    static final PlaceOrder BID = PlaceOrder.limit(1, 7, Side.BID, 125, 4, TimeInForce.GTC);

    @Test
    void sayWhatFilledAndWhatRests() {
        assertEquals("Bid #9 in CPU filled: 4 units.", Outcome.of(BID, CommandResult.order(9, 4, 0), "CPU"));
        assertEquals("Bid #9 in CPU resting: 4 units at 125.", Outcome.of(BID, CommandResult.order(9, 0, 4), "CPU"));
        assertEquals("Bid #9 in CPU: 1 unit filled, 3 units resting at 125.", Outcome.of(BID, CommandResult.order(9, 1, 3), "CPU"));
    }

    @Test
    void sayWhatAnImmediateOrderLeftBehind() {
        PlaceOrder ioc = PlaceOrder.limit(1, 7, Side.ASK, 125, 4, TimeInForce.IOC);
        assertEquals("Ask #9 in CPU: 3 units filled, the other 1 cancelled (IOC).", Outcome.of(ioc, CommandResult.order(9, 3, 0), "CPU"));
        assertEquals("Ask #9 in CPU cancelled: nothing to trade with at that price (IOC).", Outcome.of(ioc, CommandResult.order(9, 0, 0), "CPU"));
        PlaceOrder fok = PlaceOrder.limit(1, 7, Side.ASK, 125, 4, TimeInForce.FOK);
        assertEquals("Ask #9 in CPU killed: it could not fill completely at once (FOK).", Outcome.of(fok, CommandResult.order(9, 0, 0), "CPU"));
    }

    @Test
    void aReplaceSaysWhatRestsAndWhatTradedOnTheWay() {
        assertEquals("Order 1603 now rests 4 units at 498.", Outcome.replaced(1603, 0, 498, CommandResult.order(1603, 0, 4)));
        assertEquals("Order 1603 traded 1 unit at once at the new price; 3 units rest at 498.",
                Outcome.replaced(1603, 2, 498, CommandResult.order(1603, 3, 3)));
        // The case the issue found: "Order 1603 now 0 open at 498, 1 filled on the way".
        assertEquals("Order 1603 filled as it was replaced: 1 unit traded at 498 or better.",
                Outcome.replaced(1603, 0, 498, CommandResult.order(1603, 1, 0)));
    }

    @Test
    void aCancelSaysWhatItTookOffTheBook() {
        assertEquals("Order 12 cancelled: 3 units taken off the book.", Outcome.cancelled(12, 3, 0));
        assertEquals("Order 12 cancelled: 1 unit taken off the book, 2 units of it had traded.", Outcome.cancelled(12, 1, 2));
    }
}
