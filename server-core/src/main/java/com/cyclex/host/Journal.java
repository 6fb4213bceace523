package com.cyclex.host;

/** Where the sequencer's batches go to become durable. */
public interface Journal {

    /** Makes a batch durable; when this returns without throwing, the batch survives a crash. */
    void append(long firstSeq, long lastSeq, int commands, byte[] payload);

    /** A journal that keeps nothing: for an exchange that lives in memory only. */
    Journal NONE = (firstSeq, lastSeq, commands, payload) -> {
    };
}
