package com.cyclex.ui.live;

import com.cyclex.api.ExchangeClient;
import com.cyclex.api.ExchangeEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;

/**
 * The one way live data reaches the JavaFX thread. Events from the exchange are queued by the client's thread
 * without locks and handed to views once per frame, all that arrived since the last frame together; queries
 * answer at frame time too, on at most thirty frames a second. So a thousand events a second cost a view thirty
 * calls, and the JavaFX thread never waits on the exchange.
 */
public final class Live {
    /** Views move at most 30 times a second (the pulse is 60): less a little, so a late pulse does not skip two. */
    static final long VIEW_EVERY_NANOS = 30_000_000L;

    private final ExchangeClient client;
    private final ConcurrentLinkedQueue<List<ExchangeEvent>> inbox = new ConcurrentLinkedQueue<>();
    private final List<Consumer<List<ExchangeEvent>>> eventListeners = new ArrayList<>();
    private final List<FrameListener> frameListeners = new ArrayList<>();
    private final FrameTimes frameTimes = new FrameTimes(600);
    private final AnimationTimer timer;
    private AutoCloseable subscription;
    private long eventsDelivered;
    private long viewsAt;

    public Live(ExchangeClient client) {
        this.client = client;
        this.timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frameTimes.pulse(now);
                // Views are updated on every other frame of sixty a second, all on the same one, so the frame
                // between draws only what animates (a fading flash): the software renderer drew every frame
                // in full while the views moved each one, and took most of a core doing it.
                if (viewsAt == 0 || now - viewsAt >= VIEW_EVERY_NANOS) {
                    viewsAt = now;
                    frame(now);
                }
            }
        };
    }

    public ExchangeClient client() {
        return client;
    }

    /** Starts listening and ticking; call on the JavaFX thread. */
    public void start() {
        subscription = client.subscribe(inbox::add);
        timer.start();
    }

    public void stop() {
        timer.stop();
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception ignored) {
                // nothing more can be done about a failed unsubscribe at shutdown
            }
        }
    }

    /** Hears, once per frame on the JavaFX thread, every event committed since the last frame. */
    public void onEvents(Consumer<List<ExchangeEvent>> listener) {
        eventListeners.add(listener);
    }

    /** Runs once per frame on the JavaFX thread. */
    public void onFrame(FrameListener listener) {
        frameListeners.add(listener);
    }

    /** A query whose answer {@code show} gets on the JavaFX thread; call {@link LiveQuery#refresh()} when stale. */
    public <T> LiveQuery<T> query(Supplier<CompletableFuture<T>> ask, Consumer<T> show) {
        LiveQuery<T> query = new LiveQuery<>(ask, show);
        frameListeners.add(query);
        return query;
    }

    /** How long frames take: for the stats overlay and the frame-time benchmark. */
    public FrameTimes frameTimes() {
        return frameTimes;
    }

    public long eventsDelivered() {
        return eventsDelivered;
    }

    /** One frame: drain the inbox, tell the views, run the per-frame work. Public for tests that step frames. */
    public void frame(long now) {
        long started = System.nanoTime();
        List<ExchangeEvent> events = drain();
        if (!events.isEmpty()) {
            eventsDelivered += events.size();
            for (Consumer<List<ExchangeEvent>> listener : eventListeners) {
                listener.accept(events);
            }
        }
        for (int i = 0; i < frameListeners.size(); i++) {
            frameListeners.get(i).onFrame(now);
        }
        frameTimes.worked(System.nanoTime() - started);
    }

    private List<ExchangeEvent> drain() {
        List<ExchangeEvent> first = inbox.poll();
        if (first == null) {
            return List.of();
        }
        List<ExchangeEvent> next = inbox.poll();
        if (next == null) {
            return first;
        }
        List<ExchangeEvent> all = new ArrayList<>(first);
        do {
            all.addAll(next);
        } while ((next = inbox.poll()) != null);
        return all;
    }
}
