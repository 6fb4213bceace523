package com.cyclex.ui.machine;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a sampler on a daemon thread and keeps only its latest sample for the JavaFX thread to take at frame
 * time: the sampler blocks for its interval, so it must never run on the JavaFX thread, and a frame that finds
 * nothing new costs one atomic read.
 */
final class SampleFeed {
    private final MachineSampler sampler;
    private final AtomicReference<MachineSample> latest = new AtomicReference<>();
    private volatile String failure;
    private Thread thread;

    SampleFeed(MachineSampler sampler) {
        this.sampler = sampler;
    }

    /** Starts sampling, if not already; call on the JavaFX thread. */
    void start() {
        if (thread != null) {
            return;
        }
        thread = new Thread(this::run, "cyclex-machine-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops sampling (the thread ends after its current interval at the latest); call on the JavaFX thread. */
    void stop() {
        if (thread != null) {
            thread.interrupt();
            thread = null;
        }
    }

    boolean running() {
        return thread != null;
    }

    /** The sample measured since the last call, or null when none is new. */
    MachineSample take() {
        return latest.getAndSet(null);
    }

    /** Why sampling stopped on its own (the platform cannot be measured), or null. */
    String failure() {
        return failure;
    }

    private void run() {
        Thread self = Thread.currentThread();
        try {
            while (!self.isInterrupted()) {
                latest.set(sampler.next());
            }
        } catch (InterruptedException e) {
            // stopped: the view left the screen
        } catch (RuntimeException | LinkageError e) {
            failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
    }
}
