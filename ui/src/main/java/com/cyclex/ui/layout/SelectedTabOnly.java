package com.cyclex.ui.layout;

import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * Keeps a tab's content in the scene only while the tab is selected. JavaFX lays out and styles the content of
 * every tab of a pane, shown or not: under a busy demo the Host tab's members table, never on screen, took a sixth
 * of the JavaFX thread refilling its cells each frame. The views keep their models up to date either way; a tab
 * selected again shows the latest at once.
 */
public final class SelectedTabOnly {
    private SelectedTabOnly() {
    }

    public static Tab of(Tab tab, Node content) {
        tab.setContent(tab.isSelected() ? content : null);
        tab.selectedProperty().addListener((obs, was, selected) -> tab.setContent(selected ? content : null));
        return tab;
    }
}
