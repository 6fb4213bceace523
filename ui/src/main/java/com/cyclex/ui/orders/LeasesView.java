package com.cyclex.ui.orders;

import com.cyclex.ui.Terminal;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The operator's leases, as buyer and as seller. */
public final class LeasesView extends VBox {
    public LeasesView(Terminal terminal) {
        getStyleClass().add("panel");
        getChildren().add(new Label("Leases"));
    }
}
