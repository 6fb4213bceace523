package com.cyclex.ui.host;

import com.cyclex.ui.Terminal;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The host's view: members, markets and exchange figures. */
public final class HostView extends VBox {
    public HostView(Terminal terminal) {
        getStyleClass().add("panel");
        getChildren().add(new Label("Host"));
    }
}
