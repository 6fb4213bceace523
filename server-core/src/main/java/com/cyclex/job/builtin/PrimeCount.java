package com.cyclex.job.builtin;

import java.util.List;

/**
 * Count the primes in [from, to): {@code primes FROM TO}, output the count in decimal and a newline.
 * Trial division, so the cost grows a little faster than the range: [0, 2,000,000) takes about half a second.
 */
public record PrimeCount(long from, long to) implements Workload {
    /** The largest bound the program accepts. */
    public static final long MAX = 1L << 62;

    public PrimeCount {
        if (from < 0 || from > to || to > MAX) {
            throw new IllegalArgumentException("A prime count needs 0 <= from <= to <= 2^62.");
        }
    }

    @Override
    public BuiltInWorkload kind() {
        return BuiltInWorkload.PRIME_COUNT;
    }

    @Override
    public List<String> args() {
        return List.of(kind().program(), Long.toString(from), Long.toString(to));
    }

    @Override
    public byte[] expectedOutput() {
        return Decimal.encode(reference());
    }

    /** The count in the job's output. */
    public long decode(byte[] output) {
        return Decimal.decode(output, kind().program());
    }

    /** The same count in plain Java, step for step as the module does it. */
    public long reference() {
        long count = 0;
        for (long n = from; n < to; n++) {
            if (isPrime(n)) {
                count++;
            }
        }
        return count;
    }

    static boolean isPrime(long n) {
        if (n < 2) {
            return false;
        }
        if (n < 4) {
            return true;
        }
        if ((n & 1) == 0) {
            return false;
        }
        for (long d = 3; d * d <= n; d += 2) {
            if (n % d == 0) {
                return false;
            }
        }
        return true;
    }
}
