package com.cyclex.ui.session;

import com.cyclex.sim.session.LiveState;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The latest published state of a live session, taken by the JavaFX thread at most once a frame: the session's
 * thread only swaps a reference, however often it publishes, so a view draws the newest and never a backlog.
 */
final class SessionFrames {
    private final AtomicReference<LiveState> latest = new AtomicReference<>();
    private long shownVersion = -1;
    private String shownSession;

    /** From any thread. */
    void offer(LiveState state) {
        if (state != null) {
            latest.set(state);
        }
    }

    /** The state to draw this frame, or null when nothing new arrived since the last. */
    LiveState take() {
        LiveState s = latest.get();
        if (s == null || s.version() == shownVersion && s.symbol().equals(shownSession)) {
            return null;
        }
        shownVersion = s.version();
        shownSession = s.symbol();
        return s;
    }

    void clear() {
        latest.set(null);
        shownVersion = -1;
        shownSession = null;
    }
}
