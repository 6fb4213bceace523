package com.cyclex.ui;

import com.cyclex.ui.demo.DemoControl;
import com.cyclex.ui.net.NetworkControl;
import java.nio.file.Path;

/**
 * How the terminal was started.
 *
 * @param showStats whether to show the frame-time overlay
 * @param demo the host's demo marketplace controls, or null when this terminal cannot run one
 * @param title what the window title names (the data dir or the remote exchange)
 * @param demoAtStart start (or resume) the demo at once instead of asking

 * @param layoutFile where the window's layout is remembered between starts, or null to remember nothing
 * @param network the host's gateway when the exchange listens on the network, else null
 */
public record TerminalOptions(boolean showStats, DemoControl demo, String title, boolean demoAtStart, Path layoutFile,
                              NetworkControl network) {

    public TerminalOptions(boolean showStats, DemoControl demo, String title, boolean demoAtStart) {
        this(showStats, demo, title, demoAtStart, null, null);
    }

    public TerminalOptions(boolean showStats, DemoControl demo, String title) {
        this(showStats, demo, title, false);
    }
}
