package com.cyclex.ui;

import atlantafx.base.theme.PrimerDark;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

/**
 * A window that only says why Cyclex cannot start (for one, that it is already running on this data dir):
 * a double-clicked app has no console for a message to go to.
 */
public final class ProblemDialog extends Application {
    private static volatile String title = "Cyclex";
    private static volatile String text = "";

    /** Shows the message and returns when the operator has read it. Call instead of {@link TerminalApp#run}. */
    public static void show(String title, String text) {
        ProblemDialog.title = title;
        ProblemDialog.text = text;
        Application.launch(ProblemDialog.class);
    }

    @Override
    public void start(Stage stage) {
        // A window of its own, before any terminal: it needs the dark theme set here.
        Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
        Alert alert = Dialogs.themed(new Alert(Alert.AlertType.ERROR, text), null);
        alert.setTitle("Cyclex");
        alert.setHeaderText(title);
        alert.showAndWait();
        Platform.exit();
    }
}
