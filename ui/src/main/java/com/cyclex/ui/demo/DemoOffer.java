package com.cyclex.ui.demo;

import com.cyclex.ui.Terminal;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** On an exchange with no markets yet, offers the demo marketplace so the charts move at once. */
public final class DemoOffer {
    private DemoOffer() {
    }

    public static void offerIfEmpty(Window owner, Terminal terminal, DemoControl demo) {
        if (!demo.canCreate()) {
            if (!demo.running()) {
                demo.start();
            }
            return;
        }
        ButtonType start = new ButtonType("Start the demo", ButtonBar.ButtonData.OK_DONE);
        ButtonType empty = new ButtonType("Keep it empty", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                "This exchange has no markets yet. Start a demo marketplace? It lists three CPU markets and adds "
                        + "simulated members whose robot traders keep orders and trades flowing. You can stop the "
                        + "robots or change their pace in the Host tab.", start, empty);
        alert.initOwner(owner);
        alert.setTitle("Cyclex");
        alert.setHeaderText("Start a demo marketplace?");
        alert.showAndWait().filter(start::equals).ifPresent(b -> {
            demo.start();
            terminal.notices().info("Demo marketplace started: robots are trading.");
        });
    }
}
