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
}
