package com.cyclex.job;

/**
 * A way to stop one job: before it starts (it then never runs) or while it runs (its thread is interrupted,
 * which the sandbox's compiled code checks in its loops). A seller's agent holds one for each job in hand and
 * uses it when the exchange ends the job's lease, so the cores are free at once, not at the time limit.
 */
public final class JobCancel {
    private boolean cancelled;
    private Thread runner;

    /** Stops the job, wherever it is; calling it again, or after the job ended, does nothing. */
    public synchronized void cancel() {
        cancelled = true;
        if (runner != null) {
            runner.interrupt();
        }
    }

    public synchronized boolean cancelled() {
        return cancelled;
    }

    /** The calling thread begins the job; false when it was cancelled already. */
    synchronized boolean enter() {
        if (cancelled) {
            return false;
        }
        runner = Thread.currentThread();
        return true;
    }

    /** The job ended: a cancel from now on touches no thread, and one that came late is not left for the next job. */
    synchronized void leave() {
        runner = null;
        Thread.interrupted();
    }
}
