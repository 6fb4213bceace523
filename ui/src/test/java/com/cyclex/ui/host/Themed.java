package com.cyclex.ui.host;

import atlantafx.base.theme.PrimerDark;
import com.cyclex.ui.TerminalApp;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.testfx.util.WaitForAsyncUtils;

/** A scene dressed as the terminal's (theme and CSS) for one view on its own, and a wait on the JavaFX thread. */
final class Themed {
    private Themed() {
    }

    static Scene scene(Parent view, double width, double height) {
        Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
        Scene scene = new Scene(view, width, height);
        scene.getStylesheets().add(TerminalApp.class.getResource(TerminalApp.RESOURCES + "theme/cyclex.css").toExternalForm());
        return scene;
    }

    /** Waits until {@code condition}, asked on the JavaFX thread, holds. */
    static void until(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }
}
