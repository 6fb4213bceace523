package com.cyclex.sim.session;

import com.cyclex.api.CommandResult;
import com.cyclex.api.ResultCode;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

/** The host's own terminal at a seat: the same calls as over the network, straight to the classroom's session. */
public final class LocalSeatClient implements SeatClient {
    private final Supplier<LiveSession> session;
    private final long member;
    private final String name;

    /** @param session the session running now (a classroom's current one), or null while none runs */
    public LocalSeatClient(Supplier<LiveSession> session, long member, String name) {
        this.session = session;
        this.member = member;
        this.name = name;
    }

    @Override
    public CompletableFuture<CommandResult> claimSeat() {
        return command(s -> s.claimSeat(member, name));
    }

    @Override
    public CompletableFuture<SeatView> seat() {
        LiveSession s = session.get();
        if (s == null) {
            return CompletableFuture.completedFuture(null);
        }
        s.heard(member);
        return CompletableFuture.completedFuture(s.seatOf(member));
    }

    @Override
    public CompletableFuture<SessionBoard> board() {
        LiveSession s = session.get();
        return CompletableFuture.completedFuture(s == null ? null : s.board());
    }

    @Override
    public CompletableFuture<CommandResult> shout(long price) {
        return command(s -> s.shout(member, price));
    }

    @Override
    public CompletableFuture<CommandResult> withdraw() {
        return command(s -> s.withdraw(member));
    }

    @Override
    public CompletableFuture<CommandResult> releaseSeat() {
        return command(s -> s.releaseSeat(member));
    }

    private CompletableFuture<CommandResult> command(Function<LiveSession, CompletableFuture<CommandResult>> call) {
        LiveSession s = session.get();
        if (s == null) {
            return CompletableFuture.completedFuture(CommandResult.reject(ResultCode.SESSION_NONE));
        }
        return call.apply(s);
    }
}
