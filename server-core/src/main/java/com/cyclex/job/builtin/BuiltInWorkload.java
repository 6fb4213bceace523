package com.cyclex.job.builtin;

import com.cyclex.job.BlobStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The WebAssembly programs Cyclex ships, so that a buyer can run real, verifiable work without a compiler.
 * Their sources are in examples/jobs (WebAssembly text); examples/jobs/build.sh rebuilds the .wasm files.
 * Build a job with {@link PrimeCount}, {@link MonteCarloPi} or {@link MandelbrotTile}.
 */
public enum BuiltInWorkload {
    MANDELBROT("mandelbrot"),
    PRIME_COUNT("primes"),
    MONTE_CARLO_PI("pi");

    private final String program;
    private volatile byte[] module;
    private volatile String moduleHash;

    BuiltInWorkload(String program) {
        this.program = program;
    }

    /** The program's name: its argv[0] and the base name of its .wasm file. */
    public String program() {
        return program;
    }

    /** The module's bytes (a copy), read from the classpath once. */
    public byte[] module() {
        byte[] bytes = module;
        if (bytes == null) {
            String resource = "/com/cyclex/job/" + program + ".wasm";
            try (InputStream in = BuiltInWorkload.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("The built-in workload " + resource + " is missing from the classpath.");
                }
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the built-in workload " + resource, e);
            }
            module = bytes;
        }
        return bytes.clone();
    }

    /** The module's blob hash. */
    public String moduleHash() {
        String hash = moduleHash;
        if (hash == null) {
            hash = BlobStore.hashOf(module());
            moduleHash = hash;
        }
        return hash;
    }

    /** The built-in workload whose module has this hash, if any: how a terminal recognises a job's program. */
    public static Optional<BuiltInWorkload> byModuleHash(String hash) {
        for (BuiltInWorkload workload : values()) {
            if (workload.moduleHash().equals(hash)) {
                return Optional.of(workload);
            }
        }
        return Optional.empty();
    }
}
