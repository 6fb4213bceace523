package com.cyclex.net;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets, one per key (a member, or an address before it signs in): {@code perSecond} requests a second
 * on average, bursts up to {@code burst}. Whole tokens only, counted in nanoseconds, so there is no drift.
 */
final class RateLimiter {
    private final long perSecond;
    private final long burst;
    private final ConcurrentHashMap<Object, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(long perSecond, long burst) {
        if (perSecond < 1 || burst < 1) {
            throw new IllegalArgumentException("A rate limit needs at least 1 request a second and a burst of 1");
        }
        this.perSecond = perSecond;
        this.burst = burst;
    }

    /** Takes one token for {@code key}; false when its bucket is empty. */
    boolean tryTake(Object key) {
        if (buckets.size() > 100_000) {
            buckets.clear(); // a flood of fresh addresses must not grow memory; forgetting only forgives
        }
        return buckets.computeIfAbsent(key, k -> new Bucket(burst)).take(perSecond, burst, System.nanoTime());
    }

    private static final class Bucket {
        private long tokens;
        private long refilledAt;
        private long carry; // nanos of refill not yet worth a whole token

        Bucket(long burst) {
            this.tokens = burst;
            this.refilledAt = System.nanoTime();
        }

        synchronized boolean take(long perSecond, long burst, long now) {
            long elapsed = now - refilledAt + carry;
            refilledAt = now;
            long earned = elapsed / 1_000_000_000L * perSecond + (elapsed % 1_000_000_000L) * perSecond / 1_000_000_000L;
            carry = elapsed - earned * 1_000_000_000L / perSecond;
            tokens = Math.min(burst, tokens + earned);
            if (tokens == burst) {
                carry = 0;
            }
            if (tokens <= 0) {
                return false;
            }
            tokens--;
            return true;
        }
    }
}
