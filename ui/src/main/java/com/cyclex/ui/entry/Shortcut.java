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
    SEND_BID(ctrl(KeyCode.B), "Send the order as a bid", Group.ORDER_ENTRY),
    SEND_ASK(ctrl(KeyCode.S), "Send the order as an ask", Group.ORDER_ENTRY),
    SEND(ctrl(KeyCode.ENTER), "Send the order on the side chosen", Group.ORDER_ENTRY),
    LIMIT(ctrl(KeyCode.L), "Make it a limit order", Group.ORDER_ENTRY),
    MARKET(ctrl(KeyCode.M), "Make it a market order", Group.ORDER_ENTRY),
    NEXT_TIME_IN_FORCE(ctrl(KeyCode.T), "Next time in force (GTC, IOC, FOK, DAY)", Group.ORDER_ENTRY),
    PRICE(ctrl(KeyCode.P), "Go to the price", Group.ORDER_ENTRY),
    UNITS(ctrl(KeyCode.U), "Go to the units", Group.ORDER_ENTRY),
    CANCEL_ALL(new KeyCodeCombination(KeyCode.X, KeyCombination.CONTROL_DOWN, KeyCombination.SHIFT_DOWN),
            "Cancel all my orders in this market", Group.ORDERS),
    DECLARE(ctrl(KeyCode.D), "Declare the spare cores in the field", Group.ORDERS),
    TAB_1(ctrl(KeyCode.DIGIT1), "Show my orders", Group.VIEW),
    TAB_2(ctrl(KeyCode.DIGIT2), "Show my trades", Group.VIEW),
    TAB_3(ctrl(KeyCode.DIGIT3), "Show my order history", Group.VIEW),
    TAB_4(ctrl(KeyCode.DIGIT4), "Show my leases", Group.VIEW),
    TAB_5(ctrl(KeyCode.DIGIT5), "Show my jobs", Group.VIEW),
    TAB_6(ctrl(KeyCode.DIGIT6), "Show the host's tab (on the host)", Group.VIEW),
    REFRESH_HISTORY(ctrl(KeyCode.R), "Refresh the order history", Group.VIEW),
    CANDLES_5S(ctrlShift(KeyCode.DIGIT1), "Price chart: 5 s candles", Group.VIEW),
    CANDLES_1M(ctrlShift(KeyCode.DIGIT2), "Price chart: 1 min candles", Group.VIEW),
    CANDLES_5M(ctrlShift(KeyCode.DIGIT3), "Price chart: 5 min candles", Group.VIEW),
    CHART_STYLE(ctrlShift(KeyCode.C), "Price chart: candles or line", Group.VIEW),
    NEW_MARKET(ctrlShift(KeyCode.N), "List a new market", Group.HOST),
    DEMO_ROBOTS(ctrlShift(KeyCode.R), "Start or stop the demo robots", Group.HOST);

    /** Where the shortcut sheet lists a key. */
    public enum Group {
        ORDER_ENTRY("Order entry"), ORDERS("Orders and cores"), VIEW("What to see"), HOST("Host");

        private final String title;

        Group(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    private final KeyCodeCombination keys;
    private final String description;
    private final Group group;

    Shortcut(KeyCodeCombination keys, String description, Group group) {
        this.keys = keys;
        this.description = description;
        this.group = group;
    }

    private static KeyCodeCombination ctrl(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.CONTROL_DOWN);
    }

    private static KeyCodeCombination ctrlShift(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.CONTROL_DOWN, KeyCombination.SHIFT_DOWN);
    }

    public KeyCodeCombination keys() {
        return keys;
    }

    public String description() {
        return description;
    }

    public Group group() {
        return group;
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
        KeyCode code = keys.getCode();
        return text.append(code.isDigitKey() ? code.getChar() : code.getName()).toString();
    }

    /** The tooltip of the control that does the same, e.g. "Send the order as a bid (Ctrl+B)". */
    public String tooltip() {
        return description + " (" + keysText() + ")";
    }

    /** A tooltip that says what the control does in its own words, then this shortcut's keys. */
    public String tooltip(String what) {
        return what + " (" + keysText() + ")";
    }

    /** Puts one action on a scene's accelerators whenever {@code node} is in a scene. */
    public void bind(javafx.scene.Node node, Runnable action) {
        Map<Shortcut, Runnable> one = Map.of(this, action);
        node.sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                uninstall(old, one);
            }
            if (now != null) {
                install(now, one);
            }
        });
        if (node.getScene() != null) {
            install(node.getScene(), one);
        }
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
