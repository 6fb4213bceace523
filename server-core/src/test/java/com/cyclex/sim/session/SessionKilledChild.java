package com.cyclex.sim.session;

import com.cyclex.host.ExchangeHost;
import com.cyclex.sim.run.LiveExport;
import com.cyclex.sim.scenario.ScenarioParser;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The host {@link SessionKilledTest} kills with SIGKILL mid-session. "students": four students trade as in
 * {@link SessionRestartTest#trade}, then it prints the session's picture (every step of it acknowledged) and waits
 * to be killed. "robots": robots trade a period as fast as they can, its export written in the data dir's
 * {@code exports} folder, and it says so once they have begun.
 *
 * <p>Arguments: data dir, mode.
 */
public final class SessionKilledChild {
    /** Robots only, at a high pace, so the kill lands among their steps. */
    static final String ROBOTS = """
            name Robots killed
            rule cda
            periods 2
            length 600 s
            pace 400
            prices 1 to 200
            robots ZIC
            buyer  B1 150 140 130 120 110 100
            buyer  B2 145 135 125 115 105 95
            buyer  B3 140 130 120 110 100 90
            seller S1 40 50 60 70 80 90
            seller S2 45 55 65 75 85 95
            seller S3 50 60 70 80 90 100
            """;

    private SessionKilledChild() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        ExchangeHost host = ExchangeHost.open(Path.of(args[0]));
        LiveSession.Options options = LiveSession.Options.defaults().withSilence(600_000).withSeed(11);
        if (args[1].equals("students")) {
            LiveSession live = SessionRestartTest.done(Classroom.on(host).open(host, SessionRestartTest.scenario(), options));
            SessionRestartTest.trade(live);
            String picture = SessionPicture.of(SessionRestartTest.done(live.run(s -> live.state())));
            for (String line : picture.split("\n")) {
                out.println("PICTURE " + line);
            }
        } else {
            LiveSession live = SessionRestartTest.done(Classroom.on(host).open(host, ScenarioParser.parse(ROBOTS, "robots"), options));
            SessionRestartTest.done(LiveExport.attach(live, Path.of(args[0]).resolve("exports").resolve(live.symbol())));
            SessionRestartTest.ok(live.startPeriod());
            while (live.state().trades().size() < 3) {
                Thread.sleep(5);
            }
        }
        out.println("READY");
        out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
