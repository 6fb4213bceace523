package com.cyclex.ui.session;

import com.cyclex.sim.session.LiveSession;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/** What the instructor's Session tab needs of the host's classroom: the session running, opening one, its export. */
public interface ClassroomControl {

    /** The live session running now, or null. */
    LiveSession current();

    /** Ends the running session (if any) and opens a scenario (a shipped name or a file) in its place. */
    CompletableFuture<LiveSession> open(String scenario);

    /** Writes the running session's export (CSV files and summary.json); the future has the folder. */
    CompletableFuture<Path> export();
}
