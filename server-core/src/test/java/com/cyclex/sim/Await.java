package com.cyclex.sim;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for something that will happen, however slow the machine: generous deadlines, no timing asserted. */
final class Await {
    private Await() {
    }

    static void until(BooleanSupplier condition, long timeoutMillis, Supplier<String> whatWasSeen) {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("Waited " + timeoutMillis + " ms in vain; saw " + whatWasSeen.get());
            }
            sleep(20);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
