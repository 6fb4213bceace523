package com.cyclex.job.bench;

import com.cyclex.job.JobCode;
import com.cyclex.job.JobLimits;
import com.cyclex.job.JobResult;
import com.cyclex.job.builtin.MonteCarloPi;
import com.cyclex.job.builtin.PrimeCount;
import com.cyclex.job.builtin.Workload;
import com.cyclex.job.wasm.WasmSandbox;
import java.time.Duration;
import java.util.Locale;

/**
 * The speed of one built-in workload in the sandbox against the same algorithm in plain Java on this machine:
 * the prime counter over [0, N). Checks the sandbox's answer; prints compile time, both times and their ratio.
 * Run: {@code java -cp server-core/target/classes:<deps> com.cyclex.job.bench.JobBench [N] [runs]}.
 */
public final class JobBench {

    /** What one measurement found; times are the best of the runs. */
    public record Figures(PrimeCount job, long primes, long firstCompileNanos, long laterCompileNanos, long sandboxNanos,
            long javaNanos, double smallJobsPerSecond) {
        public double ratio() {
            return (double) sandboxNanos / javaNanos;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "primes in [%d, %d) = %d (checked against plain Java)%n"
                            + "  compile (parse, check, compile to JVM bytecode): first in this JVM %.1f ms, a later module %.1f ms%n"
                            + "  sandbox %.3f s, plain Java %.3f s: sandbox %.2fx plain Java%n"
                            + "  small jobs (primes below 1000, cached module, one thread): %.0f jobs/s",
                    job.from(), job.to(), primes, firstCompileNanos / 1e6, laterCompileNanos / 1e6, sandboxNanos / 1e9,
                    javaNanos / 1e9, ratio(), smallJobsPerSecond);
        }
    }

    private JobBench() {
    }

    /** Runs the count {@code runs} times each way (after one warm-up each) and keeps the best times. */
    public static Figures measure(long to, int runs) {
        var job = new PrimeCount(0, to);
        try (var sandbox = new WasmSandbox(JobLimits.defaults().withTimeLimit(Duration.ofMinutes(10)))) {
            JobResult first = check(job, sandbox.run(job.kind().module(), job.args(), job.input()));
            long bestSandbox = Long.MAX_VALUE;
            for (int i = 0; i < runs; i++) {
                bestSandbox = Math.min(bestSandbox, check(job, sandbox.run(job.kind().module(), job.args(), job.input())).wallNanos());
            }
            long primes = job.decode(first.stdout());
            long bestJava = Long.MAX_VALUE;
            job.reference(); // warm-up: let the JIT compile the plain loop too
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                long count = job.reference();
                bestJava = Math.min(bestJava, System.nanoTime() - start);
                if (count != primes) {
                    throw new IllegalStateException("The sandbox counted " + primes + " primes, plain Java " + count + ".");
                }
            }
            var other = new MonteCarloPi(1, 1); // a module not compiled yet, now that the compiler is warm
            long laterCompile = check(other, sandbox.run(other.kind().module(), other.args(), other.input())).compileNanos();
            return new Figures(job, primes, first.compileNanos(), laterCompile, bestSandbox, bestJava, smallJobsPerSecond(sandbox));
        }
    }

    /** Small jobs one after another on one thread: the cost of instantiating a cached module and running it. */
    private static double smallJobsPerSecond(WasmSandbox sandbox) {
        var small = new PrimeCount(0, 1000);
        int jobs = 2000;
        long start = System.nanoTime();
        for (int i = 0; i < jobs; i++) {
            check(small, sandbox.run(small.kind().module(), small.args(), small.input()));
        }
        return jobs / ((System.nanoTime() - start) / 1e9);
    }

    private static JobResult check(Workload job, JobResult result) {
        if (result.code() != JobCode.OK || result.exitCode() != 0) {
            throw new IllegalStateException("The " + job.kind().program() + " job did not run: " + result);
        }
        return result;
    }

    public static void main(String[] args) {
        long to = args.length > 0 ? Long.parseLong(args[0]) : 2_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        System.out.println(measure(to, runs));
    }
}
