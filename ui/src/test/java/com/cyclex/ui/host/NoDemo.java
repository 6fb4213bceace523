package com.cyclex.ui.host;

import com.cyclex.ui.demo.DemoControl;

/** Demo controls that say robots are trading, for views that show the demo panel while real robots run elsewhere. */
public final class NoDemo implements DemoControl {
    @Override
    public boolean canCreate() {
        return false;
    }

    @Override
    public boolean exists() {
        return true;
    }

    @Override
    public void start() {
    }

    @Override
    public boolean running() {
        return true;
    }

    @Override
    public void stop() {
    }

    @Override
    public int rate() {
        return 400;
    }

    @Override
    public void setRate(int commandsPerSecond) {
    }
}
