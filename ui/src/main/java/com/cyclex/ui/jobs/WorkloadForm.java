package com.cyclex.ui.jobs;

import com.cyclex.job.builtin.MandelbrotTile;
import com.cyclex.job.builtin.MonteCarloPi;
import com.cyclex.job.builtin.PrimeCount;
import com.cyclex.job.builtin.Workload;
import java.util.ArrayList;
import java.util.List;

/**
 * The "run a built-in workload" form's rules: what the operator typed, as the jobs to submit, or a sentence
 * naming what to fix. A prime count or a Monte Carlo π is split into one job per core of the lease, so every
 * core has a share; a picture is one job per tile.
 */
public final class WorkloadForm {
    /** The most jobs one run may make: the exchange keeps at most 1,024 open per lease. */
    public static final int MAX_JOBS = 1024;

    /** The built-in workloads, as the form offers them. */
    public enum Kind {
        MANDELBROT("Mandelbrot picture"), PRIMES("Prime count"), PI("Monte Carlo π");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private WorkloadForm() {
    }

    /** A picture of {@code width} × {@code height} pixels in square tiles of {@code tile} pixels a side. */
    public static List<MandelbrotTile> mandelbrot(String width, String height, String tile, String iterations) {
        int w = (int) number("The picture's width", width, 1, 65_536);
        int h = (int) number("The picture's height", height, 1, 65_536);
        int t = (int) number("The tile's side", tile, 1, 2048);
        int n = (int) number("The iterations", iterations, 1, 1_000_000);
        long tiles = ((long) (w + t - 1) / t) * ((h + t - 1) / t);
        if (tiles > MAX_JOBS) {
            throw new IllegalArgumentException(String.format("That picture makes %,d tiles; at most %,d fit on one lease: take larger tiles.",
                    tiles, MAX_JOBS));
        }
        return MandelbrotTile.covering(w, h, t, n);
    }

    /** Primes in [from, to), in {@code parts} jobs of equal ranges. */
    public static List<PrimeCount> primes(String from, String to, int parts) {
        long a = number("The range's start", from, 0, PrimeCount.MAX);
        long b = number("The range's end", to, 0, PrimeCount.MAX);
        if (b <= a) {
            throw new IllegalArgumentException("The range's end is past its start.");
        }
        int n = (int) Math.max(1, Math.min(parts, b - a));
        List<PrimeCount> jobs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            jobs.add(new PrimeCount(a + (b - a) * i / n, a + (b - a) * (i + 1) / n));
        }
        return jobs;
    }

    /** {@code samples} samples from {@code seed} on, in {@code parts} jobs of consecutive seeds. */
    public static List<MonteCarloPi> pi(String samples, String seed, int parts) {
        long s = number("The samples", samples, 1, 1L << 40);
        long first = number("The seed", seed, 0, (1L << 62) - MAX_JOBS);
        int n = (int) Math.max(1, Math.min(parts, s));
        List<MonteCarloPi> jobs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            jobs.add(new MonteCarloPi(first + i, s * (i + 1) / n - s * i / n));
        }
        return jobs;
    }

    /** All of a run's jobs as one list. */
    public static List<Workload> all(List<? extends Workload> jobs) {
        return List.copyOf(jobs);
    }

    static long number(String what, String text, long min, long max) {
        String clean = text == null ? "" : text.strip().replace(",", "").replace("_", "");
        long v;
        try {
            v = Long.parseLong(clean);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " is a whole number" + (clean.isEmpty() ? "." : ", not \"" + text.strip() + "\"."));
        }
        if (v < min || v > max) {
            throw new IllegalArgumentException(String.format("%s is %,d to %,d.", what, min, max));
        }
        return v;
    }
}
