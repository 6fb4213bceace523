package com.cyclex.job;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cyclex.job.builtin.PrimeCount;
import com.cyclex.job.wasm.WasmSandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The examples of docs/jobs.md, as they are written there: if this breaks, fix the page too. */
class JobsExampleTest {
    @TempDir
    Path dataDir;

    @Test
    void yourOwnProgramFromBlobs() throws Exception {
        Path wasm = dataDir.resolve("wc.wasm");
        Files.write(wasm, TestModules.load("wc"));
        int leaseCores = 2;

        JobLimits limits = JobLimits.defaults();
        BlobStore blobs = BlobStore.open(dataDir, limits);
        String module = blobs.put(BlobKind.MODULE, Files.readAllBytes(Path.of(wasm.toString())));
        String input = blobs.put(BlobKind.INPUT, "one two\nthree\n".getBytes(UTF_8));

        try (WasmSandbox sandbox = new WasmSandbox(limits);
             JobExecutor slots = new JobExecutor(sandbox, leaseCores, 100)) {
            JobRunner runner = new JobRunner(blobs, slots);
            JobReport report = runner.run(new JobSpec(module, List.of("wc", "poem.txt"), input)).join();
            assertEquals(JobCode.OK, report.code());
            assertEquals(0, report.exitCode());
            byte[] out = blobs.get(report.outputHash(), BlobKind.OUTPUT);
            assertEquals("poem.txt: 2 lines, 3 words, 14 bytes\n", new String(out, UTF_8));
        }
    }

    @Test
    void aBuiltInWorkload() {
        try (WasmSandbox sandbox = new WasmSandbox(TestModules.testLimits())) {
            PrimeCount job = new PrimeCount(0, 2_000_000);
            JobResult result = sandbox.run(job.kind().module(), job.args(), job.input());
            long primes = job.decode(result.stdout());
            boolean verified = Arrays.equals(result.stdout(), job.expectedOutput());
            assertEquals(148_933, primes);
            assertEquals(true, verified);
        }
    }
}
