package com.cyclex.host;

import java.util.function.LongSupplier;

/**
 * How the sequencer batches and checkpoints.
 *
 * @param inboxCapacity commands that may wait before {@code submit} makes its caller wait too
 * @param maxBatch commands applied (and committed) together at most
 * @param idleMillis how long without commands before the clock is advanced anyway
 * @param checkpointEveryCommands a checkpoint is due after this many journaled commands...
 * @param checkpointEveryMillis ...or after this long with any, whichever comes first
 * @param clock the time commands are stamped with, epoch milliseconds
 */
public record SequencerOptions(int inboxCapacity, int maxBatch, long idleMillis, long checkpointEveryCommands,
                               long checkpointEveryMillis, LongSupplier clock) {

    public static SequencerOptions defaults() {
        return new SequencerOptions(1 << 16, 8192, 1000, 2_000_000, 5 * 60_000, System::currentTimeMillis);
    }

    public SequencerOptions withClock(LongSupplier clock) {
        return new SequencerOptions(inboxCapacity, maxBatch, idleMillis, checkpointEveryCommands, checkpointEveryMillis, clock);
    }

    public SequencerOptions withCheckpoints(long everyCommands, long everyMillis) {
        return new SequencerOptions(inboxCapacity, maxBatch, idleMillis, everyCommands, everyMillis, clock);
    }
}
