package com.cyclex.ui;

import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * Makes a dialog look like the terminal: the dark theme's stylesheet on its pane (a dialog is a window of its
 * own, so the main scene's stylesheets do not reach it) and the terminal as its owner, so it opens over it.
 */
public final class Dialogs {
    private Dialogs() {
    }

    public static <T extends Dialog<?>> T themed(T dialog, Window owner) {
        if (owner != null && dialog.getOwner() == null) {
            dialog.initOwner(owner);
        }
        var css = Dialogs.class.getResource(TerminalApp.RESOURCES + "theme/cyclex.css");
        if (css != null && !dialog.getDialogPane().getStylesheets().contains(css.toExternalForm())) {
            dialog.getDialogPane().getStylesheets().add(css.toExternalForm());
        }
        dialog.getDialogPane().getStyleClass().add("cyclex-dialog");
        return dialog;
    }
}
