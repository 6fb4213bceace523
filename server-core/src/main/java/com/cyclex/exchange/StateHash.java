package com.cyclex.exchange;

/**
 * A 64-bit running hash of longs. Used to compare whole exchange states (a live one against a recovered
 * one), not for security; each value is mixed so that nearby numbers give unrelated hashes.
 */
final class StateHash {
    private long h = 0x6A09E667F3BCC909L;

    StateHash add(long value) {
        long x = value * 0x9E3779B97F4A7C15L;
        x ^= x >>> 29;
        x *= 0xBF58476D1CE4E5B9L;
        x ^= x >>> 32;
        h = (h ^ x) * 0x94D049BB133111EBL + 0x2545F4914F6CDD1DL;
        return this;
    }

    StateHash add(String s) {
        return add(s == null ? 0 : s.hashCode());
    }

    StateHash add(Enum<?> e) {
        return add(e == null ? -1 : e.ordinal());
    }

    long value() {
        return h;
    }
}
