package com.cyclex.ui.entry;

import com.cyclex.api.Command;
import com.cyclex.api.CommandResult;
import com.cyclex.ui.Notices;
import com.cyclex.ui.Terminal;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Sends the operator's commands through the client and reports back on the JavaFX thread: a rejection as a
 * notice with its code and sentence, an acceptance to whoever sent it. One callback per user action, so it
 * hands the result over with runLater rather than through the per-frame feed.
 */
public final class CommandSender {
    private final Terminal terminal;

    public CommandSender(Terminal terminal) {
        this.terminal = terminal;
    }

    /**
     * @param what how the notice names the command if it is refused, e.g. "Cancel of order 12"
     * @param accepted what to do with an accepted result, on the JavaFX thread
     */
    public void send(String what, Command command, Consumer<CommandResult> accepted) {
        Notices notices = terminal.notices();
        terminal.client().submit(command).whenComplete((result, error) -> Platform.runLater(() -> {
            if (error != null) {
                notices.error("Not sent", what + " did not reach the exchange: " + rootMessage(error));
            } else if (result.accepted()) {
                accepted.accept(result);
            } else {
                notices.rejected(what, result);
            }
        }));
    }

    private static String rootMessage(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
