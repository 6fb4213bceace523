package com.cyclex.ui.book;

import com.cyclex.ui.Terminal;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The selected market's book as a price ladder. */
public final class LadderView extends VBox {
    public LadderView(Terminal terminal) {
        getStyleClass().add("panel");
        getChildren().add(new Label("Order book"));
    }
}
