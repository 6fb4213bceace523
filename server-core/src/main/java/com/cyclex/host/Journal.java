package com.cyclex.host;

/** Where the sequencer's batches go to become durable. */
public interface Journal {

    /**
     * Makes a batch durable; when this returns without throwing, the batch survives a crash.
     *
     * @param stateHash the exchange's state hash right after the batch, for a replay to check itself against;
     *     null when this batch carries none (the hash is taken now and then, not for every batch)
     */
    void append(long firstSeq, long lastSeq, int commands, Long stateHash, byte[] payload);

    /**
     * Writes a batch that becomes durable at the next {@link #sync}: the sequencer writes every batch waiting
     * for the disk and syncs once. A journal that cannot split the two makes each write durable at once.
     */
    default void write(long firstSeq, long lastSeq, int commands, Long stateHash, byte[] payload) {
        append(firstSeq, lastSeq, commands, stateHash, payload);
    }

    /** Makes every batch written so far durable; when this returns without throwing, they survive a crash. */
    default void sync() {
    }

    /**
     * The batch ending at {@code lastSeq} carried a checkpoint: later commands may go to a new file, so that once
     * the checkpoint is saved everything up to it can be let go whole.
     */
    default void checkpointAt(long lastSeq) {
    }

    /** A journal that keeps nothing: for an exchange that lives in memory only. */
    Journal NONE = (firstSeq, lastSeq, commands, stateHash, payload) -> {
    };
}
