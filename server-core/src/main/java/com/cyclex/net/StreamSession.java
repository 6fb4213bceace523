package com.cyclex.net;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/**
 * One member's live stream. The host's thread only queues; a writer thread filters the queued batches for this
 * member, merges them into one frame and sends it, one frame in flight at a time: a slow member gets fewer,
 * larger frames, and one that falls too far behind is closed (it reconnects and resumes where it was).
 */
final class StreamSession {
    static final int PACKED = 64 * 1024;
    private final long member;
    private final String address;
    private final Session session;
    private final Executor writer;
    private final int maxQueued;
    private final Queue<Object> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicBoolean draining = new AtomicBoolean();
    private volatile boolean closed;

    StreamSession(long member, String address, Session session, Executor writer, int maxQueued) {
        this.member = member;
        this.address = address;
        this.session = session;
        this.writer = writer;
        this.maxQueued = maxQueued;
    }

    long member() {
        return member;
    }

    /** Where the member's stream comes from, as the host's view shows it. */
    String address() {
        return address;
    }

    Session session() {
        return session;
    }

    boolean closed() {
        return closed || !session.isOpen();
    }

    /** Queues a batch (from the host's thread: no filtering or writing here). */
    void offer(BatchViews batch) {
        enqueue(batch);
    }

    /** Queues a frame to send as it is. */
    void send(StreamFrame frame) {
        enqueue(frame);
    }

    private void enqueue(Object item) {
        if (closed) {
            return;
        }
        if (queued.incrementAndGet() > maxQueued) {
            close(1008, "You fell too far behind the stream; reconnect to resume.");
            return;
        }
        queue.add(item);
        schedule();
    }

    private void schedule() {
        if (!queue.isEmpty() && draining.compareAndSet(false, true)) {
            writer.execute(this::drain);
        }
    }

    private void drain() {
        List<String> frames = new ArrayList<>();
        List<BatchViews> batches = new ArrayList<>();
        Object item;
        while ((item = queue.poll()) != null) {
            queued.decrementAndGet();
            if (item instanceof BatchViews b) {
                batches.add(b);
            } else {
                if (!batches.isEmpty()) {
                    frames.add(batchFrame(batches, member));
                    batches.clear();
                }
                String quick = StreamFrameWriter.frame((StreamFrame) item);
                frames.add(quick != null ? quick : Wire.writeString(item));
            }
        }
        if (!batches.isEmpty()) {
            frames.add(batchFrame(batches, member));
        }
        sendAll(pack(frames), 0);
    }

    /**
     * One frame for batches queued back to back, as {@code member} may see them: the same JSON as
     * {@code Wire.writeString(StreamFrame.batch(first, last, Privacy.view(events, member)))} (a test holds the two
     * together), built from the pieces each batch encoded once for every stream.
     */
    static String batchFrame(List<BatchViews> batches, long member) {
        int size = 0;
        for (BatchViews b : batches) {
            size += b.size();
        }
        StringBuilder out = new StringBuilder(80 + 160 * size);
        out.append("{\"type\":\"batch\",\"firstSeq\":").append(batches.get(0).firstSeq())
                .append(",\"lastSeq\":").append(batches.get(batches.size() - 1).lastSeq()).append(",\"events\":[");
        boolean any = false;
        for (BatchViews b : batches) {
            any = b.appendTo(out, member, any);
        }
        return out.append("]}").toString();
    }

    /**
     * Frames queued together go out in as few messages as possible: one message carries several frames, one a
     * line (JSON never holds a raw line break), up to {@link #PACKED} characters. A pipelining member then costs
     * one TLS record per few hundred answers instead of one each.
     */
    static List<String> pack(List<String> frames) {
        List<String> out = new ArrayList<>();
        long chars = 0;
        for (String f : frames) {
            chars += f.length() + 1;
        }
        // Sized once: grown a doubling at a time it was a seventh of what the gateway allocated.
        StringBuilder b = new StringBuilder((int) Math.min(PACKED, chars));
        for (String f : frames) {
            if (b.length() > 0 && b.length() + f.length() > PACKED) {
                out.add(b.toString());
                b.setLength(0);
            }
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(f);
        }
        if (b.length() > 0) {
            out.add(b.toString());
        }
        return out;
    }

    private void sendAll(List<String> frames, int i) {
        if (i == frames.size() || closed()) {
            draining.set(false);
            schedule();
            return;
        }
        try {
            session.sendText(frames.get(i), Callback.from(() -> sendAll(frames, i + 1), failure -> {
                closed = true;
                draining.set(false);
            }));
        } catch (RuntimeException e) {
            closed = true;
            draining.set(false);
        }
    }

    void close(int status, String reason) {
        closed = true;
        queue.clear();
        try {
            session.close(status, reason, Callback.NOOP);
        } catch (RuntimeException ignored) {
            // already gone
        }
    }
}
