package com.cyclex.ui;

import com.cyclex.ui.entry.Shortcut;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;

/**
 * Every key of the terminal on one sheet, opened with F1 (or ? when no text field has the focus): the window-wide
 * shortcuts by group, then the keys that act on a table's selected row.
 */
final class ShortcutSheet {
    /** Keys a focused table understands, as the sheet lists them: keys, then what they do. */
    static final List<String[]> ROW_KEYS = List.of(
            new String[] {"Delete", "My orders: cancel the selected order"},
            new String[] {"Enter", "My orders: replace the selected order"},
            new String[] {"A / S / M", "Host members: admit, suspend, mint credits for the selected member"},
            new String[] {"H", "Host markets: halt or resume the selected market"},
            new String[] {"Up / Down, Page Up / Down", "In a number field: step by 1 or by 10"},
            new String[] {"F1 or ?", "This sheet"});

    private ShortcutSheet() {
    }

    static void install(Node root) {
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F1) {
                e.consume();
                show(root.getScene());
            }
        });
        root.addEventHandler(KeyEvent.KEY_TYPED, e -> {
            if ("?".equals(e.getCharacter()) && !typing(root.getScene())) {
                e.consume();
                show(root.getScene());
            }
        });
    }

    /** Whether a text field has the focus: then ? is a character, not a request for help. */
    private static boolean typing(Scene scene) {
        return scene != null && scene.getFocusOwner() instanceof TextInputControl;
    }

    private static boolean showing;

    static void show(Scene scene) {
        if (showing) {
            return;
        }
        Dialog<ButtonType> sheet = Dialogs.themed(new Dialog<>(), scene == null ? null : scene.getWindow());
        sheet.setTitle("Cyclex keys");
        sheet.setHeaderText("Keys");
        sheet.getDialogPane().setId("shortcut-sheet");
        sheet.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        sheet.getDialogPane().setContent(grid());
        showing = true;
        sheet.setOnHidden(e -> showing = false);
        sheet.show();
    }

    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("shortcut-sheet");
        grid.setHgap(16);
        grid.setVgap(3);
        int row = 0;
        for (Shortcut.Group group : Shortcut.Group.values()) {
            grid.add(title(group.title()), 0, row++, 2, 1);
            for (Shortcut s : Shortcut.values()) {
                if (s.group() == group) {
                    grid.addRow(row++, keys(s.keysText()), said(s.description()));
                }
            }
        }
        grid.add(title("On a selected row, and anywhere"), 0, row++, 2, 1);
        for (String[] k : ROW_KEYS) {
            grid.addRow(row++, keys(k[0]), said(k[1]));
        }
        return grid;
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("panel-title");
        l.setStyle("-fx-padding: 8 0 2 0;");
        return l;
    }

    private static Label said(String text) {
        Label l = new Label(text);
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    private static Label keys(String text) {
        Label l = new Label(text);
        l.setMinWidth(Label.USE_PREF_SIZE);
        l.getStyleClass().addAll("numeric", "shortcut-keys");
        return l;
    }
}
