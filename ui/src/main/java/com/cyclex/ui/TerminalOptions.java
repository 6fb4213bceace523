package com.cyclex.ui;

import com.cyclex.ui.demo.DemoControl;

/**
 * How the terminal was started.
 *
 * @param showStats whether to show the frame-time overlay
 * @param demo the host's demo marketplace controls, or null when this terminal cannot run one
 * @param title what the window title names (the data dir or the remote exchange)
 * @param demoAtStart start (or resume) the demo at once instead of asking
 */
public record TerminalOptions(boolean showStats, DemoControl demo, String title, boolean demoAtStart) {

    public TerminalOptions(boolean showStats, DemoControl demo, String title) {
        this(showStats, demo, title, false);
    }
}
