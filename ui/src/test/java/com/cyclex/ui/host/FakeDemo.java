package com.cyclex.ui.host;

import com.cyclex.ui.demo.DemoControl;

/** A demo with no robots: it only remembers what it was told. */
final class FakeDemo implements DemoControl {
    volatile boolean running;
    volatile int rate = 500;
    volatile int rateCalls;

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public boolean canCreate() {
        return false;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public boolean running() {
        return running;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public int rate() {
        return rate;
    }

    @Override
    public void setRate(int commandsPerSecond) {
        rate = commandsPerSecond;
        rateCalls++;
    }
}
