package com.cyclex.app;

import com.cyclex.host.ExchangeHost;
import com.cyclex.store.CheckpointStore;
import com.cyclex.store.DataDir;
import com.cyclex.store.Database;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opening and closing a host the same way in every mode: timed, summarised, and logged. */
final class Hosting {
    private static final Logger LOG = LoggerFactory.getLogger(Hosting.class);

    private Hosting() {
    }

    /** An open host and what it found. */
    record Opened(ExchangeHost host, HostSummary summary) {
    }

    static Opened open(Path dir) {
        long t0 = System.nanoTime();
        ExchangeHost host = ExchangeHost.open(dir);
        HostSummary summary = HostSummary.of(host, (System.nanoTime() - t0) / 1_000_000);
        LOG.info(summary.logLine());
        return new Opened(host, summary);
    }

    /** Closes the host (it saves a checkpoint) and says, from what is on disk, what was saved. */
    static String close(ExchangeHost host) {
        Path dir = host.dataDir();
        try {
            host.close();
        } catch (RuntimeException e) {
            LOG.error("The exchange did not close cleanly; the next start recovers from the journal", e);
            return "The exchange did not close cleanly (" + e.getMessage() + "); the next start recovers what the"
                    + " journal holds.";
        }
        String saved = saved(dir);
        LOG.info("Closed. {}", saved);
        return saved;
    }

    /** Reads the latest checkpoint back: what a restart will begin from. */
    static String saved(Path dir) {
        try (DataDir data = DataDir.open(dir); Database database = Database.open(data);
             CheckpointStore checkpoints = new CheckpointStore(database)) {
            CheckpointStore.Mark mark = checkpoints.latest();
            return mark == null
                    ? "Saved: nothing to checkpoint, no command was ever applied."
                    : String.format("Saved: a checkpoint after command %,d (state hash %016x); every acknowledged command"
                            + " is on disk.", mark.lastSeq(), mark.stateHash());
        } catch (RuntimeException e) {
            LOG.warn("Could not read back the last checkpoint", e);
            return "Closed; the last checkpoint could not be read back (" + e.getMessage() + ").";
        }
    }
}
