package com.cyclex.ui.jobs;

import com.cyclex.job.builtin.BuiltInWorkload;
import com.cyclex.job.builtin.MandelbrotTile;
import com.cyclex.job.builtin.MonteCarloPi;
import com.cyclex.job.builtin.PrimeCount;
import com.cyclex.lease.Job;
import com.cyclex.lease.JobState;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How the Jobs view names a job's program, its state, its output and its result. */
public final class JobWords {
    /** Outputs up to this size are read to be shown in the table when they are text. */
    public static final long SMALL_OUTPUT = 200;

    private JobWords() {
    }

    /** The built-in workload a job runs, if it runs one. */
    public static Optional<BuiltInWorkload> builtIn(Job job) {
        return BuiltInWorkload.byModuleHash(job.moduleHash());
    }

    /** "primes 0 – 2,000,000", "mandelbrot tile 64, 128", "pi 500,000 samples", or "wc (3fa2c1d0)" for a module of one's own. */
    public static String program(Job job) {
        List<String> a = job.args();
        Optional<BuiltInWorkload> builtIn = builtIn(job);
        if (builtIn.isEmpty()) {
            String name = a.isEmpty() ? "module" : a.get(0);
            return name + " (" + job.moduleHash().substring(0, 8) + ")";
        }
        try {
            return switch (builtIn.get()) {
                case PRIME_COUNT -> "primes " + grouped(Long.parseLong(a.get(1))) + " – " + grouped(Long.parseLong(a.get(2)));
                case MONTE_CARLO_PI -> "pi " + grouped(Long.parseLong(a.get(2))) + " samples";
                case MANDELBROT -> "mandelbrot tile " + a.get(3) + ", " + a.get(4);
            };
        } catch (RuntimeException e) {
            return builtIn.get().program(); // arguments of another shape: the program will say what it makes of them
        }
    }

    public static String state(JobState state) {
        return state.name().toLowerCase(Locale.ROOT);
    }

    /** A size in bytes as people read it: 512 B, 4.1 KB, 2.3 MB. */
    public static String size(long bytes) {
        if (bytes < 1000) {
            return bytes + " B";
        }
        if (bytes < 1_000_000) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1000.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }

    /** How long a job ran: "< 1 ms", "240 ms", "2.35 s", "61 s"; blank until it has a run time. */
    public static String runTime(Job job) {
        if (!job.state().finished() && job.state() != JobState.VERIFYING || job.startedAt() == 0) {
            return "";
        }
        long ms = job.wallMillis();
        if (ms < 1) {
            return "< 1 ms";
        }
        if (ms < 1000) {
            return ms + " ms";
        }
        return ms < 10_000 ? String.format(Locale.ROOT, "%.2f s", ms / 1000.0) : String.format(Locale.ROOT, "%,d s", ms / 1000);
    }

    /**
     * What a finished job came to, for the table: the failure's sentence; for a done job its result read from its
     * output ({@code text}, null until read), else what the output is. Blank while the job is open.
     */
    public static String result(Job job, String text) {
        if (job.state() == JobState.FAILED) {
            return job.outcome() == null ? "Failed." : job.outcome().sentence();
        }
        if (job.state() != JobState.DONE) {
            return "";
        }
        String exit = job.exitCode() == 0 ? "" : "exit " + job.exitCode() + (text == null ? "" : " · ");
        if (text != null) {
            return exit + text;
        }
        if (builtIn(job).filter(b -> b == BuiltInWorkload.MANDELBROT).isPresent()) {
            return exit + "picture tile";
        }
        return exit.isEmpty() ? "" : exit.strip();
    }

    /** The text a small output shows in the table, or null when it is not worth showing (binary, empty, long). */
    public static String shown(Job job, byte[] output) {
        Optional<BuiltInWorkload> builtIn = builtIn(job);
        try {
            if (builtIn.isPresent() && builtIn.get() == BuiltInWorkload.PRIME_COUNT) {
                PrimeCount p = new PrimeCount(Long.parseLong(job.args().get(1)), Long.parseLong(job.args().get(2)));
                return grouped(p.decode(output)) + " primes";
            }
            if (builtIn.isPresent() && builtIn.get() == BuiltInWorkload.MONTE_CARLO_PI) {
                MonteCarloPi m = new MonteCarloPi(Long.parseLong(job.args().get(1)), Long.parseLong(job.args().get(2)));
                long hits = m.decode(output);
                return String.format(Locale.ROOT, "π ≈ %.5f (%s hits)", m.estimate(hits), grouped(hits));
            }
        } catch (RuntimeException e) {
            // not the built-in's usual output: show it as text if it is text
        }
        if (output.length == 0 || output.length > SMALL_OUTPUT) {
            return null;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(output)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
        if (text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t' && c != '\r')) {
            return null;
        }
        String oneLine = text.strip().replaceAll("\\s*\\R\\s*", " ⏎ ");
        return oneLine.isEmpty() ? null : oneLine;
    }

    /** The Mandelbrot tile a job renders, or null when it does not run the built-in renderer with a tile's arguments. */
    public static MandelbrotTile tile(Job job) {
        if (builtIn(job).filter(b -> b == BuiltInWorkload.MANDELBROT).isEmpty() || job.args().size() != 8) {
            return null;
        }
        try {
            int[] n = new int[7];
            for (int i = 0; i < 7; i++) {
                n[i] = Integer.parseInt(job.args().get(i + 1));
            }
            return new MandelbrotTile(n[0], n[1], n[2], n[3], n[4], n[5], n[6]);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** A file name to save a job's output as. */
    public static String fileName(Job job) {
        String ext = builtIn(job).map(b -> b == BuiltInWorkload.MANDELBROT ? ".pgm" : ".txt").orElse(".out");
        return "job-" + job.id() + ext;
    }

    static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
