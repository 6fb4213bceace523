package com.cyclex.ui.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.api.CancelAll;
import com.cyclex.api.HaltMarket;
import com.cyclex.api.PlaceOrder;
import com.cyclex.api.ResumeMarket;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** The order entry driven with the robot against a real exchange. */
class OrderEntryViewTest extends TerminalTestBase {

    @Test
    void aPriceOutsideTheBandIsExplainedAndNothingIsSent() {
        waitForMarket();
        typeInto("#entry-price", "2000");
        typeInto("#entry-units", "3");
        waitUntil("the problem shows", () -> lookup("#entry-problem").queryLabeled().isVisible());
        assertEquals("Price 2000 is outside the band of CPU-10M: 1 to 1000 ticks.", text("#entry-problem"));
        assertTrue(fx(() -> lookup("#entry-send").queryAs(Button.class).isDisabled()));

        push(KeyCode.CONTROL, KeyCode.B);
        waitUntil("the shortcut says why it did not send", () -> lastNotice().startsWith("Not sent"));
        assertEquals("Not sent: Price 2000 is outside the band of CPU-10M: 1 to 1000 ticks.", lastNotice());
        assertEquals(0, client.sent().size(), "nothing reached the client");
        assertTrue(myOpenOrders().isEmpty());
    }

    @Test
    void ctrlBSendsABidCtrlSAnAskAndCtrlShiftXCancelsThemAll() {
        waitForMarket();
        typeInto("#entry-price", "300");
        typeInto("#entry-units", "2");
        waitUntil("the account has arrived", () -> model().problem() == null);
        push(KeyCode.CONTROL, KeyCode.B);
        waitUntil("the bid rests", () -> myOpenOrders().size() == 1);
        assertEquals(PlaceOrder.limit(ME, market, Side.BID, 300, 2, TimeInForce.GTC), client.sent().get(0));

        typeInto("#entry-price", "700");
        push(KeyCode.CONTROL, KeyCode.S);
        waitUntil("the ask rests", () -> myOpenOrders().size() == 2);
        assertEquals(PlaceOrder.limit(ME, market, Side.ASK, 700, 2, TimeInForce.GTC), client.sent().get(1));
        assertEquals(Side.ASK, fx(() -> terminal.ticket().sideProperty().get()), "the ticket shows the side sent");

        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.X);
        waitUntil("all are cancelled", () -> myOpenOrders().isEmpty());
        assertEquals(new CancelAll(ME, market), client.sent().get(2));
        waitUntil("the notice says how many", () -> lastNotice().equals("Cancelled 2 orders in CPU-10M."));
    }

    @Test
    void theSummaryFollowsTheTicketAsTheLadderFillsItIn() {
        waitForMarket();
        typeInto("#entry-units", "4");
        interact(() -> terminal.ticket().take(Side.BID, 125));
        waitUntil("the account has arrived", () -> model().problem() == null);
        assertEquals("125", fx(() -> lookup("#entry-price .text-field").queryTextInputControl().getText()));
        assertEquals("Holds 5.01 credits in escrow", text("#entry-summary"));
        assertEquals("Value 5.00 + fee reserve 0.01\n9,994.99 credits left available", text("#entry-summary-detail"));
        assertEquals("Send bid · 4 @ 125", text("#entry-send"));

        interact(() -> terminal.ticket().take(Side.ASK, 130));
        assertEquals("Offers 4 of your 12 spare cores", text("#entry-summary"));
        assertTrue(fx(() -> lookup("#entry-send").queryAs(Button.class).getStyleClass().contains("ask")));
    }

    @Test
    void aMarketOrderTakesTheBestAskAndSaysWhatFilled() {
        ok(PlaceOrder.limit(bob, market, Side.ASK, 400, 3, TimeInForce.GTC));
        waitForMarket();
        clickOn(labeled("#entry-type", "Market"));
        typeInto("#entry-units", "2");
        waitUntil("the top of the book is known", () -> model().problem() == null);
        assertEquals("Holds up to 10.00 credits in escrow", text("#entry-summary"));
        assertEquals("ask 400", text("#entry-best-ask"));
        clickOn("#entry-send");
        waitUntil("the outcome shows", () -> text("#entry-last-result").contains("filled"));
        assertTrue(text("#entry-last-result").matches("Bid #\\d+ in CPU-10M filled: 2 units\\."), text("#entry-last-result"));
        assertEquals(PlaceOrder.market(ME, market, Side.BID, 2, TimeInForce.IOC), client.sent().get(0));
    }

    @Test
    void aHaltedMarketIsExplainedAsSoonAsTheHostHaltsIt() {
        waitForMarket();
        typeInto("#entry-price", "300");
        waitUntil("the order could be sent", () -> model().problem() == null);
        ok(new HaltMarket(ME, market));
        waitUntil("the halt shows", () -> text("#entry-problem").equals("Trading in CPU-10M is halted; you can still cancel orders."));
        assertTrue(fx(() -> lookup("#entry-send").queryAs(Button.class).isDisabled()));
        ok(new ResumeMarket(ME, market));
        waitUntil("the order can be sent again", () -> model().problem() == null);
    }

    private OrderEntryModel model() {
        return ((OrderEntryView) lookup("#order-entry").query()).model();
    }
}
