package com.cyclex.ui.machine;

import com.cyclex.ui.Terminal;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** This computer's load next to the cores it has sold. */
public final class MachineLoadView extends VBox {
    public MachineLoadView(Terminal terminal) {
        getStyleClass().add("panel");
        getChildren().add(new Label("Machine"));
    }
}
