package com.cyclex.ui;

import com.cyclex.api.CommandResult;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * Tells the operator what happened to what they asked: a rejection shows its reason code and sentence, briefly
 * and in the status bar. Call on the JavaFX thread.
 */
public final class Notices {
    private final ReadOnlyStringWrapper last = new ReadOnlyStringWrapper(this, "last", "");

    /** The latest notice, for the status bar and for tests. */
    public ReadOnlyStringProperty lastProperty() {
        return last.getReadOnlyProperty();
    }

    public void rejected(String what, CommandResult result) {
        String text = what + " refused: " + result.message() + " (" + result.code() + ")";
        last.set(text);
        popup("Refused", text, true);
    }

    public void info(String text) {
        last.set(text);
    }

    public void error(String title, String text) {
        last.set(text);
        popup(title, text, true);
    }

    private static void popup(String title, String text, boolean error) {
        try {
            Notifications n = Notifications.create().title(title).text(text).hideAfter(Duration.seconds(4));
            if (error) {
                n.showError();
            } else {
                n.showInformation();
            }
        } catch (RuntimeException e) {
            // No window to anchor a popup to yet (start-up, tests): the status bar still has the text.
        }
    }
}
