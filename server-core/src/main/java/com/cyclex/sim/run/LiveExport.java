package com.cyclex.sim.run;

import com.cyclex.sim.session.LiveSession;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * A live session's export: the same four CSV files and summary.json as {@code cyclex simulate} writes (one run,
 * the periods ended so far), its rows written as things happen on the session's thread.
 */
public final class LiveExport implements AutoCloseable {
    private final LiveSession live;
    private final Path dir;
    private final CsvExport csv;

    private LiveExport(LiveSession live, Path dir, boolean append) {
        this.live = live;
        this.dir = dir;
        this.csv = new CsvExport(dir, append);
    }

    /** Starts writing into {@code dir} (emptied): attach it before the first period to have every row. */
    public static CompletableFuture<LiveExport> attach(LiveSession live, Path dir) {
        return attach(live, dir, false);
    }

    /**
     * Goes on writing into {@code dir} after the rows already there: for a session taken up again after its host
     * restarted ({@link LiveSession#resume}). Rows still buffered when a host was killed are not in the files; the
     * summary, written from the session itself, has every period.
     */
    public static CompletableFuture<LiveExport> resume(LiveSession live, Path dir) {
        return attach(live, dir, true);
    }

    private static CompletableFuture<LiveExport> attach(LiveSession live, Path dir, boolean append) {
        return live.run(session -> {
            LiveExport export = new LiveExport(live, dir, append);
            export.csv.attach(1, session);
            return export;
        });
    }

    /** Brings the files up to now and writes summary.json beside them; the future has the folder. */
    public CompletableFuture<Path> write() {
        return live.run(session -> {
            csv.flush();
            long elapsed = (System.currentTimeMillis() - live.startedAt()) * 1_000_000;
            SummaryJson.write(Experiment.of(session.scenario(), live.seed(), session.results(), elapsed),
                    "live session " + live.symbol(), dir.resolve("summary.json"));
            return dir;
        });
    }

    public Path dir() {
        return dir;
    }

    /** Writes the summary and closes the files; the future has the folder. */
    public CompletableFuture<Path> finish() {
        return write().thenCompose(d -> live.run(session -> {
            csv.close();
            return d;
        }));
    }

    @Override
    public void close() {
        finish();
    }
}
