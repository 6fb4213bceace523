package com.cyclex.ui;

import com.cyclex.ui.demo.DemoControl;
import com.cyclex.ui.jobs.JobBlobs;
import com.cyclex.sim.session.SeatClient;
import com.cyclex.ui.net.NetworkControl;
import com.cyclex.ui.session.ClassroomControl;
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
 * @param jobBlobs where jobs' modules, inputs and outputs are stored and read, or null when this terminal cannot
 *                 reach them (then it shows jobs but cannot run them)
 * @param classroom the host's live sessions (the instructor's Session tab), or null on a terminal that hosts none
 * @param seats the operator's seat in the exchange's live session (the Seat tab), or null for none
 */
public record TerminalOptions(boolean showStats, DemoControl demo, String title, boolean demoAtStart, Path layoutFile,
                              NetworkControl network, JobBlobs jobBlobs, ClassroomControl classroom, SeatClient seats) {

    public TerminalOptions(boolean showStats, DemoControl demo, String title, boolean demoAtStart, Path layoutFile,
                           NetworkControl network, JobBlobs jobBlobs) {
        this(showStats, demo, title, demoAtStart, layoutFile, network, jobBlobs, null, null);
    }

    public TerminalOptions(boolean showStats, DemoControl demo, String title, boolean demoAtStart, Path layoutFile,
                           NetworkControl network) {
        this(showStats, demo, title, demoAtStart, layoutFile, network, null);
    }

    /** The same options with the host's live sessions in a Session tab. */
    public TerminalOptions withClassroom(ClassroomControl control) {
        return new TerminalOptions(showStats, demo, title, demoAtStart, layoutFile, network, jobBlobs, control, seats);
    }

    /** The same options with the operator's seat in a Seat tab. */
    public TerminalOptions withSeats(SeatClient client) {
        return new TerminalOptions(showStats, demo, title, demoAtStart, layoutFile, network, jobBlobs, classroom, client);
    }

    public TerminalOptions(boolean showStats, DemoControl demo, String title, boolean demoAtStart) {
        this(showStats, demo, title, demoAtStart, null, null);
    }

    /** The same options with jobs' blobs reachable through {@code blobs}. */
    public TerminalOptions withJobBlobs(JobBlobs blobs) {
        return new TerminalOptions(showStats, demo, title, demoAtStart, layoutFile, network, blobs, classroom, seats);
    }

    public TerminalOptions(boolean showStats, DemoControl demo, String title) {
        this(showStats, demo, title, false);
    }
}
