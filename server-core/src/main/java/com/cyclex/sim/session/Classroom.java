package com.cyclex.sim.session;

import com.cyclex.api.Command;
import com.cyclex.api.CommandResult;
import com.cyclex.api.PlaceOrder;
import com.cyclex.api.ReplaceOrder;
import com.cyclex.api.ResultCode;
import com.cyclex.host.CommandGate;
import com.cyclex.host.ExchangeHost;
import com.cyclex.sim.scenario.Scenario;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * A host's place for its one live session: the instructor opens a scenario here, the gateway and the host's
 * terminal find the session here. Attached to the host, so the session stops before the exchange closes; stopped
 * so, it is taken up again by {@link #resume} on the next start. As the host's {@link CommandGate} it keeps plain
 * orders out of the session's market, whoever sends them.
 */
public final class Classroom implements AutoCloseable, CommandGate {
    private volatile LiveSession current;

    private Classroom() {
    }

    /** The host's classroom, made and attached on the first call. */
    public static Classroom on(ExchangeHost host) {
        synchronized (host) {
            Classroom c = host.attached(Classroom.class);
            return c != null ? c : host.attach(new Classroom());
        }
    }

    /** The session running now, or null. */
    public LiveSession current() {
        return current;
    }

    /**
     * Ends the session running now (if any) for good and opens {@code scenario} in its place. Returns at once: the
     * old session's end waits for its thread, so it happens off the caller's.
     */
    public CompletableFuture<LiveSession> open(ExchangeHost host, Scenario scenario, LiveSession.Options options) {
        LiveSession before = current;
        current = null;
        CompletableFuture<Void> ended = before == null ? CompletableFuture.completedFuture(null)
                : CompletableFuture.runAsync(before::close);
        return ended.thenCompose(v -> LiveSession.open(host, scenario, options)).thenApply(s -> {
            current = s;
            return s;
        });
    }

    /**
     * Takes up the session this host was running when it last stopped (see {@link LiveSession#resume}); the future
     * has it, or null when none was live or one runs already.
     */
    public CompletableFuture<LiveSession> resume(ExchangeHost host, LiveSession.Options options) {
        return resume(host, options, session -> { });
    }

    /** As {@link #resume(ExchangeHost, LiveSession.Options)}, with {@link LiveSession#resume(ExchangeHost, LiveSession.Options, Consumer)}'s hook. */
    public CompletableFuture<LiveSession> resume(ExchangeHost host, LiveSession.Options options, Consumer<Session> beforeCatchUp) {
        if (current != null) {
            return CompletableFuture.completedFuture(null);
        }
        return LiveSession.resume(host, options, beforeCatchUp).thenApply(s -> {
            if (s != null) {
                current = s;
            }
            return s;
        });
    }

    /**
     * A plain order in the live session's market would trade beside its seats, which shout through the session
     * (their orders go to the exchange straight, not through a front end, so this never sees them).
     */
    @Override
    public CommandResult refusal(Command command) {
        int market = command instanceof PlaceOrder p ? p.market() : command instanceof ReplaceOrder r ? r.market() : 0;
        LiveSession live = market == 0 ? null : current;
        if (live == null || live.state() == null || live.state().market() != market) {
            return null;
        }
        return CommandResult.reject(ResultCode.SESSION_MARKET, "Market " + live.symbol() + " is the live session's: shout"
                + " for your seat in the Seat tab (over the network, POST /api/v1/session/shouts) instead of placing"
                + " orders in it.");
    }

    /** The host is stopping: the session is suspended, to be taken up again on the next start. */
    @Override
    public void close() {
        LiveSession s = current;
        current = null;
        if (s != null) {
            s.suspend();
        }
    }
}
