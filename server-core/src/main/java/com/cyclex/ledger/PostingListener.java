package com.cyclex.ledger;

/** Hears every posting as it is made, on the sequencer thread. */
public interface PostingListener {
    void onPosting(int from, int to, long amount, PostingReason reason);
}
