package com.cyclex.sim.session;

import com.cyclex.host.ExchangeHost;
import com.cyclex.sim.scenario.Scenario;
import java.util.concurrent.CompletableFuture;

/**
 * A host's place for its one live session: the instructor opens a scenario here, the gateway and the host's
 * terminal find the session here. Attached to the host, so the session ends before the exchange closes.
 */
public final class Classroom implements AutoCloseable {
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
     * Ends the session running now (if any) and opens {@code scenario} in its place. Returns at once: the old
     * session's end waits for its thread, so it happens off the caller's.
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

    @Override
    public void close() {
        LiveSession s = current;
        current = null;
        if (s != null) {
            s.close();
        }
    }
}
