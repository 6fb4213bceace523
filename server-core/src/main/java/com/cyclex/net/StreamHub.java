package com.cyclex.net;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The live stream's fan-out: hears every committed batch from the host, keeps the recent ones so a member that
 * reconnects can resume from the last sequence it saw, and hands each batch to every open session.
 */
final class StreamHub implements AutoCloseable {
    private final HostPort host;
    private final int keepEvents;
    private final ArrayDeque<BatchViews> recent = new ArrayDeque<>();
    private final List<StreamSession> sessions = new CopyOnWriteArrayList<>();
    private final AutoCloseable subscription;
    private int recentEvents;
    /** The last sequence heard; batches after it come from the host's thread. */
    private long heard;

    StreamHub(HostPort host, int keepEvents) {
        this.host = host;
        this.keepEvents = keepEvents;
        this.heard = host.lastSeq();
        this.subscription = host.subscribeBatches(this::publish);
    }

    private void publish(Batch committed) {
        // encoded later, once, by the first session's writer that needs it: never on the host's thread
        BatchViews batch = new BatchViews(committed);
        synchronized (this) {
            recent.addLast(batch);
            recentEvents += batch.size() + 1;
            while (recentEvents > keepEvents && recent.size() > 1) {
                recentEvents -= recent.removeFirst().size() + 1;
            }
            heard = batch.lastSeq();
        }
        for (StreamSession s : sessions) {
            s.offer(batch);
        }
    }

    /**
     * Attaches a session that has seen everything up to {@code from} (0: nothing; it takes a snapshot itself).
     * Sends what it missed, or a reset when the missed batches are no longer kept, or says that the host lost
     * acknowledged commands when the member saw more than the host holds.
     */
    void attach(StreamSession session, String status, long from) {
        synchronized (this) {
            long now = Math.max(heard, host.lastSeq());
            session.send(StreamFrame.hello(session.member(), status, now));
            if (from > now) {
                host.clientSaw(from);
                session.send(StreamFrame.lost(now, "This exchange has lost acknowledged commands: you saw sequence "
                        + from + ", but the host holds only up to " + now + ". What you saw after " + now
                        + " is not on the exchange any more."));
            } else if (from > 0 && from < now) {
                BatchViews oldest = recent.peekFirst();
                if (oldest == null || oldest.firstSeq() > from + 1) {
                    session.send(StreamFrame.reset(now, "The stream cannot resume from sequence " + from
                            + " (it keeps the recent commands only): take a fresh snapshot."));
                } else {
                    for (BatchViews b : recent) {
                        if (b.lastSeq() > from) {
                            session.offer(b);
                        }
                    }
                }
            }
            sessions.add(session);
        }
    }

    void detach(StreamSession session) {
        sessions.remove(session);
    }

    List<StreamSession> sessions() {
        return sessions;
    }

    @Override
    public void close() {
        try {
            subscription.close();
        } catch (Exception ignored) {
            // the host is closing too
        }
        for (StreamSession s : sessions) {
            s.close(1001, "The exchange is closing.");
        }
        sessions.clear();
    }
}
