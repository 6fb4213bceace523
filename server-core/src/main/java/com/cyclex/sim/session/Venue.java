package com.cyclex.sim.session;

import com.cyclex.api.Command;
import com.cyclex.api.CommandResult;
import com.cyclex.api.ExchangeReader;
import com.cyclex.market.Trade;
import java.util.List;

/**
 * Where a session's commands go: an exchange that matches them. The session calls it from one thread and waits
 * for each answer, so a venue over a live host answers once the command is acknowledged.
 */
public interface Venue {

    /** Applies one command at {@code time} (epoch milliseconds) and returns its result. */
    CommandResult submit(Command command, long time);

    /** The trades made since the last call, oldest first. */
    List<Trade> takeTrades();

    /** Questions about the exchange's state, answered as of the last command. */
    ExchangeReader reader();
}
