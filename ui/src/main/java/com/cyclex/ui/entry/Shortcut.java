package com.cyclex.ui.entry;

import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The trading keys. They work anywhere in the window (scene accelerators), so an operator watching the ladder
 * can send without reaching for the entry panel. Control, not the platform shortcut key, so the keys are the
 * same on every system and never collide with Cmd+S on a Mac.
 */
public enum Shortcut {
    SEND_BID(new KeyCodeCombination(KeyCode.B, KeyCombination.CONTROL_DOWN), "Send the order as a bid"),
    SEND_ASK(new KeyCodeCombination(KeyCode.S, KeyCombination.CONTROL_DOWN), "Send the order as an ask"),
    CANCEL_ALL(new KeyCodeCombination(KeyCode.X, KeyCombination.CONTROL_DOWN, KeyCombination.SHIFT_DOWN),
            "Cancel all my orders in this market");

    private final KeyCodeCombination keys;
    private final String description;

    Shortcut(KeyCodeCombination keys, String description) {
        this.keys = keys;
        this.description = description;
    }

    public KeyCodeCombination keys() {
        return keys;
    }

    public String description() {
        return description;
    }

    /** The keys as a person types them, e.g. "Ctrl+Shift+X". */
    public String keysText() {
        StringBuilder text = new StringBuilder();
        if (keys.getControl() == KeyCombination.ModifierValue.DOWN) {
            text.append("Ctrl+");
        }
        if (keys.getShift() == KeyCombination.ModifierValue.DOWN) {
            text.append("Shift+");
        }
        return text.append(keys.getCode().getName()).toString();
    }

    /** The tooltip of the control that does the same, e.g. "Send the order as a bid (Ctrl+B)". */
    public String tooltip() {
        return description + " (" + keysText() + ")";
    }

    /** Puts the actions on a scene's accelerators, replacing what these keys did before. */
    public static void install(Scene scene, Map<Shortcut, Runnable> actions) {
        actions.forEach((shortcut, action) -> scene.getAccelerators().put(shortcut.keys, action));
    }

    /** Takes the actions off a scene the view has left. */
    public static void uninstall(Scene scene, Map<Shortcut, Runnable> actions) {
        actions.forEach((shortcut, action) -> scene.getAccelerators().remove(shortcut.keys, action));
    }
}
