package com.cyclex.ui.demo;

import com.cyclex.ui.Terminal;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * At start-up: on an exchange with no markets, offers the demo marketplace so the charts move at once; on one
 * where the demo ran before, starts its robots again. The questions to the exchange run off the JavaFX thread.
 */
public final class DemoOffer {
    private DemoOffer() {
    }

    public static void atStartUp(Window owner, Terminal terminal, DemoControl demo) {
        if (terminal.options().demoAtStart()) {
            run(terminal, demo, "Demo marketplace running: robots are trading.");
            return;
        }
        CompletableFuture.supplyAsync(() -> demo.canCreate() ? Choice.OFFER : demo.exists() ? Choice.RESUME : Choice.NOTHING)
                .thenAcceptAsync(choice -> {
                    if (choice == Choice.OFFER && ask(owner)) {
                        run(terminal, demo, "Demo marketplace started: robots are trading.");
                    } else if (choice == Choice.RESUME) {
                        run(terminal, demo, "Demo robots resumed.");
                    }
                }, Platform::runLater);
    }

    private enum Choice { OFFER, RESUME, NOTHING }

    private static boolean ask(Window owner) {
        ButtonType start = new ButtonType("Start the demo", ButtonBar.ButtonData.OK_DONE);
        ButtonType empty = new ButtonType("Keep it empty", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                "This exchange has no markets yet. Start a demo marketplace? It lists three CPU markets and adds "
                        + "simulated members whose robot traders keep orders and trades flowing. You can stop the "
                        + "robots or change their pace in the Host tab.", start, empty);
        com.cyclex.ui.Dialogs.themed(alert, owner);
        alert.setTitle("Cyclex");
        alert.setHeaderText("Start a demo marketplace?");
        return alert.showAndWait().filter(start::equals).isPresent();
    }

    private static void run(Terminal terminal, DemoControl demo, String done) {
        CompletableFuture.runAsync(demo::start).whenCompleteAsync((v, error) -> {
            if (error == null) {
                terminal.notices().info(done);
            } else {
                terminal.notices().error("Demo", "The demo could not start: " + error.getMessage());
            }
        }, Platform::runLater);
    }
}
