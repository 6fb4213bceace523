package com.cyclex.ui.host;

import com.cyclex.api.Command;
import com.cyclex.api.CommandResult;
import com.cyclex.ui.Notices;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Sends the host's commands and reports how they ended: a refusal's own sentence goes to the notices, on the
 * JavaFX thread. Shared by the host's tables and dialogs, so none of them handles futures itself.
 */
final class HostActions {
    private final Function<Command, CompletableFuture<CommandResult>> submit;
    private final Executor fx;
    private final Notices notices;

    /** @param fx the JavaFX thread in the app; where results are handled */
    HostActions(Function<Command, CompletableFuture<CommandResult>> submit, Executor fx, Notices notices) {
        this.submit = submit;
        this.fx = fx;
        this.notices = notices;
    }

    /**
     * Sends {@code command}; {@code what} names it in a refusal ("Admit alice refused: …"), {@code done} says
     * what it did once accepted.
     */
    void send(String what, Command command, String done) {
        send(what, command, r -> {
            if (r.accepted()) {
                notices.info(done);
            }
        });
    }

    /** Sends {@code command} and hands the result, accepted or refused, to {@code then} on the JavaFX thread. */
    void send(String what, Command command, Consumer<CommandResult> then) {
        submit.apply(command).whenCompleteAsync((result, error) -> {
            if (error != null) {
                notices.error("Not sent", what + " was not sent: " + error.getMessage());
                return;
            }
            if (!result.accepted()) {
                notices.rejected(what, result);
            }
            then.accept(result);
        }, fx);
    }
}
