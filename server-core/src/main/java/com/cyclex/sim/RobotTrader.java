package com.cyclex.sim;

/**
 * A robot trader: on each turn it looks at one market and decides what to send, if anything. The runner
 * calls {@link #act} on its own thread, one robot at a time, so a robot needs no locks; it must return
 * quickly and never wait, since every other robot waits for its turn.
 *
 * <p>A robot trades as one member in one market. A member that trades several markets runs one robot per
 * market. Classroom robots implement this interface too: the view and the order pad are all they get.
 */
public interface RobotTrader {

    /**
     * Decides what to do now. {@code view} is what the robot knows of the market and of its own orders;
     * {@code pad} sends commands as the robot's member in this market. Sending nothing is a valid turn.
     */
    void act(MarketView view, OrderPad pad);

    /**
     * What this robot has learned, as one line of text to keep across a restart of a live session (no line
     * break in it); null for a robot that learns nothing.
     */
    default String learned() {
        return null;
    }

    /** Takes up what {@link #learned} gave before a restart; a text it cannot read leaves it as it starts. */
    default void relearn(String learned) {
    }
}
