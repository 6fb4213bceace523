package com.cyclex.ui;

import com.cyclex.ui.demo.DemoControl;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;

/**
 * Asks before the window closes while the operator's orders rest or the demo robots trade, and says that a host
 * closing stops the exchange for everyone. What is going on is asked off the JavaFX thread; if the exchange does
 * not answer within two seconds the question is asked anyway, so a close never hangs and never goes unasked.
 */
final class CloseGuard {
    private static final long ANSWER_SECONDS = 2;

    private final Stage stage;
    private final Terminal terminal;
    private boolean asking;
    private boolean confirmed;

    private CloseGuard(Stage stage, Terminal terminal) {
        this.stage = stage;
        this.terminal = terminal;
    }

    static void install(Stage stage, Terminal terminal) {
        CloseGuard guard = new CloseGuard(stage, terminal);
        stage.setOnCloseRequest(e -> {
            if (!guard.confirmed) {
                e.consume();
                guard.check();
            }
        });
    }

    /** What closing would stop now. */
    record Activity(int restingOrders, boolean robotsTrading) {
    }

    private void check() {
        if (asking) {
            return;
        }
        asking = true;
        DemoControl demo = terminal.options().demo();
        CompletableFuture<Integer> orders = terminal.client().openOrders(terminal.me()).thenApply(List::size);
        CompletableFuture<Boolean> robots = demo == null ? CompletableFuture.completedFuture(false)
                : CompletableFuture.supplyAsync(demo::running);
        orders.thenCombine(robots, Activity::new)
                .orTimeout(ANSWER_SECONDS, TimeUnit.SECONDS)
                .exceptionally(error -> null)
                .thenAcceptAsync(this::decide, Platform::runLater);
    }

    private void decide(Activity now) {
        asking = false;
        boolean host = terminal.isHost();
        if (now != null && !ClosingWords.needsAsking(now.restingOrders(), now.robotsTrading(), host)) {
            close();
            return;
        }
        String text = now == null
                ? "The exchange did not say what is running. " + ClosingWords.text(0, false, host)
                : ClosingWords.text(now.restingOrders(), now.robotsTrading(), host);
        ButtonType close = new ButtonType(host ? "Stop and close" : "Close", ButtonBar.ButtonData.OK_DONE);
        ButtonType stay = new ButtonType("Keep running", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = Dialogs.themed(new Alert(Alert.AlertType.WARNING, text, close, stay), stage);
        alert.setTitle("Cyclex");
        alert.setHeaderText(ClosingWords.header(host));
        alert.getDialogPane().setId("close-question");
        alert.getDialogPane().setPrefWidth(520);
        alert.showAndWait().filter(close::equals).ifPresent(b -> close());
    }

    private void close() {
        confirmed = true;
        stage.close();
    }
}
