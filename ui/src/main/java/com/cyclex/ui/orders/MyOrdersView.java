package com.cyclex.ui.orders;

import com.cyclex.ui.Terminal;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The operator's open orders, with cancel and replace. */
public final class MyOrdersView extends VBox {
    public MyOrdersView(Terminal terminal) {
        getStyleClass().add("panel");
        getChildren().add(new Label("My orders"));
    }
}
