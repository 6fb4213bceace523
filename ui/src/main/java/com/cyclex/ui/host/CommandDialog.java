package com.cyclex.ui.host;

import com.cyclex.api.Command;
import com.cyclex.api.CommandResult;
import com.cyclex.ui.Notices;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * A dialog that checks its form, sends one command and closes only when the exchange accepts it. Until then the
 * form stays as typed, and the sentence under it says what to fix: the form's own check before sending, or the
 * exchange's reason after, so a refused market need not be typed again.
 */
abstract class CommandDialog extends Dialog<CommandResult> {
    private final Label message = new Label();
    private final Function<Command, CompletableFuture<CommandResult>> submit;
    private final Executor fx;
    private final Notices notices;
    private final String what;

    CommandDialog(Window owner, String title, String what, Function<Command, CompletableFuture<CommandResult>> submit,
                  Executor fx, Notices notices) {
        this.submit = submit;
        this.fx = fx;
        this.notices = notices;
        this.what = what;
        com.cyclex.ui.Dialogs.themed(this, owner);
        setTitle(title);
        setHeaderText(title);
        getDialogPane().getStylesheets().add(CommandDialog.class.getResource("host.css").toExternalForm());
        getDialogPane().getStyleClass().add("command-dialog");
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        message.setId("dialog-message");
        message.getStyleClass().add("dialog-message");
        message.setWrapText(true);
        message.setMaxWidth(420);
        Button ok = (Button) getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("dialog-ok");
        ok.setText(sendLabel());
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // closing is ours to decide, once the exchange has answered
            send(ok);
        });
        setResultConverter(button -> null);
    }

    /** Places the form; call at the end of the subclass's constructor. */
    protected final void setForm(Node form) {
        getDialogPane().setContent(new VBox(12, form, message));
    }

    /** What the accepted command did, for the status line. */
    protected abstract String done(Command command, CommandResult result);

    /** The label of the button that sends. */
    protected String sendLabel() {
        return "OK";
    }

    /**
     * The command the form describes.
     *
     * @throws IllegalArgumentException with a sentence naming what to fix, before anything is sent
     */
    protected abstract Command command();

    private void send(Button ok) {
        Command command;
        try {
            command = command();
        } catch (IllegalArgumentException e) {
            say(e.getMessage(), true);
            return;
        }
        ok.setDisable(true);
        say("Sending…", false);
        submit.apply(command).whenCompleteAsync((result, error) -> {
            ok.setDisable(false);
            if (error != null) {
                say("Not sent: " + error.getMessage(), true);
            } else if (result.accepted()) {
                setResult(result);
                notices.info(done(command, result));
                close();
            } else {
                say(result.message(), true);
                notices.rejected(what, result);
            }
        }, fx);
    }

    private void say(String text, boolean problem) {
        message.setText(text);
        message.getStyleClass().remove("problem");
        if (problem) {
            message.getStyleClass().add("problem");
        }
    }
}
