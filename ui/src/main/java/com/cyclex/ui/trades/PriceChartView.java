package com.cyclex.ui.trades;

import com.cyclex.ui.Terminal;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Executed trades of the selected market as candles with volume. */
public final class PriceChartView extends VBox {
    public PriceChartView(Terminal terminal) {
        getStyleClass().add("panel");
        getChildren().add(new Label("Price"));
    }
}
