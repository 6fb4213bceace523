package com.cyclex.ui.trades;

import com.cyclex.ui.Terminal;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Executed trades of the selected market, newest first. */
public final class TimeAndSalesView extends VBox {
    public TimeAndSalesView(Terminal terminal) {
        getStyleClass().add("panel");
        getChildren().add(new Label("Time and sales"));
    }
}
