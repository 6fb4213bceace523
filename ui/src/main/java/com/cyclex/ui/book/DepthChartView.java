package com.cyclex.ui.book;

import com.cyclex.ui.Terminal;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Cumulative bids and asks of the selected market. */
public final class DepthChartView extends VBox {
    public DepthChartView(Terminal terminal) {
        getStyleClass().add("panel");
        getChildren().add(new Label("Depth"));
    }
}
