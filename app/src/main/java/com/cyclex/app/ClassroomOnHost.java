package com.cyclex.app;

import com.cyclex.host.ExchangeHost;
import com.cyclex.sim.run.LiveExport;
import com.cyclex.sim.scenario.Scenario;
import com.cyclex.sim.scenario.Scenarios;
import com.cyclex.sim.session.Classroom;
import com.cyclex.sim.session.LiveSession;
import com.cyclex.ui.session.ClassroomControl;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * The host's classroom behind the terminal's Session tab: a scenario opened here runs on this host, and its export
 * is written as it goes into the data dir's sessions folder, one folder per session (sessions/CLASS-n).
 */
final class ClassroomOnHost implements ClassroomControl, AutoCloseable {
    private final ExchangeHost host;
    private final Path exports;
    private volatile LiveExport export;

    ClassroomOnHost(ExchangeHost host, Path exports) {
        this.host = host;
        this.exports = exports;
        // attached before this one is, so the host closes this first: the export is written while the session runs
        Classroom.on(host);
    }

    @Override
    public LiveSession current() {
        return Classroom.on(host).current();
    }

    @Override
    public CompletableFuture<LiveSession> open(String scenario) {
        Scenario loaded;
        try {
            loaded = Scenarios.load(scenario);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e); // a mistake in the file, with the line that has it
        }
        // The running session's last period is ended and exported before it makes way.
        LiveSession before = current();
        LiveExport beforeExport = export;
        export = null;
        CompletableFuture<?> ended = before == null ? CompletableFuture.completedFuture(null)
                : before.endPeriod().thenCompose(r -> beforeExport == null ? CompletableFuture.completedFuture(null)
                        : beforeExport.finish());
        return ended.handle((v, e) -> null)
                .thenCompose(v -> Classroom.on(host).open(host, loaded, LiveSession.Options.defaults()))
                .thenCompose(live -> LiveExport.attach(live, exports.resolve(live.symbol())).thenApply(x -> {
                    export = x;
                    return live;
                }));
    }

    /** Ends the running period and writes the export out, before the host closes the session and the exchange. */
    @Override
    public void close() {
        LiveSession live = current();
        LiveExport x = export;
        if (live == null) {
            return;
        }
        try {
            live.endPeriod().thenCompose(r -> x == null ? CompletableFuture.completedFuture(null) : x.finish())
                    .orTimeout(10, java.util.concurrent.TimeUnit.SECONDS).join();
        } catch (RuntimeException e) {
            System.err.println("The live session's export may lack its last rows: " + e.getMessage());
        }
    }

    @Override
    public CompletableFuture<Path> export() {
        LiveExport x = export;
        return x == null ? CompletableFuture.failedFuture(new IllegalStateException("No live session is running."))
                : x.write();
    }
}
