package com.cyclex.app;

import com.cyclex.host.ExchangeHost;
import com.cyclex.sim.run.LiveExport;
import com.cyclex.sim.scenario.Scenario;
import com.cyclex.sim.scenario.ScenarioWriter;
import com.cyclex.sim.scenario.Scenarios;
import com.cyclex.sim.session.Classroom;
import com.cyclex.sim.session.LiveSession;
import com.cyclex.ui.session.ClassroomControl;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * The host's classroom behind the terminal's Session tab: a scenario opened here runs on this host, and its export
 * is written as it goes into the data dir's sessions folder, one folder per session (sessions/CLASS-n). The session
 * the host was running when it last stopped is taken up again at once, its export going on in the same folder.
 */
final class ClassroomOnHost implements ClassroomControl, AutoCloseable {
    private final ExchangeHost host;
    private final Path exports;
    private final CompletableFuture<LiveSession> resumed;
    private volatile LiveExport export;

    ClassroomOnHost(ExchangeHost host, Path exports) {
        this.host = host;
        this.exports = exports;
        // attached before this one is, so the host closes this first: the export is written while the session runs
        Classroom.on(host);
        LiveExport.TakeUp takeUp = LiveExport.takeUp(exports);
        this.resumed = Classroom.on(host).resume(host, LiveSession.Options.defaults(), takeUp::beforeCatchUp).thenApply(live -> {
            if (live != null) {
                export = takeUp.of(live);
            }
            return live;
        });
        resumed.whenComplete((live, e) -> {
            if (e != null) {
                System.err.println("The live session of the last run could not be taken up again: " + e.getMessage());
            } else if (live != null) {
                System.out.println("Live session of " + live.scenario().name() + " taken up again as market " + live.symbol()
                        + " at period " + live.state().period() + (live.state().open() ? " (paused: resume it in the"
                        + " Session tab)." : "."));
            }
        });
    }

    /** The session taken up from before the host's restart, once it is up; null when there was none. */
    CompletableFuture<LiveSession> resumed() {
        return resumed.exceptionally(e -> null);
    }

    @Override
    public LiveSession current() {
        return Classroom.on(host).current();
    }

    /**
     * Opens {@code scenario} unless the session taken up after a restart runs that very scenario: starting the host
     * again with the same {@code --session} goes on with the session instead of opening a new one.
     */
    CompletableFuture<LiveSession> openOrKeep(String scenario) {
        return resumed().thenCompose(live -> {
            try {
                if (live != null && ScenarioWriter.write(live.scenario()).equals(ScenarioWriter.write(Scenarios.load(scenario)))) {
                    return CompletableFuture.completedFuture(live);
                }
            } catch (RuntimeException e) {
                return CompletableFuture.failedFuture(e);
            }
            return open(scenario);
        });
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
        return resumed().thenCompose(r -> {
            LiveSession before = current();
            LiveExport beforeExport = export;
            export = null;
            CompletableFuture<?> ended = before == null ? CompletableFuture.completedFuture(null)
                    : before.endPeriod().thenCompose(x -> beforeExport == null ? CompletableFuture.completedFuture(null)
                            : beforeExport.finish());
            return ended.handle((v, e) -> null);
        }).thenCompose(v -> Classroom.on(host).open(host, loaded, LiveSession.Options.defaults()))
                .thenCompose(live -> LiveExport.attach(live, exports.resolve(live.symbol())).thenApply(x -> {
                    export = x;
                    return live;
                }));
    }

    /**
     * Pauses a running period and writes the export out before the host closes: the session is kept for the next
     * start (the classroom suspends it next), with the period as it was.
     */
    @Override
    public void close() {
        LiveSession live = current();
        LiveExport x = export;
        if (live == null) {
            return;
        }
        try {
            // refused (and so harmless) when no period runs or it is paused already
            live.pause().thenCompose(r -> x == null ? CompletableFuture.completedFuture(null) : x.finish())
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
