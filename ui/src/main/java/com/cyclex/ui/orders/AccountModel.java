package com.cyclex.ui.orders;

import com.cyclex.api.AccountInfo;
import com.cyclex.api.DeclareCapacity;
import com.cyclex.member.MemberRegistry;
import javafx.beans.InvalidationListener;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The account panel's state: the operator's account and the spare cores they mean to declare. The entry
 * follows the declared cores until the operator edits it, and says why a number cannot be declared.
 */
public final class AccountModel {
    private final ObjectProperty<AccountInfo> account = new SimpleObjectProperty<>(this, "account");
    private final LongProperty cores = new SimpleLongProperty(this, "cores", 0);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper canDeclare = new ReadOnlyBooleanWrapper(this, "canDeclare", false);
    private final ObjectProperty<String> entryProblem = new SimpleObjectProperty<>(this, "entryProblem");

    public AccountModel() {
        account.addListener((obs, old, now) -> {
            if (now != null && (old == null || cores.get() == old.declaredCores())) {
                cores.set(now.declaredCores());
            }
        });
        InvalidationListener update = o -> update();
        account.addListener(update);
        cores.addListener(update);
        entryProblem.addListener(update);
        update();
    }

    /** Why the cores field's text is not a number of cores (see WholeNumberField), or null. */
    public ObjectProperty<String> entryProblemProperty() {
        return entryProblem;
    }

    public ObjectProperty<AccountInfo> accountProperty() {
        return account;
    }

    /** The spare cores the operator means to declare. */
    public LongProperty coresProperty() {
        return cores;
    }

    /** Why those cores cannot be declared, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Whether there is something valid to declare: no problem, and a number other than the current one. */
    public ReadOnlyBooleanProperty canDeclareProperty() {
        return canDeclare.getReadOnlyProperty();
    }

    public DeclareCapacity command(long me) {
        if (!canDeclare.get()) {
            throw new IllegalStateException(problem.get());
        }
        return new DeclareCapacity(me, (int) cores.get());
    }

    /** Why a member with this account cannot declare this many spare cores, or null when it can. */
    public static String declareProblem(AccountInfo a, long cores) {
        if (a == null) {
            return "Waiting for your account from the exchange.";
        }
        if (cores > MemberRegistry.MAX_CORES) {
            return "Spare cores are between 0 and " + MemberRegistry.MAX_CORES + ", not " + cores + ".";
        }
        long committed = a.askCores() + a.leasedCores();
        if (cores < committed) {
            return "You have " + committed + (committed == 1 ? " core" : " cores") + " committed to open asks and leases; declare at least that many, "
                    + "or cancel asks first.";
        }
        return null;
    }

    private void update() {
        AccountInfo a = account.get();
        String why = entryProblem.get() != null ? entryProblem.get() : declareProblem(a, cores.get());
        problem.set(why == null ? "" : why);
        canDeclare.set(why == null && cores.get() != a.declaredCores());
    }
}
