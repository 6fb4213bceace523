package com.cyclex.ui.machine;

import com.cyclex.api.AccountInfo;
import com.cyclex.api.CommandResult;
import com.cyclex.api.DeclareCapacity;
import com.cyclex.api.ExchangeClient;
import com.cyclex.api.ExchangeEvent;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The machine panel's state: the latest load, the operator's committed cores, the rolling history that puts the
 * two side by side, and the spare cores to declare. Lives on the JavaFX thread; needs no screen.
 */
public final class MachineLoadModel {
    /** Two minutes at one sample a second. */
    public static final int HISTORY_SECONDS = 120;

    private final ExchangeClient client;
    private final long me;
    private final Executor fx;
    private final LoadHistory history = new LoadHistory(HISTORY_SECONDS);
    private final ReadOnlyObjectWrapper<MachineSample> latest = new ReadOnlyObjectWrapper<>(this, "latest");
    private final ReadOnlyObjectWrapper<AccountInfo> account = new ReadOnlyObjectWrapper<>(this, "account");
    private final ReadOnlyLongWrapper historyVersion = new ReadOnlyLongWrapper(this, "historyVersion");
    private final ObjectProperty<Integer> spareToDeclare = new SimpleObjectProperty<>(this, "spareToDeclare", 0);
    private final ReadOnlyBooleanWrapper suggested = new ReadOnlyBooleanWrapper(this, "suggested");
    private final ReadOnlyBooleanWrapper sending = new ReadOnlyBooleanWrapper(this, "sending");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private Consumer<CommandResult> onRejected = r -> { };
    private boolean accountFromEvent;
    private boolean offered;

    /**
     * @param fx where command results are handled: the JavaFX thread in the app, the caller's in model tests
     */
    public MachineLoadModel(ExchangeClient client, long me, Executor fx) {
        this.client = client;
        this.me = me;
        this.fx = fx;
    }

    /** A new sample from the sampler: shown at once and added to the history with the cores committed now. */
    public void accept(MachineSample sample) {
        latest.set(sample);
        AccountInfo a = account.get();
        history.add(a == null
                ? new LoadPoint(sample.usedCores(), 0, 0, 0, sample.jobCores())
                : new LoadPoint(sample.usedCores(), a.leasedCores(), a.askCores(), a.declaredCores(), sample.jobCores()));
        historyVersion.set(historyVersion.get() + 1);
        suggestIfUndeclared();
    }

    /** The frame's exchange events: only the operator's own account matters here. */
    public void onEvents(List<ExchangeEvent> events) {
        AccountInfo mine = null;
        for (ExchangeEvent e : events) {
            if (e instanceof ExchangeEvent.AccountUpdated u && u.account().memberId() == me) {
                mine = u.account();
            }
        }
        if (mine != null) {
            accountFromEvent = true;
            setAccount(mine);
        }
    }

    /** The answer to the start-up account query; an event that came first is newer and wins. */
    public void initialAccount(AccountInfo info) {
        if (info != null && !accountFromEvent) {
            setAccount(info);
        }
    }

    private void setAccount(AccountInfo info) {
        AccountInfo before = account.get();
        account.set(info);
        if (before == null || before.declaredCores() != info.declaredCores()) {
            // The exchange's figure replaces what the spinner showed, unless there is nothing declared to show.
            if (info.declaredCores() > 0 || before != null) {
                spareToDeclare.set(info.declaredCores());
                suggested.set(false);
            }
        }
        suggestIfUndeclared();
    }

    /**
     * On a member's first start nothing is declared: offer every logical core but one, kept for the operator's own
     * work. Only once the machine's size and the account are both known, and only until the operator declares.
     */
    private void suggestIfUndeclared() {
        AccountInfo a = account.get();
        MachineSample s = latest.get();
        if (offered || a == null || s == null) {
            return;
        }
        offered = true;
        if (a.declaredCores() != 0 || spareToDeclare.get() != 0) {
            return;
        }
        spareToDeclare.set(Math.max(1, s.logicalCores() - 1));
        suggested.set(true);
    }

    /** Declares the spinner's spare cores; a refusal's sentence becomes the message. */
    public void declare() {
        Integer cores = spareToDeclare.get();
        if (cores == null || sending.get()) {
            return;
        }
        sending.set(true);
        message.set("");
        client.submit(new DeclareCapacity(me, cores)).whenCompleteAsync((result, error) -> {
            sending.set(false);
            if (error != null) {
                message.set("Not sent: " + error.getMessage());
            } else if (result.accepted()) {
                suggested.set(false);
                message.set("Declared " + cores + " spare " + (cores == 1 ? "core." : "cores."));
            } else {
                message.set(result.message());
                onRejected.accept(result);
            }
        }, fx);
    }

    /** Who else hears a refusal (the terminal's notices). */
    public void setOnRejected(Consumer<CommandResult> onRejected) {
        this.onRejected = onRejected;
    }

    public LoadHistory history() {
        return history;
    }

    /** Changes once per sample: what the chart redraws on. */
    public ReadOnlyLongProperty historyVersionProperty() {
        return historyVersion.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MachineSample> latestProperty() {
        return latest.getReadOnlyProperty();
    }

    public MachineSample latest() {
        return latest.get();
    }

    public ReadOnlyObjectProperty<AccountInfo> accountProperty() {
        return account.getReadOnlyProperty();
    }

    public AccountInfo account() {
        return account.get();
    }

    /** The spare cores the spinner shows and Declare sends. */
    public ObjectProperty<Integer> spareToDeclareProperty() {
        return spareToDeclare;
    }

    /** Whether the spinner holds the machine-size suggestion rather than a declared figure. */
    public ReadOnlyBooleanProperty suggestedProperty() {
        return suggested.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty sendingProperty() {
        return sending.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
