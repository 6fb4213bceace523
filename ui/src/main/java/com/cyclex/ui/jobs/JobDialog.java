package com.cyclex.ui.jobs;

import com.cyclex.lease.Lease;
import com.cyclex.lease.LeaseState;
import com.cyclex.ui.Dialogs;
import com.cyclex.ui.Notices;
import com.cyclex.ui.format.Credits;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * A dialog that puts work on a lease the operator bought: it checks its form, stores the blobs and submits the
 * jobs, and closes only when the exchange took them. Until then the form stays as filled in, and the sentence
 * under it says what to fix: the form's own check, or the exchange's refusal.
 */
abstract class JobDialog extends Dialog<JobSubmitter.Submitted> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    protected final ComboBox<Lease> lease = new ComboBox<>();
    private final Label message = new Label();
    private final Notices notices;

    JobDialog(Window owner, String title, String sendLabel, List<Lease> leases, IntFunction<String> marketSymbol,
              Notices notices) {
        this.notices = notices;
        Dialogs.themed(this, owner);
        setTitle(title);
        setHeaderText(title);
        var css = JobDialog.class.getResource("jobs.css");
        if (css != null) {
            getDialogPane().getStylesheets().add(css.toExternalForm());
        }
        getDialogPane().getStyleClass().add("job-dialog");
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        lease.setId("job-lease");
        lease.getItems().setAll(leases);
        lease.setCellFactory(c -> leaseCell(marketSymbol));
        lease.setButtonCell(leaseCell(marketSymbol));
        lease.setMaxWidth(Double.MAX_VALUE);
        if (!leases.isEmpty()) {
            lease.getSelectionModel().select(0);
        }
        message.setId("job-dialog-message");
        message.getStyleClass().add("job-dialog-message");
        message.setWrapText(true);
        message.setMaxWidth(460);
        Button ok = (Button) getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("job-dialog-ok");
        ok.setText(sendLabel);
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // closing is ours to decide, once the exchange has answered
            send(ok);
        });
        setResultConverter(button -> null);
    }

    /** Places the form (below the lease); call at the end of the subclass's constructor. */
    protected final void setForm(Node form) {
        Label on = new Label("On lease");
        on.getStyleClass().add("job-form-label");
        getDialogPane().setContent(new VBox(10, on, lease, form, message));
    }

    /**
     * Stores and submits what the form describes on {@code on}.
     *
     * @throws IllegalArgumentException with a sentence naming what to fix, before anything is sent
     */
    protected abstract CompletableFuture<JobSubmitter.Submitted> submit(Lease on);

    /** What the notice says when the exchange took the jobs. */
    protected abstract String done(Lease on, JobSubmitter.Submitted submitted);

    private void send(Button ok) {
        Lease on = lease.getValue();
        if (on == null) {
            say("Choose the lease to run on.", true);
            return;
        }
        CompletableFuture<JobSubmitter.Submitted> sent;
        try {
            sent = submit(on);
        } catch (IllegalArgumentException e) {
            say(e.getMessage(), true);
            return;
        }
        ok.setDisable(true);
        say("Storing and submitting…", false);
        sent.whenCompleteAsync((submitted, error) -> {
            ok.setDisable(false);
            if (error != null) {
                say("Not submitted: " + error.getMessage(), true);
            } else if (submitted.jobs().isEmpty()) {
                say(submitted.refusal(), true);
                notices.info("Not submitted: " + submitted.refusal());
            } else {
                setResult(submitted);
                String more = submitted.allTaken() ? "" : " " + submitted.refused() + " refused: " + submitted.refusal();
                notices.info(done(on, submitted) + more);
                close();
            }
        }, Platform::runLater);
    }

    private void say(String text, boolean problem) {
        message.setText(text);
        message.getStyleClass().remove("problem");
        if (problem) {
            message.getStyleClass().add("problem");
        }
    }

    /** "Lease 12 · CPU.SPOT.1M · 2 cores · active until 14:50:10 · 1.20 credits". */
    static String describe(Lease l, IntFunction<String> marketSymbol) {
        return "Lease " + l.id() + " · " + marketSymbol.apply(l.trade().market()) + " · " + l.cores()
                + (l.cores() == 1 ? " core · " : " cores · ") + (l.state() == LeaseState.ACTIVE ? "active until " : "starts ")
                + TIME.format(Instant.ofEpochMilli(l.state() == LeaseState.ACTIVE ? l.end() : l.start())) + " · "
                + Credits.format(l.value()) + " credits";
    }

    private static ListCell<Lease> leaseCell(IntFunction<String> marketSymbol) {
        return new ListCell<>() {
            @Override
            protected void updateItem(Lease item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : describe(item, marketSymbol));
            }
        };
    }
}
