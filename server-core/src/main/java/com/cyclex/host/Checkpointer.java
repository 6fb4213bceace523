package com.cyclex.host;

import com.cyclex.exchange.ExchangeState;

/** Saves copies of the exchange's state so a restart need not replay the whole journal. */
public interface Checkpointer {

    /** Saves a state taken right after command {@code lastSeq}; may take a while, and runs off the sequencer thread. */
    void save(ExchangeState state, long lastSeq, long stateHash);

    Checkpointer NONE = (state, lastSeq, stateHash) -> {
    };
}
