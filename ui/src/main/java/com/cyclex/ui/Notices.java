package com.cyclex.ui;

import com.cyclex.api.CommandResult;
import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.animation.SequentialTransition;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the operator what happened to what they asked: every notice goes to the status bar; a rejection (with
 * its reason code and sentence) or an error also shows for a few seconds as a toast over the window. The
 * toasts live inside the window rather than in popup windows of their own, so they follow the theme and
 * never steal focus from the order entry. Call on the JavaFX thread.
 */
public final class Notices {
    private static final Logger LOG = LoggerFactory.getLogger(Notices.class);
    private static final int MAX_TOASTS = 4;
    private final ReadOnlyStringWrapper last = new ReadOnlyStringWrapper(this, "last", "");
    private final VBox toasts = new VBox(6);

    public Notices() {
        toasts.getStyleClass().add("toasts");
        toasts.setAlignment(Pos.TOP_CENTER);
        toasts.setPickOnBounds(false);
        toasts.setMaxSize(560, VBox.USE_PREF_SIZE);
        StackPane.setAlignment(toasts, Pos.TOP_CENTER);
        StackPane.setMargin(toasts, new Insets(52, 0, 0, 0));
    }

    /** The layer the toasts appear in; the window puts it over everything else. */
    VBox layer() {
        return toasts;
    }

    /** The latest notice, for the status bar and for tests. */
    public ReadOnlyStringProperty lastProperty() {
        return last.getReadOnlyProperty();
    }

    public void rejected(String what, CommandResult result) {
        String text = what + " refused: " + result.message() + " (" + result.code().number() + " " + result.code() + ")";
        // The operator's refusals go to the log too: the one place a puzzled user can send afterwards.
        LOG.info(text);
        last.set(text);
        toast(text);
    }

    public void info(String text) {
        last.set(text);
    }

    public void error(String title, String text) {
        last.set(title + ": " + text);
        toast(title + ": " + text);
    }

    private void toast(String text) {
        Label toast = new Label(text);
        toast.getStyleClass().addAll("toast", "toast-error");
        toast.setWrapText(true);
        toast.setMaxWidth(560);
        if (toasts.getChildren().size() >= MAX_TOASTS) {
            toasts.getChildren().remove(0);
        }
        toasts.getChildren().add(toast);
        FadeTransition fade = new FadeTransition(Duration.millis(600), toast);
        fade.setToValue(0);
        SequentialTransition life = new SequentialTransition(new PauseTransition(Duration.seconds(5)), fade);
        life.setOnFinished(e -> toasts.getChildren().remove(toast));
        toast.setOnMouseClicked(e -> toasts.getChildren().remove(toast));
        life.play();
    }
}
