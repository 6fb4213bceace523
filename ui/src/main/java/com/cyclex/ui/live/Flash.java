package com.cyclex.ui.live;

import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.util.Duration;

/**
 * Lights a highlight for a moment and puts it out: two changes to draw, where a fade changed its opacity on every
 * frame of its life. Under a busy book every level and trade was fading at once, and redrawing the fades took
 * half of the software renderer's time.
 */
public final class Flash {
    private final Node highlight;
    private final PauseTransition lit;

    public Flash(Node highlight, Duration shown) {
        this.highlight = highlight;
        this.lit = new PauseTransition(shown);
        lit.setOnFinished(e -> highlight.setOpacity(0));
        highlight.setOpacity(0);
    }

    /** Lights the highlight (again, for its whole time, if it is lit). */
    public void play() {
        highlight.setOpacity(1);
        lit.playFromStart();
    }

    /** Puts the highlight out now. */
    public void stop() {
        lit.stop();
        highlight.setOpacity(0);
    }
}
