package com.cyclex.lease;

/**
 * Where a buyer's job is: waiting for a free core of its lease, running on the seller's machine, run again
 * elsewhere to check the seller's output, or finished (done with an output, or failed with a reason).
 */
public enum JobState {
    QUEUED(1),
    RUNNING(2),
    VERIFYING(3),
    DONE(4),
    FAILED(5);

    private final int code;

    JobState(int code) {
        this.code = code;
    }

    /** The stable number this state is journaled and hashed by. */
    public int code() {
        return code;
    }

    public boolean finished() {
        return this == DONE || this == FAILED;
    }
}
