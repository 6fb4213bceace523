package com.cyclex.sim.session;

import com.cyclex.api.CommandResult;
import java.util.concurrent.CompletableFuture;

/**
 * A member's way to its seat in a live session, in this process ({@link LocalSeatClient}) or across the network
 * ({@code com.cyclex.net.RemoteSeatClient}): the terminal's seat panel uses either. Every call returns at once.
 */
public interface SeatClient {

    /** Asks for a seat (the one held, or the next free one); the result's id is the seat's index. */
    CompletableFuture<CommandResult> claimSeat();

    /** The member's own seat, or null when it holds none or no session runs. */
    CompletableFuture<SeatView> seat();

    /** What everyone sees of the session, or null when none runs. */
    CompletableFuture<SessionBoard> board();

    /** Shouts a one-unit bid (buyer) or ask (seller) for the member's seat at {@code price} ticks. */
    CompletableFuture<CommandResult> shout(long price);

    /** Withdraws the seat's standing order. */
    CompletableFuture<CommandResult> withdraw();

    /** Gives the seat back to the robots. */
    CompletableFuture<CommandResult> releaseSeat();
}
