package com.cyclex.ui.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;

class ShortcutTest {
    @Test
    void theTradingKeysAreCtrlBCtrlSAndCtrlShiftX() {
        assertEquals(KeyCode.B, Shortcut.SEND_BID.keys().getCode());
        assertEquals(KeyCode.S, Shortcut.SEND_ASK.keys().getCode());
        assertEquals(KeyCode.X, Shortcut.CANCEL_ALL.keys().getCode());
        for (Shortcut s : Shortcut.values()) {
            assertEquals(KeyCombination.ModifierValue.DOWN, s.keys().getControl(), s.name());
            assertEquals(KeyCombination.ModifierValue.UP, s.keys().getAlt(), s.name());
        }
        assertEquals(KeyCombination.ModifierValue.DOWN, Shortcut.CANCEL_ALL.keys().getShift());
        assertEquals(KeyCombination.ModifierValue.UP, Shortcut.SEND_ASK.keys().getShift());
    }

    @Test
    void tooltipsNameTheKeys() {
        assertEquals("Send the order as a bid (Ctrl+B)", Shortcut.SEND_BID.tooltip());
        assertEquals("Send the order as an ask (Ctrl+S)", Shortcut.SEND_ASK.tooltip());
        assertEquals("Cancel all my orders in this market (Ctrl+Shift+X)", Shortcut.CANCEL_ALL.tooltip());
    }

    @Test
    void noTwoActionsShareKeys() {
        assertFalse(Shortcut.SEND_BID.keys().equals(Shortcut.SEND_ASK.keys()));
        assertTrue(java.util.Arrays.stream(Shortcut.values()).map(Shortcut::keys).distinct().count() == Shortcut.values().length);
    }
}
