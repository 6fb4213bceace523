package com.cyclex.ui.orders;

import com.cyclex.ui.Terminal;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The operator's credits, escrow and cores. */
public final class AccountView extends VBox {
    public AccountView(Terminal terminal) {
        getStyleClass().add("panel");
        getChildren().add(new Label("Account"));
    }
}
