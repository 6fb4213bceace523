package com.cyclex.job.builtin;

import java.util.List;

/**
 * A seeded Monte Carlo estimate of pi in integers: {@code pi SEED SAMPLES}, output the number of hits in
 * decimal and a newline. Each sample draws two 31-bit coordinates from splitmix64 and hits when
 * x² + y² < 2^62; pi is about 4 · hits / samples. Same seed, same hits, on every machine.
 */
public record MonteCarloPi(long seed, long samples) implements Workload {
    public MonteCarloPi {
        if (seed < 0 || samples < 0 || seed > (1L << 62) || samples > (1L << 62)) {
            throw new IllegalArgumentException("Monte Carlo pi needs a seed and a sample count from 0 to 2^62.");
        }
    }

    @Override
    public BuiltInWorkload kind() {
        return BuiltInWorkload.MONTE_CARLO_PI;
    }

    @Override
    public List<String> args() {
        return List.of(kind().program(), Long.toString(seed), Long.toString(samples));
    }

    @Override
    public byte[] expectedOutput() {
        return Decimal.encode(reference());
    }

    /** The hit count in the job's output. */
    public long decode(byte[] output) {
        return Decimal.decode(output, kind().program());
    }

    /** The estimate of pi that {@code hits} of these samples give (for people; verification compares hits). */
    public double estimate(long hits) {
        return samples == 0 ? 0 : 4.0 * hits / samples;
    }

    /** The same hit count in plain Java. */
    public long reference() {
        long state = seed;
        long hits = 0;
        for (long i = 0; i < samples; i++) {
            state += 0x9E3779B97F4A7C15L;
            long x = mix(state) >>> 33;
            state += 0x9E3779B97F4A7C15L;
            long y = mix(state) >>> 33;
            if (x * x + y * y < (1L << 62)) {
                hits++;
            }
        }
        return hits;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
