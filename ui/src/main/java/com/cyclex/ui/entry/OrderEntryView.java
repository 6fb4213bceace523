package com.cyclex.ui.entry;

import com.cyclex.ui.Terminal;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Order entry: bid or ask, price, units, time in force, checked before sending. */
public final class OrderEntryView extends VBox {
    public OrderEntryView(Terminal terminal) {
        getStyleClass().add("panel");
        getChildren().add(new Label("Order entry"));
    }
}
