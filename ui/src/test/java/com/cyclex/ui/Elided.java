package com.cyclex.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * Finds the labels a person would see cut short. A Labeled's skin draws its text in a Text node of its own (the
 * skin's LabeledText, style class "text"); when the text does not fit, the skin puts the clipped string there,
 * ending in "…", while {@code getText()} keeps the whole. So a visible Labeled whose drawn text differs from its
 * text is elided. Call on the JavaFX thread, after a layout pass.
 */
final class Elided {
    private Elided() {
    }

    /** Each elided label under {@code root}, described by its id or style and what it should have shown. */
    static List<String> under(Parent root) {
        List<String> found = new ArrayList<>();
        visit(root, found);
        return found;
    }

    private static void visit(Node node, List<String> found) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            Text drawn = drawnText(labeled);
            if (drawn != null && drawn.isVisible() && !shown(labeled).equals(drawn.getText())) {
                found.add(describe(labeled) + ": \"" + labeled.getText() + "\" shows as \"" + drawn.getText() + "\"");
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, found);
            }
        }
    }

    /** The text as it would be drawn in full: a mnemonic's underscore is not drawn. */
    private static String shown(Labeled labeled) {
        String text = labeled.getText();
        return labeled.isMnemonicParsing() ? text.replaceFirst("_(?=.)", "") : text;
    }

    private static Text drawnText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text t && t.getStyleClass().contains("text")) {
                return t;
            }
        }
        return null;
    }

    private static String describe(Node node) {
        StringBuilder path = new StringBuilder();
        for (Node n = node; n != null && path.length() < 160; n = n.getParent()) {
            if (n.getId() != null) {
                path.insert(0, "#" + n.getId() + " ");
                break;
            }
        }
        return path + node.getClass().getSimpleName() + node.getStyleClass();
    }
}
