package com.cyclex.app;

import com.cyclex.host.ExchangeHost;
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
        // The operator sells from this machine too: its agent runs the jobs on what it sold.
        com.cyclex.agent.Delivery.on(host).agentFor(com.cyclex.host.LocalClient.forHost(host));
        HostSummary summary = HostSummary.of(host, (System.nanoTime() - t0) / 1_000_000);
        LOG.info(summary.logLine());
        return new Opened(host, summary);
    }

    /** Closes the host (it saves a checkpoint) and says what was saved: what the next start begins from. */
    static String close(ExchangeHost host) {
        try {
            host.close();
        } catch (RuntimeException e) {
            LOG.error("The exchange did not close cleanly; the next start recovers from the journal", e);
            return "The exchange did not close cleanly (" + e.getMessage() + "); the next start recovers what the"
                    + " journal holds.";
        }
        String saved = saved(host.lastSeq(), host.latestCheckpoint() != null ? host.latestCheckpoint().lastSeq()
                : host.recovered().checkpointSeq());
        LOG.info("Closed. {}", saved);
        return saved;
    }

    /** The sentence for a host closed after command {@code last} whose latest checkpoint is after {@code checkpoint}. */
    static String saved(long last, long checkpoint) {
        if (last == 0) {
            return "Saved: nothing to save, no command was ever applied.";
        }
        if (checkpoint >= last) {
            return String.format("Saved: a checkpoint after command %,d, the last one acknowledged; every acknowledged"
                    + " command is on disk.", last);
        }
        return String.format("Saved: every acknowledged command up to %,d is in the journal; the latest checkpoint is"
                + " after command %,d, so the next start replays the rest.", last, checkpoint);
    }
}
