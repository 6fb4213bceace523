package com.cyclex.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;

/** The hostile and honest test modules in src/test/resources/job (built from their .wat by examples/jobs/build.sh). */
public final class TestModules {
    private TestModules() {
    }

    public static byte[] load(String name) {
        try (InputStream in = TestModules.class.getResourceAsStream("/job/" + name + ".wasm")) {
            if (in == null) {
                throw new IllegalStateException("No test module " + name + ".wasm: run examples/jobs/build.sh");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Limits small enough that hostile modules hit them quickly, large enough for the built-ins' test sizes. */
    public static JobLimits testLimits() {
        return JobLimits.defaults()
                .withMaxMemoryBytes(32L << 20)
                .withMaxOutputBytes(1L << 20)
                .withTimeLimit(Duration.ofSeconds(30));
    }
}
