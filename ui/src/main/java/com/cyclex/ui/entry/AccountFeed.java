package com.cyclex.ui.entry;

import com.cyclex.api.AccountInfo;
import com.cyclex.api.ExchangeEvent;
import com.cyclex.ui.Terminal;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The operator's account as it stands: asked once, then kept from AccountUpdated events, which carry the whole
 * account. An event that arrives while the first answer is out is newer than or equal to it, so that answer is
 * then dropped rather than allowed to put an older balance back.
 */
public final class AccountFeed {
    private final ReadOnlyObjectWrapper<AccountInfo> account = new ReadOnlyObjectWrapper<>(this, "account");
    private boolean heardSinceAsked;

    public AccountFeed(Terminal terminal) {
        long me = terminal.me();
        terminal.live().query(() -> {
            heardSinceAsked = false;
            return terminal.client().account(me);
        }, answer -> {
            if (!heardSinceAsked) {
                account.set(answer);
            }
        });
        terminal.live().onEvents(events -> {
            AccountInfo latest = null;
            for (ExchangeEvent e : events) {
                if (e instanceof ExchangeEvent.AccountUpdated u && u.account().memberId() == me) {
                    latest = u.account();
                }
            }
            if (latest != null) {
                heardSinceAsked = true;
                account.set(latest);
            }
        });
    }

    /** The latest account, or null until the exchange has answered. */
    public ReadOnlyObjectProperty<AccountInfo> accountProperty() {
        return account.getReadOnlyProperty();
    }
}
