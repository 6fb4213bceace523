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
 * @param hashEveryMillis how often a journal batch carries the state hash for a replay to check against
 * @param clock the time commands are stamped with, epoch milliseconds
 */
public record SequencerOptions(int inboxCapacity, int maxBatch, long idleMillis, long checkpointEveryCommands,
                               long checkpointEveryMillis, long hashEveryMillis, LongSupplier clock) {

    public SequencerOptions {
        if (inboxCapacity < 1 || maxBatch < 1 || idleMillis < 1 || checkpointEveryCommands < 1 || checkpointEveryMillis < 1
                || hashEveryMillis < 0) {
            throw new IllegalArgumentException("sequencer options out of range: inbox " + inboxCapacity + ", batch " + maxBatch
                    + ", idle " + idleMillis + " ms, checkpoints every " + checkpointEveryCommands + " commands or "
                    + checkpointEveryMillis + " ms, hash every " + hashEveryMillis + " ms");
        }
    }

    /** As before the state hash went into the journal: a hash once a second. */
    public SequencerOptions(int inboxCapacity, int maxBatch, long idleMillis, long checkpointEveryCommands,
                            long checkpointEveryMillis, LongSupplier clock) {
        this(inboxCapacity, maxBatch, idleMillis, checkpointEveryCommands, checkpointEveryMillis, 1000, clock);
    }

    public static SequencerOptions defaults() {
        return new SequencerOptions(1 << 16, 8192, 1000, 2_000_000, 5 * 60_000, 1000, System::currentTimeMillis);
    }

    public SequencerOptions withClock(LongSupplier clock) {
        return new SequencerOptions(inboxCapacity, maxBatch, idleMillis, checkpointEveryCommands, checkpointEveryMillis,
                hashEveryMillis, clock);
    }

    public SequencerOptions withCheckpoints(long everyCommands, long everyMillis) {
        return new SequencerOptions(inboxCapacity, maxBatch, idleMillis, everyCommands, everyMillis, hashEveryMillis, clock);
    }

    public SequencerOptions withHashEvery(long millis) {
        return new SequencerOptions(inboxCapacity, maxBatch, idleMillis, checkpointEveryCommands, checkpointEveryMillis,
                millis, clock);
    }
}
