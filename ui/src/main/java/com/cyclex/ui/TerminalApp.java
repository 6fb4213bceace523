package com.cyclex.ui;

import atlantafx.base.theme.PrimerDark;
import com.cyclex.api.ExchangeClient;
import com.cyclex.ui.demo.DemoOffer;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The JavaFX application: one window on one exchange client. */
public final class TerminalApp extends Application {
    /** Where the theme and icons are on the classpath (the repo's top-level resources/ folder). */
    public static final String RESOURCES = "/cyclex/";

    private static volatile ExchangeClient pendingClient;
    private static volatile TerminalOptions pendingOptions;

    private Terminal terminal;

    /** Opens the window and returns when it is closed. Call once per process, from any thread but the FX one. */
    public static void run(ExchangeClient client, TerminalOptions options) {
        pendingClient = Objects.requireNonNull(client);
        pendingOptions = Objects.requireNonNull(options);
        Application.launch(TerminalApp.class);
    }

    @Override
    public void start(Stage stage) {
        terminal = new Terminal(pendingClient, pendingOptions);
        stage.setScene(scene(terminal));
        stage.setTitle("Cyclex — " + pendingOptions.title());
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            var icon = TerminalApp.class.getResource(RESOURCES + "icon/cyclex-" + size + ".png");
            if (icon != null) {
                stage.getIcons().add(new Image(icon.toExternalForm()));
            }
        }
        stage.setWidth(1480);
        stage.setHeight(920);
        stage.show();
        terminal.live().start();
        if (pendingOptions.demo() != null) {
            DemoOffer.atStartUp(stage, terminal, pendingOptions.demo());
        }
    }

    /** The terminal's scene with its theme: the same for the app and for tests. */
    public static Scene scene(Terminal terminal) {
        Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
        Scene scene = new Scene(new TerminalWindow(terminal).root(), 1480, 920);
        var css = TerminalApp.class.getResource(RESOURCES + "theme/cyclex.css");
        if (css != null) {
            scene.getStylesheets().add(css.toExternalForm());
        }
        return scene;
    }

    @Override
    public void stop() {
        if (terminal != null) {
            terminal.live().stop();
        }
    }
}
