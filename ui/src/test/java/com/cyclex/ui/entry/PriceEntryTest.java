package com.cyclex.ui.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.api.CreateMarket;
import com.cyclex.api.PlaceOrder;
import com.cyclex.market.MarketSpec;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * What the operator types into the price is the price or is refused: never a tenfold price from a dropped decimal
 * point, never a sign silently dropped; and a price armed for one market does not follow the operator into another.
 */
class PriceEntryTest extends TerminalTestBase {
    /** A market trading near 3,000 ticks, where 515 would be a mistake. */
    static final MarketSpec HOUR = MarketSpec.spot("CPU-1H", 60, 1, 2000, 4000).withLots(1, 50);
    int hour;

    @Override
    protected void seed() {
        hour = (int) ok(new CreateMarket(ME, HOUR)).id();
        ok(PlaceOrder.limit(bob, hour, Side.ASK, 3010, 5, TimeInForce.GTC));
    }

    @Test
    void aDecimalPriceIsRefusedAsTypedNotReadAsTenTimesIt() {
        waitForMarket();
        typeInto("#entry-units", "2");
        typeInto("#entry-price", "12.5");
        assertRefused("12.5", "\"12.5\" is not a whole number of ticks: digits only, no decimals.");
    }

    @Test
    void aNegativePriceIsRefusedAsTypedNotReadWithoutItsSign() {
        waitForMarket();
        typeInto("#entry-units", "2");
        typeInto("#entry-price", "-5");
        assertRefused("-5", "\"-5\" is below zero: a number of ticks is 0 or more.");
    }

    @Test
    void fixingTheTextMakesItAPriceAgain() {
        waitForMarket();
        typeInto("#entry-units", "2");
        typeInto("#entry-price", "12.5");
        waitUntil("the problem shows", () -> model().problem() != null);
        typeInto("#entry-price", "125");
        waitUntil("the account has arrived", () -> model().problem() == null);
        assertEquals(125L, fx(() -> terminal.ticket().priceProperty().get()));
        assertEquals("Send bid · 2 @ 125", text("#entry-send"));
    }

    @Test
    void unitsAreRefusedTheSameWay() {
        waitForMarket();
        typeInto("#entry-price", "125");
        typeInto("#entry-units", "2.5");
        waitUntil("the problem shows", () -> model().problem() != null);
        assertEquals("\"2.5\" is not a whole number of units: digits only, no decimals.", text("#entry-problem"));
        assertTrue(fx(() -> lookup("#entry-send").queryAs(Button.class).isDisabled()));
    }

    @Test
    void switchingMarketsClearsThePriceSoItCannotGoOutUnseen() {
        waitForMarket();
        typeInto("#entry-units", "2");
        typeInto("#entry-price", "515");
        waitUntil("the bid is ready", () -> model().problem() == null);

        interact(() -> terminal.markets().select(hour));
        waitUntil("the other market is selected", () -> terminal.markets().selectedId() == hour);
        assertEquals(0L, fx(() -> terminal.ticket().priceProperty().get()));
        assertEquals("", fx(() -> lookup("#entry-price .text-field").queryTextInputControl().getText()));
        assertEquals("Enter a price between 2000 and 4000 ticks.", text("#entry-problem"));
        assertTrue(fx(() -> lookup("#entry-send").queryAs(Button.class).isDisabled()));
        push(KeyCode.CONTROL, KeyCode.B);
        waitUntil("the shortcut says why it did not send", () -> lastNotice().startsWith("Not sent"));
        assertEquals(0, client.sent().size(), "nothing reached the client");

        // Back again: the old market's price is not remembered either.
        interact(() -> terminal.markets().select(market));
        waitUntil("the first market is selected", () -> terminal.markets().selectedId() == market);
        assertEquals(0L, fx(() -> terminal.ticket().priceProperty().get()));
    }

    private void assertRefused(String shown, String sentence) {
        waitUntil("the problem shows", () -> model().problem() != null && !model().problem().missing());
        assertEquals(shown, fx(() -> lookup("#entry-price .text-field").queryTextInputControl().getText()),
                "the field keeps what was typed");
        assertEquals(sentence, text("#entry-problem"));
        assertTrue(fx(() -> lookup("#entry-send").queryAs(Button.class).isDisabled()));
        long price = fx(() -> terminal.ticket().priceProperty().get());
        assertTrue(price != 125 && price != 5, "the price is not what the text became without its dot or sign: " + price);

        push(KeyCode.CONTROL, KeyCode.B);
        waitUntil("the shortcut says why it did not send", () -> lastNotice().startsWith("Not sent"));
        assertEquals("Not sent: " + sentence, lastNotice());
        assertEquals(0, client.sent().size(), "nothing reached the client");
    }

    private OrderEntryModel model() {
        return lookup("#order-entry").queryAs(OrderEntryView.class).model();
    }
}
