package com.cyclex.ui.live;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A question to the exchange whose answer a view shows, asked again whenever the view says it is stale.
 * At most one request is in flight, so a burst of changes costs one query; the answer is handed to the view
 * on the JavaFX thread at the next frame, never from the client's thread.
 */
public final class LiveQuery<T> implements FrameListener {
    private final Supplier<CompletableFuture<T>> ask;
    private final Consumer<T> show;
    private final AtomicReference<T> arrived = new AtomicReference<>();
    private volatile boolean inFlight;
    private boolean stale = true;
    private long minIntervalNanos;
    private long askedAt = Long.MIN_VALUE / 2;

    LiveQuery(Supplier<CompletableFuture<T>> ask, Consumer<T> show) {
        this.ask = ask;
        this.show = show;
    }

    /**
     * Asks at most once per {@code nanos}, however often it is made stale: for views a person reads rather than
     * watches move (a book ladder changes faster than anyone reads it; 20 answers a second look as live as 60
     * and cost a third). A refresh in between is kept and asked when the interval has passed.
     */
    public LiveQuery<T> atMostEvery(long nanos) {
        this.minIntervalNanos = nanos;
        return this;
    }

    /** Marks the shown answer out of date; the query runs again at the next frame (once, however often this is called). */
    public void refresh() {
        stale = true;
    }

    @Override
    public void onFrame(long nowNanos) {
        T answer = arrived.getAndSet(null);
        if (answer != null) {
            show.accept(answer);
        }
        if (stale && !inFlight && nowNanos - askedAt >= minIntervalNanos) {
            askedAt = nowNanos;
            stale = false;
            inFlight = true;
            ask.get().whenComplete((value, error) -> {
                if (value != null) {
                    arrived.set(value);
                }
                inFlight = false;
            });
        }
    }
}
