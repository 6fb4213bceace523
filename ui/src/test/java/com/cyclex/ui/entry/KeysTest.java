package com.cyclex.ui.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.market.OrderType;
import com.cyclex.market.TimeInForce;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** The keyboard: the keys do what their tooltips say, F1 shows them all, and sending keeps the focus in the ticket. */
class KeysTest extends TerminalTestBase {
    @Test
    void aClickOnSendLeavesTheFocusInThePriceField() {
        waitForMarket();
        typeInto("#entry-price", "300");
        typeInto("#entry-units", "2");
        typeInto("#entry-price", "301");
        clickOn("#entry-send");
        waitUntil("the bid rests", () -> myOpenOrders().size() == 1);
        waitUntil("the focus is back in the price field",
                () -> lookup("#entry-price .text-field").query().isFocused());
        // And typing goes on at once: the next keystrokes edit the price.
        push(KeyCode.CONTROL, KeyCode.A);
        write("305");
        waitUntil("the price follows", () -> terminal.ticket().priceProperty().get() == 305);
    }

    @Test
    void theTicketsKeysSetTypeAndTimeInForce() {
        waitForMarket();
        clickOn("#entry-price .text-field");
        push(KeyCode.CONTROL, KeyCode.M);
        waitUntil("a market order", () -> terminal.ticket().typeProperty().get() == OrderType.MARKET);
        assertEquals(TimeInForce.IOC, fx(() -> terminal.ticket().timeInForceProperty().get()));
        push(KeyCode.CONTROL, KeyCode.T);
        waitUntil("the next time in force a market order may have", () -> terminal.ticket().timeInForceProperty().get() == TimeInForce.FOK);
        push(KeyCode.CONTROL, KeyCode.L);
        waitUntil("a limit order again", () -> terminal.ticket().typeProperty().get() == OrderType.LIMIT);
    }

    @Test
    void ctrlAndADigitShowABottomTabAndF1ShowsEveryKey() {
        waitForMarket();
        TabPane tabs = lookup("#bottom-tabs").query();
        push(KeyCode.CONTROL, KeyCode.DIGIT3);
        waitUntil("the order history shows", () -> "tab-history".equals(tabs.getSelectionModel().getSelectedItem().getId()));
        push(KeyCode.CONTROL, KeyCode.DIGIT4);
        waitUntil("the leases tab shows", () -> "tab-leases".equals(tabs.getSelectionModel().getSelectedItem().getId()));
        push(KeyCode.F1);
        waitUntil("the sheet opens", () -> lookup("#shortcut-sheet").tryQuery().isPresent());
        for (Shortcut s : Shortcut.values()) {
            assertNotNull(fx(() -> lookup("#shortcut-sheet .label").queryAllAs(javafx.scene.control.Label.class).stream()
                    .filter(l -> s.description().equals(l.getText())).findFirst().orElse(null)), s.name() + " is on the sheet");
        }
        push(KeyCode.ESCAPE);
        waitUntil("the sheet closes", () -> lookup("#shortcut-sheet").tryQuery().isEmpty());
        assertTrue(Shortcut.SEND.tooltip().endsWith("(Ctrl+Enter)"));
        assertEquals("Show my leases (Ctrl+4)", Shortcut.TAB_4.tooltip());
        assertEquals("Refresh the order history (Ctrl+R)", Shortcut.REFRESH_HISTORY.tooltip());
    }
}
