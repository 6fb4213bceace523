package com.cyclex.sim.session;

import com.cyclex.api.AccountInfo;
import com.cyclex.api.BookDepth;
import com.cyclex.api.Command;
import com.cyclex.api.CommandResult;
import com.cyclex.market.Trade;
import java.util.List;

/**
 * Where a session's commands go: an exchange that matches them, in this thread ({@link ExchangeVenue}) or hosted
 * ({@link HostVenue}). The session calls it from one thread and waits for each answer; every question is answered
 * as of the last command.
 */
public interface Venue {

    /** Applies one command at {@code time} (epoch milliseconds) and returns its result. */
    CommandResult submit(Command command, long time);

    /** The trades made in a market since the last call, oldest first. */
    List<Trade> takeTrades(int market);

    /** The best bid and ask of a market (one level of depth). */
    BookDepth touch(int market);

    /** A member's credits and cores. */
    AccountInfo account(long memberId);

    /** The orders open in a market. */
    List<com.cyclex.api.OrderInfo> orders(int market);
}
