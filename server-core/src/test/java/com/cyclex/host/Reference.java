package com.cyclex.host;

import com.cyclex.api.Command;
import com.cyclex.api.CommandResult;
import com.cyclex.exchange.Exchange;

/**
 * An in-memory exchange that is told exactly the commands a host has made durable, with the same times: what
 * the host must recover to. It also counts the commands that changed state, which are the ones the sequencer
 * journals, so its count is the sequence number the host's journal must have reached.
 */
final class Reference {
    final Exchange exchange = new Exchange();
    private long journaled;

    CommandResult apply(Command command, long time) {
        CommandResult result = exchange.apply(command, time);
        if (exchange.lastChangedState()) {
            journaled++;
        }
        return result;
    }

    /** The sequence number of the last journaled command so far. */
    long journaled() {
        return journaled;
    }

    long stateHash() {
        return exchange.stateHash();
    }
}
