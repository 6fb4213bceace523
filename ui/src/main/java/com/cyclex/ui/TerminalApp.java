package com.cyclex.ui;

import atlantafx.base.theme.PrimerDark;
import com.cyclex.api.ExchangeClient;
import com.cyclex.ui.demo.DemoOffer;
import com.cyclex.ui.layout.SavedLayout;
import com.cyclex.ui.layout.WindowPlacement;
import java.util.List;
import java.util.Objects;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The JavaFX application: one window on one exchange client. */
public final class TerminalApp extends Application {
    /** Where the theme and icons are on the classpath (the repo's top-level resources/ folder). */
    public static final String RESOURCES = "/cyclex/";

    private static volatile ExchangeClient pendingClient;
    private static volatile TerminalOptions pendingOptions;
    private static volatile com.cyclex.ui.start.Starter pendingStarter;
    private static volatile String pendingName;
    private static volatile com.cyclex.ui.start.Starter.Started chosen;

    private Terminal terminal;
    private TerminalWindow window;
    private Stage stage;
    /** The window's last bounds while it was neither maximized nor iconified: what is saved. */
    private SavedLayout.Bounds normalBounds;

    /** Opens the window and returns when it is closed. Call once per process, from any thread but the FX one. */
    public static void run(ExchangeClient client, TerminalOptions options) {
        pendingClient = Objects.requireNonNull(client);
        pendingOptions = Objects.requireNonNull(options);
        Application.launch(TerminalApp.class);
    }

    /**
     * Opens the start-up choice (host here, or join someone else's exchange), then the terminal on what was chosen;
     * returns when the window is closed, with what was started (for the caller to close), or null when the person
     * closed the window before choosing. Call once per process, from any thread but the FX one.
     */
    public static com.cyclex.ui.start.Starter.Started runChoosing(com.cyclex.ui.start.Starter starter, String defaultName) {
        pendingStarter = Objects.requireNonNull(starter);
        pendingName = defaultName;
        Application.launch(TerminalApp.class);
        return chosen;
    }

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        if (pendingStarter != null) {
            choose(stage);
            return;
        }
        open(stage, pendingClient, pendingOptions);
    }

    /** The start-up choice in the window; the terminal replaces it once something has started. */
    private void choose(Stage stage) {
        var model = new com.cyclex.ui.start.StartChoiceModel(pendingStarter, pendingName, r -> {
            Thread t = new Thread(r, "cyclex-start");
            t.setDaemon(true);
            t.start();
        }, javafx.application.Platform::runLater, started -> {
            chosen = started;
            pendingOptions = started.options();
            open(stage, started.client(), started.options());
        });
        stage.setScene(choiceScene(new com.cyclex.ui.start.StartChoiceView(model)));
        stage.setTitle("Cyclex — host or join an exchange");
        icons(stage);
        stage.show();
    }

    /** The start-up choice's scene with the terminal's theme: the same for the app and for tests. */
    public static Scene choiceScene(javafx.scene.Parent view) {
        Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
        Scene scene = new Scene(view, 900, 640);
        var css = TerminalApp.class.getResource(RESOURCES + "theme/cyclex.css");
        if (css != null) {
            scene.getStylesheets().add(css.toExternalForm());
        }
        return scene;
    }

    private void open(Stage stage, ExchangeClient client, TerminalOptions options) {
        terminal = new Terminal(client, options);
        SavedLayout layout = options.layoutFile() == null ? new SavedLayout()
                : SavedLayout.read(options.layoutFile());
        terminal.markets().prefer(layout.market());
        window = new TerminalWindow(terminal);
        stage.setScene(scene(window));
        stage.setTitle("Cyclex — " + options.title());
        icons(stage);
        SavedLayout.Bounds at = WindowPlacement.place(screens(), layout.window());
        stage.setX(at.x());
        stage.setY(at.y());
        stage.setWidth(at.width());
        stage.setHeight(at.height());
        stage.setMinWidth(Math.min(WindowPlacement.MIN_WIDTH, at.width()));
        stage.setMinHeight(Math.min(WindowPlacement.MIN_HEIGHT, at.height()));
        normalBounds = at;
        for (var p : List.of(stage.xProperty(), stage.yProperty(), stage.widthProperty(), stage.heightProperty())) {
            p.addListener(o -> {
                if (!stage.isMaximized() && !stage.isIconified()) {
                    normalBounds = new SavedLayout.Bounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
                }
            });
        }
        stage.setMaximized(layout.maximized());
        window.apply(layout);
        CloseGuard.install(stage, terminal);
        stage.show();
        terminal.live().start();
        if (options.demo() != null) {
            DemoOffer.atStartUp(stage, terminal, options.demo());
        }
    }

    /** Every screen's visual bounds (without task bars and docks), the primary screen first. */
    private static List<SavedLayout.Bounds> screens() {
        Screen primary = Screen.getPrimary();
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(primary),
                        Screen.getScreens().stream().filter(s -> !s.equals(primary)))
                .map(Screen::getVisualBounds)
                .map(TerminalApp::bounds)
                .toList();
    }

    private static SavedLayout.Bounds bounds(Rectangle2D r) {
        return new SavedLayout.Bounds(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight());
    }

    private static void icons(Stage stage) {
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            var icon = TerminalApp.class.getResource(RESOURCES + "icon/cyclex-" + size + ".png");
            if (icon != null) {
                stage.getIcons().add(new Image(icon.toExternalForm()));
            }
        }
    }

    /** The terminal's scene with its theme: the same for the app and for tests. */
    public static Scene scene(Terminal terminal) {
        return scene(new TerminalWindow(terminal));
    }

    /** The scene of a window already built. */
    public static Scene scene(TerminalWindow window) {
        Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
        Scene scene = new Scene(window.root(), WindowPlacement.PREFERRED_WIDTH, WindowPlacement.PREFERRED_HEIGHT);
        var css = TerminalApp.class.getResource(RESOURCES + "theme/cyclex.css");
        if (css != null) {
            scene.getStylesheets().add(css.toExternalForm());
        }
        return scene;
    }

    /** The layout as the operator leaves it: window, dividers, selected market and tab. */
    static SavedLayout layoutOf(TerminalWindow window, Terminal terminal, SavedLayout.Bounds bounds, boolean maximized) {
        SavedLayout layout = new SavedLayout();
        layout.window(bounds, maximized);
        layout.market(terminal.markets().selectedId());
        window.capture(layout);
        return layout;
    }

    @Override
    public void stop() {
        if (terminal != null) {
            terminal.live().stop();
            if (pendingOptions.layoutFile() != null && window != null) {
                try {
                    layoutOf(window, terminal, normalBounds, stage.isMaximized()).write(pendingOptions.layoutFile());
                } catch (RuntimeException e) {
                    // A layout that cannot be saved is not worth failing the close over; the next start opens as new.
                    System.err.println(e.getMessage());
                }
            }
        }
    }
}
