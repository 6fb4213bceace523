package com.cyclex.host;

import com.cyclex.api.EventBatch;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands committed event batches to the subscribers, in commit order, on a thread of its own. The journal thread
 * only queues them, so a subscriber that takes a moment (the history writer, a gateway fanning out) never sits
 * between one sync and the next. The queue is short: a subscriber that falls behind slows the journal down
 * instead of letting batches pile up in memory.
 */
final class EventDispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(EventDispatcher.class);
    private static final int QUEUE_BATCHES = 64;
    private static final long FINISH_WAIT_MILLIS = 60_000;
    /** Stands for "no more batches" in the queue. */
    private static final EventBatch END = new EventBatch.Builder().build(0, -1);

    private final List<Consumer<EventBatch>> subscribers;
    private final BlockingQueue<EventBatch> queue = new ArrayBlockingQueue<>(QUEUE_BATCHES);
    private final Thread thread;

    EventDispatcher(List<Consumer<EventBatch>> subscribers) {
        this.subscribers = subscribers;
        this.thread = new Thread(this::run, "cyclex-events");
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues a committed batch, waiting while the queue is full and the thread lives. */
    void deliver(EventBatch batch) {
        try {
            while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                if (!thread.isAlive()) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Delivers what is queued, then ends the thread; returns once it has (or after a minute of a stuck subscriber). */
    void finish() {
        deliver(END);
        try {
            thread.join(FINISH_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.error("An event subscriber did not finish within {} s; later events are not delivered", FINISH_WAIT_MILLIS / 1000);
        }
    }

    private void run() {
        while (true) {
            EventBatch batch;
            try {
                batch = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            if (batch == END) {
                return;
            }
            for (Consumer<EventBatch> subscriber : subscribers) {
                try {
                    subscriber.accept(batch);
                } catch (Throwable e) {
                    // One reader's mistake must not cost the others their events, nor stop the thread.
                    LOG.warn("An event subscriber failed; it keeps its subscription", e);
                }
            }
        }
    }
}
