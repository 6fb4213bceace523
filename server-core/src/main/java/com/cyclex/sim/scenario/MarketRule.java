package com.cyclex.sim.scenario;

import java.util.Locale;

/** How a session's market takes shouts; the matching itself is always the exchange's book. */
public enum MarketRule {
    /** The exchange's continuous double auction: many orders stand, price-time priority. */
    CDA("cda"),
    /**
     * The rule of the classic experiments: only the best bid and the best ask stand, a new bid must improve the
     * best bid (a new ask the best ask), and a trade clears both.
     */
    CLASSIC("classic");

    private final String word;

    MarketRule(String word) {
        this.word = word;
    }

    /** The word a scenario file uses for this rule. */
    public String word() {
        return word;
    }

    /** The rule a scenario names, or null for a word that names none. */
    public static MarketRule named(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (MarketRule r : values()) {
            if (r.word.equals(w)) {
                return r;
            }
        }
        return null;
    }
}
