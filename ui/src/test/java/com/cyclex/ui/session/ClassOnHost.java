package com.cyclex.ui.session;

import com.cyclex.host.ExchangeHost;
import com.cyclex.sim.run.LiveExport;
import com.cyclex.sim.scenario.Scenario;
import com.cyclex.sim.scenario.ScenarioParser;
import com.cyclex.sim.session.Classroom;
import com.cyclex.sim.session.LiveSession;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * The classroom as the app has it, over a real host's, for the terminal's tests: every scenario name opens the
 * same small class (two buyers, two sellers, one seat for a student), seeded so it runs the same each time.
 */
public final class ClassOnHost implements ClassroomControl {
    public static final Scenario CLASS = ScenarioParser.parse("""
            name View test
            rule classic
            periods 2
            length 120 s
            pace 20
            prices 1 to 200
            buyer  B1 150 120 student
            buyer  B2 140 110
            seller S1 60 90
            seller S2 80 robot GIVEAWAY
            """, "view");

    private final ExchangeHost host;
    private volatile LiveExport export;

    public ClassOnHost(ExchangeHost host) {
        this.host = host;
    }

    /** Where {@link #export} writes; until it is given, an export fails. */
    public void exportWith(LiveExport export) {
        this.export = export;
    }

    @Override
    public LiveSession current() {
        return Classroom.on(host).current();
    }

    @Override
    public CompletableFuture<LiveSession> open(String scenario) {
        return Classroom.on(host).open(host, CLASS, LiveSession.Options.defaults().withSeed(5));
    }

    @Override
    public CompletableFuture<Path> export() {
        LiveExport to = export;
        return to == null ? CompletableFuture.failedFuture(new IllegalStateException("no export in this test")) : to.write();
    }
}
