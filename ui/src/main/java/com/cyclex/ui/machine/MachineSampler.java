package com.cyclex.ui.machine;

/**
 * Measures this computer's load. Implementations block for one sampling interval per call, so they run on a
 * thread of their own (see {@link SampleFeed}); tests supply fakes.
 */
public interface MachineSampler {

    /** Waits one interval and returns the load over it. */
    MachineSample next() throws InterruptedException;
}
