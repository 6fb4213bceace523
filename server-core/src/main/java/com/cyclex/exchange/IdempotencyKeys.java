package com.cyclex.exchange;

import com.cyclex.api.CommandResult;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The results of recent keyed commands, so that a client retrying after an unanswered commit gets the
 * original answer and the command is applied once. Kept for a quarter of an hour of exchange time (far longer
 * than any client waits before it retries) and at most {@link #MAX_KEPT} at once, oldest forgotten first.
 * Both limits follow the exchange's clock and its commands only, so a replay forgets exactly what the live
 * exchange forgot.
 */
final class IdempotencyKeys {
    static final int MAX_KEY_LENGTH = 64;
    static final long KEEP_MILLIS = 15 * 60_000L;
    static final int MAX_KEPT = 100_000;

    private final LinkedHashMap<String, ExchangeState.KeptResult> kept = new LinkedHashMap<>();

    /** Why a key cannot be used, or null when it can: 1 to 64 printable ASCII characters. */
    static String problem(String key) {
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            return "An idempotency key is 1 to " + MAX_KEY_LENGTH + " characters; this one has " + key.length() + ".";
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 0x21 || c > 0x7E) {
                return "An idempotency key is printable ASCII without spaces; character " + (i + 1) + " is not.";
            }
        }
        return null;
    }

    private static String id(long actor, String key) {
        return actor + " " + key;
    }

    /**
     * The answer a keyed command already got, or null when the key is new or too old. An old answer is not
     * removed here but when the next one is kept: only journaled commands change the state, so a replay
     * forgets exactly when the live exchange did.
     */
    CommandResult find(long actor, String key, long now) {
        ExchangeState.KeptResult k = kept.get(id(actor, key));
        return k == null || k.time() <= now - KEEP_MILLIS ? null : k.result();
    }

    void keep(long actor, String key, long time, CommandResult result) {
        // Removed first, so a key used again after it was too old moves to the end, in time order.
        String id = id(actor, key);
        kept.remove(id);
        kept.put(id, new ExchangeState.KeptResult(actor, key, time, result));
        forget(time);
    }

    /** Forgets answers older than the keeping time, and the oldest beyond the count. */
    void forget(long now) {
        Iterator<ExchangeState.KeptResult> it = kept.values().iterator();
        while (it.hasNext()) {
            ExchangeState.KeptResult k = it.next();
            if (kept.size() <= MAX_KEPT && k.time() > now - KEEP_MILLIS) {
                break;
            }
            it.remove();
        }
    }

    /** Oldest first, as they were kept. */
    List<ExchangeState.KeptResult> all() {
        return new ArrayList<>(kept.values());
    }

    /** Puts back what a checkpoint saved, oldest first. */
    void restore(List<ExchangeState.KeptResult> saved) {
        kept.clear();
        for (ExchangeState.KeptResult k : saved) {
            kept.put(id(k.actor(), k.key()), k);
        }
    }

    int size() {
        return kept.size();
    }

    void hashInto(StateHash h) {
        for (ExchangeState.KeptResult k : kept.values()) {
            CommandResult r = k.result();
            h.add(k.actor()).add(k.key()).add(k.time()).add(r.code().number()).add(r.id()).add(r.filledUnits()).add(r.openUnits());
        }
    }
}
