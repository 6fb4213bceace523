package com.cyclex.ui.host;

import com.cyclex.ui.demo.DemoControl;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The demo robots' switch and pace. Starting the demo lists markets and members, which waits on the exchange, so
 * every call to the demo runs on a worker thread; what it reports comes back through {@link #pump()}, once per
 * frame, like every other live figure. Needs no screen.
 */
public final class DemoModel {
    public static final int MAX_RATE = 5000;

    private final DemoControl demo;
    private final Executor worker;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final IntegerProperty rate = new SimpleIntegerProperty(this, "rate");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure");
    private final AtomicReference<Report> reported = new AtomicReference<>();
    private final AtomicInteger wantedRate = new AtomicInteger(-1);
    private final AtomicBoolean rateQueued = new AtomicBoolean();
    private final AtomicBoolean polling = new AtomicBoolean();
    /** Start/stop calls finished, counted on the worker; busy until it catches up with those asked for. */
    private final AtomicInteger togglesDone = new AtomicInteger();
    private int togglesAsked;
    private boolean showingReport;
    private boolean rateKnown;

    /** What the worker last learned from the demo. */
    private record Report(boolean running, int rate, int togglesDone, String failure) {
    }

    public DemoModel(DemoControl demo, Executor worker) {
        this.demo = demo;
        this.worker = worker;
        rate.addListener((obs, old, now) -> {
            if (!showingReport) {
                sendRate(now.intValue());
            }
        });
        worker.execute(() -> reported.set(new Report(demo.running(), demo.rate(), 0, null)));
    }

    /** Starts the robots when they are stopped, stops them when they run. */
    public void toggle() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        togglesAsked++;
        boolean start = !running.get();
        worker.execute(() -> {
            String failure = null;
            try {
                if (start) {
                    demo.start();
                } else {
                    demo.stop();
                }
            } catch (RuntimeException e) {
                failure = (start ? "The demo did not start: " : "The demo did not stop: ") + e.getMessage();
            }
            reported.set(new Report(demo.running(), demo.rate(), togglesDone.incrementAndGet(), failure));
        });
    }

    /** Asks whether the robots still run (someone else may have stopped them); at most one question at a time. */
    public void poll() {
        if (polling.compareAndSet(false, true)) {
            worker.execute(() -> {
                reported.set(new Report(demo.running(), demo.rate(), togglesDone.get(), null));
                polling.set(false);
            });
        }
    }

    /** Takes what the worker reported since the last frame; call once per frame on the JavaFX thread. */
    public void pump() {
        Report r = reported.getAndSet(null);
        if (r == null) {
            return;
        }
        running.set(r.running());
        busy.set(r.togglesDone() < togglesAsked);
        if (r.failure() != null) {
            failure.set(null); // the same failure twice is news twice
            failure.set(r.failure());
        }
        if (!rateKnown) {
            // Only the first report sets the pace; later ones would fight a slider being dragged.
            rateKnown = true;
            showingReport = true;
            rate.set(Math.max(0, Math.min(MAX_RATE, r.rate())));
            showingReport = false;
        }
    }

    /** A slider drag changes the rate many times a frame; the worker only ever sends the latest. */
    private void sendRate(int commandsPerSecond) {
        wantedRate.set(commandsPerSecond);
        if (rateQueued.compareAndSet(false, true)) {
            worker.execute(() -> {
                rateQueued.set(false);
                demo.setRate(wantedRate.get());
            });
        }
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** True while a start or stop is under way. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Robot commands per second, 0 to {@link #MAX_RATE}; setting it changes the robots' pace. */
    public IntegerProperty rateProperty() {
        return rate;
    }

    /** Why the last start or stop failed; null until one does. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }
}
