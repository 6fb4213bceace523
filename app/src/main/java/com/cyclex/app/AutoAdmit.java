package com.cyclex.app;

import com.cyclex.api.AdmitMember;
import com.cyclex.api.ExchangeEvent;
import com.cyclex.api.MintCredits;
import com.cyclex.host.ExchangeHost;
import com.cyclex.member.MemberRegistry;
import com.cyclex.member.MemberStatus;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * `--admit-all`: a host that admits every member that joins (for a lab where everyone in the room may trade, and
 * for tests), and with `--grant N` gives each N credits. The host's own commands, through the sequencer like
 * any other: the exchange's rules are not bypassed.
 */
final class AutoAdmit implements AutoCloseable {
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "cyclex-auto-admit");
        t.setDaemon(true);
        return t;
    });
    private final AutoCloseable subscription;

    AutoAdmit(ExchangeHost host, long grant) {
        this.subscription = host.subscribe(events -> admitNew(host, events, grant));
    }

    private void admitNew(ExchangeHost host, List<ExchangeEvent> events, long grant) {
        for (ExchangeEvent e : events) {
            if (e instanceof ExchangeEvent.MemberUpdated m && m.member().status() == MemberStatus.PENDING) {
                long id = m.member().id();
                // not on the journal thread that tells us: the sequencer's inbox may make a sender wait
                sender.execute(() -> {
                    host.submit(new AdmitMember(MemberRegistry.HOST_ID, id)).join();
                    if (grant > 0) {
                        host.submit(new MintCredits(MemberRegistry.HOST_ID, id, grant)).join();
                    }
                });
            }
        }
    }

    @Override
    public void close() {
        try {
            subscription.close();
        } catch (Exception ignored) {
            // the host is closing
        }
        sender.shutdown();
    }
}
