package com.cyclex.ui.start;

import com.cyclex.api.ExchangeClient;
import com.cyclex.ui.TerminalOptions;

/**
 * What the start-up choice can start: this computer's own exchange, or a membership of someone else's. Both are
 * slow (a database opens, a host answers over the network) and are called off the JavaFX thread. A failure is an
 * exception whose message is a sentence for the person.
 */
public interface Starter {
    /** The terminal to open, and what to close once its window closes. */
    record Started(ExchangeClient client, TerminalOptions options, AutoCloseable closer) {
    }

    /** Opens the exchange on this computer, with this computer's operator as its host. */
    Started host();

    /** Joins (or, with the identity kept from an earlier start, resumes) the exchange at a join address. */
    Started join(String joinAddress, String name);

    /** Why this text cannot be a join address, as a sentence, or null when it can. */
    String addressProblem(String joinAddress);
}
