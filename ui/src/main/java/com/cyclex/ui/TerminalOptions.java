package com.cyclex.ui;

import com.cyclex.ui.demo.DemoControl;
import java.nio.file.Path;

/**
 * How the terminal was started.
 *
 * @param showStats whether to show the frame-time overlay
 * @param demo the host's demo marketplace controls, or null when this terminal cannot run one
 * @param title what the window title names (the data dir or the remote exchange)
 * @param demoAtStart start (or resume) the demo at once instead of asking
 * @param layoutFile where the window's layout is remembered between starts, or null to remember nothing
 */
public record TerminalOptions(boolean showStats, DemoControl demo, String title, boolean demoAtStart, Path layoutFile) {

    public TerminalOptions(boolean showStats, DemoControl demo, String title) {
        this(showStats, demo, title, false, null);
    }

    public TerminalOptions(boolean showStats, DemoControl demo, String title, boolean demoAtStart) {
        this(showStats, demo, title, demoAtStart, null);
    }
}
