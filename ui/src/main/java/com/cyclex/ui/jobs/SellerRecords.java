package com.cyclex.ui.jobs;

import com.cyclex.api.ExchangeEvent;
import com.cyclex.member.Reputation;
import com.cyclex.ui.live.Live;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every seller's record (leases delivered and failed, verification runs passed and failed), from one
 * reputations answer and the ReputationUpdated events after it; public to every member. On the JavaFX thread.
 */
public final class SellerRecords {
    private final Map<Long, Reputation> records = new HashMap<>();
    private final Map<Long, Boolean> fromEvents = new HashMap<>();
    private Runnable changed = () -> { };

    /** Follows the exchange's records through the terminal's live feed; {@code changed} runs after each change. */
    public static SellerRecords follow(Live live, Runnable changed) {
        SellerRecords records = new SellerRecords();
        records.changed = changed;
        live.query(() -> live.client().reputations().exceptionally(e -> List.of()), records::answered);
        live.onEvents(records::apply);
        return records;
    }

    /** The first answer; a record an event has told of meanwhile is newer and stays. */
    public void answered(List<Reputation> answer) {
        for (Reputation r : answer) {
            if (!fromEvents.containsKey(r.memberId())) {
                records.put(r.memberId(), r);
            }
        }
        changed.run();
    }

    public void apply(List<ExchangeEvent> events) {
        boolean any = false;
        for (ExchangeEvent e : events) {
            if (e instanceof ExchangeEvent.ReputationUpdated u) {
                records.put(u.reputation().memberId(), u.reputation());
                fromEvents.put(u.reputation().memberId(), true);
                any = true;
            }
        }
        if (any) {
            changed.run();
        }
    }

    /** A member's record; an empty one when it has not sold yet. */
    public Reputation of(long member) {
        return records.getOrDefault(member, Reputation.none(member));
    }

    /** "97% · 12✓ 0✗": leases delivered of those ended, and verification runs passed and failed; "–" with none. */
    public static String brief(Reputation r) {
        if (r.isNone()) {
            return "–";
        }
        int pct = r.deliveredPercent();
        return (pct < 0 ? "–" : pct + "%") + " · " + r.verificationsPassed() + "✓ " + r.verificationsFailed() + "✗";
    }

    /** The whole record in words, for a tooltip. */
    public static String sentence(Reputation r) {
        if (r.isNone()) {
            return "No lease of this member's has ended yet, and none of its jobs has been checked.";
        }
        long ended = r.leasesDelivered() + r.leasesFailed();
        return String.format(Locale.ROOT, "%,d of %,d leases delivered to their end, %,d failed through the seller; "
                        + "%,d verification runs passed, %,d failed.", r.leasesDelivered(), ended, r.leasesFailed(),
                r.verificationsPassed(), r.verificationsFailed());
    }
}
