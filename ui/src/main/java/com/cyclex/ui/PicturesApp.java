package com.cyclex.ui;

import com.cyclex.api.ExchangeClient;
import com.cyclex.ui.demo.DemoOffer;
import java.nio.file.Path;
import java.util.Objects;
import com.cyclex.ui.jobs.JobsView;
import com.cyclex.ui.jobs.WorkloadForm;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The README's pictures, taken from the real terminal: the demo marketplace trades for a while, then the window is
 * written to {@code terminal.png}; the operator places a few orders and the order history is written to
 * {@code order-history.png}; the Host tab is opened and written to {@code host-view.png}; with a classroom, a live
 * session of Smith's chart 1 runs with robots and the Session tab is written to {@code session-view.png}; the operator buys cores
 * and runs a Mandelbrot on them, and the Jobs tab is written to {@code jobs-view.png} as the picture fills in. With
 * a participant (a member that joined over the network), the Host tab's Network section is written to
 * {@code host-network.png} and the participant's own terminal to {@code participant.png}. Then the app exits.
 * Run by {@code cyclex pictures}; needs a display (a real one or Xvfb).
 */
public final class PicturesApp extends Application {
    /** The README's window size: big enough for every panel, small enough to read on a page. */
    public static final int WIDTH = 1480;
    public static final int HEIGHT = 920;

    private static volatile ExchangeClient pendingClient;
    private static volatile TerminalOptions pendingOptions;
    private static volatile Path pendingOut;
    private static volatile int pendingSeconds;
    private static volatile int pendingWidth = WIDTH;
    private static volatile int pendingHeight = HEIGHT;
    private static volatile ExchangeClient pendingParticipant;
    private static volatile String pendingParticipantTitle;

    private Terminal terminal;
    private Terminal participant;

    /** Opens the window, takes the pictures after {@code seconds} of trading, and returns when it has closed. */
    public static void run(ExchangeClient client, TerminalOptions options, Path out, int seconds) {
        pendingClient = Objects.requireNonNull(client);
        pendingOptions = Objects.requireNonNull(options);
        pendingOut = Objects.requireNonNull(out);
        pendingSeconds = seconds;
        Application.launch(PicturesApp.class);
    }

    /** The same, and then the host's Network section and {@code participant}'s own terminal (a remote member's). */
    public static void run(ExchangeClient client, TerminalOptions options, Path out, int seconds,
                           ExchangeClient participant, String participantTitle) {
        pendingParticipant = participant;
        pendingParticipantTitle = participantTitle;
        run(client, options, out, seconds);
    }

    /** Draws at {@code width} × {@code height} instead of the README's size: to look at a smaller or bigger screen. */
    public static void size(int width, int height) {
        pendingWidth = width;
        pendingHeight = height;
    }

    @Override
    public void start(Stage stage) {
        terminal = new Terminal(pendingClient, pendingOptions);
        Scene scene = TerminalApp.scene(terminal);
        stage.setScene(scene);
        stage.setTitle("Cyclex — pictures");
        stage.setWidth(pendingWidth);
        stage.setHeight(pendingHeight);
        stage.show();
        terminal.live().start();
        if (pendingOptions.demo() != null) {
            DemoOffer.atStartUp(stage, terminal, pendingOptions.demo());
        }
        after(pendingSeconds, () -> {
            Snapshots.write(scene, pendingOut.resolve("terminal.png"));
            TabPane tabs = (TabPane) scene.lookup("#bottom-tabs");
            // The operator's own orders give the history something to show; the robots' are theirs.
            PictureOrders.place(terminal.client());
            select(tabs, "tab-history");
            after(3, () -> {
                Snapshots.write(scene, pendingOut.resolve("order-history.png"));
                if (tabs != null) {
                    select(tabs, "tab-host");
                }
                // A few seconds so the Host tab has asked for, and shown, its figures.
                after(3, () -> {
                    Snapshots.write(scene, pendingOut.resolve("host-view.png"));
                    sessionPicture(scene, tabs, () -> jobsPicture(scene, tabs, () -> networkPictures(stage, scene)));
                });
            });
        });
    }

    /** The Host tab's Network section with the joined members, then the participant's terminal; or the end. */
    private void networkPictures(Stage stage, Scene scene) {
        if (pendingParticipant == null) {
            Platform.exit();
            return;
        }
        if (scene.lookup("#bottom-tabs") instanceof TabPane bottom) {
            select(bottom, "tab-host"); // back to the Host tab from the Jobs tab
        }
        TabPane sections = (TabPane) scene.lookup("#host-sections");
        select(sections, "host-network-tab");
        // room for every joined member's row: the tables get the height the charts had
        if (scene.lookup("#split-center") instanceof javafx.scene.control.SplitPane center) {
            center.setDividerPositions(0.36);
        }
        after(3, () -> {
            Snapshots.write(scene, pendingOut.resolve("host-network.png"));
            participant(stage);
        });
    }

    /** The participant's terminal, in the same window, as its member sees the host's exchange. */
    private void participant(Stage stage) {
        participant = new Terminal(pendingParticipant, new TerminalOptions(false, null, pendingParticipantTitle));
        Scene scene = TerminalApp.scene(participant);
        stage.setScene(scene);
        stage.setTitle("Cyclex — " + pendingParticipantTitle);
        participant.live().start();
        after(10, () -> {
            TabPane tabs = (TabPane) scene.lookup("#bottom-tabs");
            select(tabs, "tab-trades");
            after(2, () -> {
                Snapshots.write(scene, pendingOut.resolve("participant.png"));
                Platform.exit();
            });
        });
    }

    /**
     * The operator buys four cores for a minute and runs a 768 × 768 Mandelbrot in 64 × 64 tiles on them; the Jobs
     * tab is written to {@code jobs-view.png} while the picture is filling in (a second after half of its 144 tiles
     * are back, or after 40 seconds).
     */
    private void jobsPicture(Scene scene, TabPane tabs, Runnable then) {
        select(tabs, "tab-jobs");
        SplitPane center = (SplitPane) scene.lookup("#split-center");
        if (center != null) {
            center.setDividerPositions(0.42); // room for the jobs and their picture
        }
        JobsView jobs = (JobsView) scene.lookup("#jobs");
        PictureJobs.buy(terminal.client());
        long started = System.nanoTime();
        boolean[] submitted = {false};
        AnimationTimer watch = new AnimationTimer() {
            @Override
            public void handle(long now) {
                double seconds = (now - started) / 1e9;
                if (!submitted[0]) {
                    var leases = jobs.model().leasesToRunOn(System.currentTimeMillis());
                    if (!leases.isEmpty()) {
                        submitted[0] = true;
                        jobs.run(leases.get(0), WorkloadForm.mandelbrot("768", "768", "64", "2048"));
                    }
                }
                if (jobs.picture().paintedTiles() >= 72 || seconds > 40) {
                    stop();
                    // The newest finished tiles at the top, under the last of the queued ones.
                    var rows = jobs.table().getItems();
                    for (int i = 0; i < rows.size(); i++) {
                        if (rows.get(i).state().finished()) {
                            jobs.table().scrollTo(Math.max(0, i - 3));
                            break;
                        }
                    }
                    // A moment for the table's columns to fit what the last frames brought.
                    after(1, () -> {
                        Snapshots.write(scene, pendingOut.resolve("jobs-view.png"));
                        then.run();
                    });
                }
            }
        };
        watch.start();
    }

    /**
     * With a classroom: Smith's chart 1 opened as a live session with robots in every seat; its first period runs ten
     * seconds and ends, and the Session tab is written to {@code session-view.png} ten seconds into the second.
     */
    private void sessionPicture(Scene scene, TabPane tabs, Runnable then) {
        var classroom = pendingOptions.classroom();
        if (classroom == null) {
            then.run();
            return;
        }
        select(tabs, "tab-session");
        SplitPane center = (SplitPane) scene.lookup("#split-center");
        if (center != null) {
            center.setDividerPositions(0.22); // the session's charts and tables get the room
        }
        // the bottom divider stays where the terminal puts it: the machine panel needs its width to be read whole
        // period 1 runs and ends (a row of figures), then period 2 is pictured ten seconds in
        classroom.open("smith-1962-chart-1").thenCompose(live -> live.startPeriod()).whenComplete((r, e) ->
                Platform.runLater(() -> after(10, () -> {
                    var live = classroom.current();
                    if (live == null) {
                        then.run();
                        return;
                    }
                    live.endPeriod().thenCompose(x -> live.startPeriod()).whenComplete((x, f) ->
                            Platform.runLater(() -> after(10, () -> {
                                Snapshots.write(scene, pendingOut.resolve("session-view.png"));
                                if (scene.lookup("#split-bottom") instanceof SplitPane bottom) {
                                    bottom.setDividerPositions(0.62); // as the terminal has it, for the next pictures
                                }
                                live.endPeriod();
                                then.run();
                            })));
                })));
    }

    private static void select(TabPane tabs, String id) {
        if (tabs != null) {
            tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
        }
    }

    private static void after(int seconds, Runnable then) {
        PauseTransition wait = new PauseTransition(Duration.seconds(seconds));
        wait.setOnFinished(e -> then.run());
        wait.play();
    }

    @Override
    public void stop() {
        if (terminal != null) {
            terminal.live().stop();
        }
        if (participant != null) {
            participant.live().stop();
        }
    }
}
