package com.cyclex.ui.machine;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/** Hands out the samples a test puts in, blocking like a real sampler until there is one. */
final class FakeSampler implements MachineSampler {
    private final BlockingQueue<MachineSample> queue = new LinkedBlockingQueue<>();

    void put(MachineSample sample) {
        queue.add(sample);
    }

    @Override
    public MachineSample next() throws InterruptedException {
        return queue.take();
    }

    /** A machine of {@code cores} cores, each at {@code load}, with 16 GiB of which 6 are used. */
    static MachineSample even(int cores, double load) {
        double[] loads = new double[cores];
        java.util.Arrays.fill(loads, load);
        return new MachineSample(load, loads, 6L << 30, 16L << 30);
    }
}
