package com.cyclex.ui.live;

/** Called on the JavaFX thread once per frame, before layout and rendering. */
@FunctionalInterface
public interface FrameListener {
    void onFrame(long nowNanos);
}
