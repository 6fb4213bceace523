package com.cyclex.ui.demo;

/**
 * The host's demo marketplace as the terminal sees it: robots trading on simulated members. The app supplies
 * it (the robots live in server-core); a terminal connected to someone else's exchange has none.
 *
 * <p>Every method may wait for the exchange: call them off the JavaFX thread.
 */
public interface DemoControl {

    /** Whether the exchange is empty enough to create the demo (no markets yet). */
    boolean canCreate();

    /** Whether the demo was created on this exchange before (its robot members exist). */
    boolean exists();

    /** Creates the demo's markets and members if they do not exist yet, and starts its robots. */
    void start();

    /** Whether robots are trading now. */
    boolean running();

    /** Stops the robots; the markets and members stay. */
    void stop();

    /** Robot commands per second now. */
    int rate();

    /** Changes the robots' commands per second. */
    void setRate(int commandsPerSecond);
}
