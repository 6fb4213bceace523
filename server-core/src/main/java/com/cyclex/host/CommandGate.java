package com.cyclex.host;

import com.cyclex.api.Command;
import com.cyclex.api.CommandResult;

/** Something attached to a host that keeps some commands of its front ends out (see {@link ExchangeHost#refusal}). */
public interface CommandGate {

    /** Why {@code command} may not go in, with its code and sentence, or null when it may. */
    CommandResult refusal(Command command);
}
