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
    /**
     * The sum of every kept answer's own hash, kept as answers come and go: state hash version 4 takes this
     * instead of walking up to {@link #MAX_KEPT} answers on the sequencer (3.5-4.7 ms with them all kept).
     */
    private long digest;

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
        ExchangeState.KeptResult before = kept.remove(id);
        if (before != null) {
            digest -= hashOf(before);
        }
        put(new ExchangeState.KeptResult(actor, key, time, result));
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
            digest -= hashOf(k);
        }
    }

    /** Oldest first, as they were kept. */
    List<ExchangeState.KeptResult> all() {
        return new ArrayList<>(kept.values());
    }

    /** Puts back what a checkpoint saved, oldest first. */
    void restore(List<ExchangeState.KeptResult> saved) {
        kept.clear();
        digest = 0;
        for (ExchangeState.KeptResult k : saved) {
            put(k);
        }
    }

    /** Keeps an answer at the end (in place if its key is kept already), the digest with it. */
    private void put(ExchangeState.KeptResult k) {
        ExchangeState.KeptResult before = kept.put(id(k.actor(), k.key()), k);
        if (before != null) {
            digest -= hashOf(before);
        }
        digest += hashOf(k);
    }

    int size() {
        return kept.size();
    }

    /** Every kept answer in order, as state hash versions 2 and 3 took them. */
    void hashInto(StateHash h) {
        for (ExchangeState.KeptResult k : kept.values()) {
            add(h, k);
        }
    }

    /** The kept answers as version 4 takes them: how many, and the sum of their hashes (order does not matter). */
    void digestInto(StateHash h) {
        h.add(-9).add(kept.size()).add(digest);
    }

    private static long hashOf(ExchangeState.KeptResult k) {
        return add(new StateHash(), k).value();
    }

    private static StateHash add(StateHash h, ExchangeState.KeptResult k) {
        CommandResult r = k.result();
        return h.add(k.actor()).add(k.key()).add(k.time()).add(r.code().number()).add(r.id()).add(r.filledUnits())
                .add(r.openUnits());
    }
}
