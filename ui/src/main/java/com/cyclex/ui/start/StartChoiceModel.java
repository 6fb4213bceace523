package com.cyclex.ui.start;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The start-up choice, without a screen: host here, or join someone else's exchange by its join address and a
 * name. A choice runs on {@code background}; its outcome comes back through {@code onFx} (the JavaFX thread in
 * the app, the caller's own in tests). While one runs, no second can start; a failure leaves its sentence in
 * {@link #problem()} and the form as it was, so the person can correct it and try again.
 */
public final class StartChoiceModel {
    public static final int MAX_NAME = 40;

    private final Starter starter;
    private final Executor background;
    private final Executor onFx;
    private final Consumer<Starter.Started> started;
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty name;
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty progress = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public StartChoiceModel(Starter starter, String defaultName, Executor background, Executor onFx,
                            Consumer<Starter.Started> started) {
        this.starter = starter;
        this.background = background;
        this.onFx = onFx;
        this.started = started;
        this.name = new SimpleStringProperty(defaultName == null ? "" : defaultName);
    }

    public StringProperty address() {
        return address;
    }

    public StringProperty name() {
        return name;
    }

    /** The last choice's failure as a sentence, or empty. */
    public StringProperty problem() {
        return problem;
    }

    /** What is under way ("Opening the exchange…", "Joining…"), or empty. */
    public StringProperty progress() {
        return progress;
    }

    public BooleanProperty busy() {
        return busy;
    }

    /** Hosts on this computer. */
    public void host() {
        run("Opening the exchange on this computer…", starter::host);
    }

    /** Joins the exchange the address names, after checking the form here (nothing is sent for a wrong one). */
    public void join() {
        String a = address.get() == null ? "" : address.get().trim();
        String n = name.get() == null ? "" : name.get().trim();
        if (a.isEmpty()) {
            problem.set("Paste the join address the host gave you: cyclex://HOST:PORT#FINGERPRINT.");
            return;
        }
        String wrong = starter.addressProblem(a);
        if (wrong != null) {
            problem.set(wrong);
            return;
        }
        if (n.isEmpty()) {
            problem.set("Give a name for the host to know you by.");
            return;
        }
        if (n.length() > MAX_NAME) {
            problem.set("A name has at most " + MAX_NAME + " characters; this one has " + n.length() + ".");
            return;
        }
        run("Joining the exchange at " + a.replaceFirst("#.*", "") + "…", () -> starter.join(a, n));
    }

    private void run(String what, java.util.function.Supplier<Starter.Started> choice) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        problem.set("");
        progress.set(what);
        background.execute(() -> {
            Starter.Started s;
            try {
                s = choice.get();
            } catch (RuntimeException e) {
                String sentence = e.getMessage() == null || e.getMessage().isBlank()
                        ? "That did not work (" + e.getClass().getSimpleName() + ")." : e.getMessage();
                onFx.execute(() -> {
                    busy.set(false);
                    progress.set("");
                    problem.set(sentence);
                });
                return;
            }
            onFx.execute(() -> {
                progress.set("");
                started.accept(s);
            });
        });
    }
}
