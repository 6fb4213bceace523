package com.cyclex.ui.trades;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.util.WaitForAsyncUtils;

/** Waits for what the views show to catch up with the exchange, checking on the JavaFX thread; no fixed sleeps. */
public final class FxWait {
    private FxWait() {
    }

    /** Returns as soon as {@code condition} holds on the JavaFX thread; fails with {@code what} after 20 s. */
    public static void until(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        } catch (TimeoutException e) {
            fail("Timed out waiting until " + what);
        }
    }

    /** Reads a value on the JavaFX thread. */
    public static <T> T read(Callable<T> value) {
        try {
            return WaitForAsyncUtils.asyncFx(value).get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("could not read from the JavaFX thread", e);
        }
    }

    /**
     * Selects a bottom tab of the terminal under {@code root}, as a user would before reading it: a tab's content is
     * in the scene only while it is selected. Safe on the JavaFX thread too (a lookup inside a wait).
     */
    public static void showTab(javafx.scene.Node root, String tabId) {
        Runnable select = () -> {
            javafx.scene.control.TabPane tabs = (javafx.scene.control.TabPane) root.lookup("#bottom-tabs");
            tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
        };
        if (javafx.application.Platform.isFxApplicationThread()) {
            select.run();
        } else {
            read(() -> {
                select.run();
                return null;
            });
        }
    }
}
