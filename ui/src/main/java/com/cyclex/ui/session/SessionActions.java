package com.cyclex.ui.session;

import com.cyclex.api.CommandResult;
import com.cyclex.ui.Notices;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Sends a session step and tells the operator how it went, on the JavaFX thread; the caller never waits. */
final class SessionActions {
    private final Notices notices;
    private final Executor fx;

    SessionActions(Notices notices, Executor fx) {
        this.notices = notices;
        this.fx = fx;
    }

    void send(String what, Supplier<CompletableFuture<CommandResult>> step, Consumer<CommandResult> then) {
        CompletableFuture<CommandResult> f;
        try {
            f = step.get();
        } catch (RuntimeException e) {
            f = CompletableFuture.failedFuture(e);
        }
        f.whenComplete((r, e) -> fx.execute(() -> {
            if (e != null) {
                notices.error(what, e.getMessage() == null ? e.toString() : e.getMessage());
            } else if (!r.accepted()) {
                notices.rejected(what, r);
            } else {
                notices.info(r.message());
            }
            if (r != null) {
                then.accept(r);
            }
        }));
    }
}
