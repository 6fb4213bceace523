package com.cyclex.ui.orders;

import com.cyclex.ui.Terminal;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The operator's trades. */
public final class MyTradesView extends VBox {
    public MyTradesView(Terminal terminal) {
        getStyleClass().add("panel");
        getChildren().add(new Label("My trades"));
    }
}
