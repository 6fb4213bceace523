package com.cyclex.app;

import com.cyclex.ui.ProblemDialog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says why Cyclex cannot go on, in one sentence that says how to fix it: always on standard error and in the log,
 * and in a window too when the start was meant to open one (someone who double-clicked the app has no console).
 */
class Complaints {
    private static final Logger LOG = LoggerFactory.getLogger(Complaints.class);

    /** Where a windowed start shows the sentence; tests put a recorder here. */
    interface Window {
        void show(String title, String text);
    }

    private final Window window;

    Complaints(Window window) {
        this.window = window;
    }

    static Complaints withDialog() {
        return new Complaints(ProblemDialog::show);
    }

    /** Reports the problem and gives the code to exit with. */
    int refuse(ExitCode code, String title, String sentence, boolean windowed) {
        System.err.println(title + ": " + sentence);
        LOG.warn(Logs.SAID, "{}: {} (exit code {})", title, sentence, code.code);
        if (windowed) {
            try {
                window.show(title, sentence);
            } catch (RuntimeException | LinkageError noDisplay) {
                // Nowhere to show a window (no display, no GTK): standard error and the log are all there is.
                LOG.info("No window for the problem: {}", noDisplay.toString());
            }
        }
        return code.code;
    }
}
