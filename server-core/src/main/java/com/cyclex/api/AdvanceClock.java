package com.cyclex.api;

/**
 * Lets time pass when no member is trading, so day orders expire and window markets close on time.
 * The sequencer sends it; it changes state only when a time event is due.
 */
public record AdvanceClock() implements Command {
    @Override
    public long actor() {
        return 0;
    }
}
