package com.cyclex.sim.run;

import com.cyclex.sim.session.LiveSession;
import com.cyclex.sim.session.Session;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * A live session's export: the same four CSV files and summary.json as {@code cyclex simulate} writes (one run,
 * the periods ended so far), its rows written as things happen on the session's thread, each in the file at once
 * (a killed host loses none of them).
 */
public final class LiveExport implements AutoCloseable {
    private final LiveSession live;
    private final Path dir;
    private final CsvExport csv;

    private LiveExport(LiveSession live, Path dir, CsvExport csv) {
        this.live = live;
        this.dir = dir;
        this.csv = csv;
    }

    /** Starts writing into {@code dir} (emptied): attach it before the first period to have every row. */
    public static CompletableFuture<LiveExport> attach(LiveSession live, Path dir) {
        return live.run(session -> {
            CsvExport csv = CsvExport.live(dir);
            csv.attach(1, session);
            return new LiveExport(live, dir, csv);
        });
    }

    /**
     * The export of a session taken up again after its host restarted ({@link LiveSession#resume}), going on in its
     * folder under {@code root}: hand {@link #beforeCatchUp} to the resume, so that the files hear what the session
     * books on its way back, then {@link #of} the session it gives.
     */
    public static TakeUp takeUp(Path root) {
        return new TakeUp(root);
    }

    /** See {@link #takeUp}. */
    public static final class TakeUp {
        private final Path root;
        private Path dir;
        private CsvExport csv;

        private TakeUp(Path root) {
            this.root = root;
        }

        /** Called on the session's thread with the restored session: the files are tidied and listen from here on. */
        public void beforeCatchUp(Session session) {
            dir = root.resolve(session.spec().symbol());
            csv = CsvExport.takeUp(dir, session.results().size());
            csv.attach(1, session);
        }

        /** The export of {@code live}, the session the resume gave. */
        public LiveExport of(LiveSession live) {
            if (csv == null) {
                throw new IllegalStateException("The export was not handed to the session's resume.");
            }
            return new LiveExport(live, dir, csv);
        }
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
