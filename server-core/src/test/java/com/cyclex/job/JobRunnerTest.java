package com.cyclex.job;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.cyclex.job.builtin.MandelbrotTile;
import com.cyclex.job.wasm.WasmSandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobRunnerTest {
    @TempDir
    Path dataDir;

    @Test
    void aJobFromBlobsRunsAndItsOutputIsStoredUnderTheReportedHash() throws Exception {
        var blobs = BlobStore.open(dataDir, TestModules.testLimits());
        var tile = new MandelbrotTile(120, 90, 30, 20, 40, 30, 200);
        var spec = new JobSpec(blobs.put(BlobKind.MODULE, tile.kind().module()), tile.args(), blobs.put(BlobKind.INPUT, tile.input()));
        try (var sandbox = new WasmSandbox(TestModules.testLimits()); var executor = new JobExecutor(sandbox, 1, 10)) {
            JobReport report = new JobRunner(blobs, executor).run(spec).get(60, TimeUnit.SECONDS);
            assertEquals(JobCode.OK, report.code(), report::toString);
            assertEquals(BlobStore.hashOf(tile.expectedOutput()), report.outputHash());
            assertArrayEquals(tile.expectedOutput(), blobs.get(report.outputHash(), BlobKind.OUTPUT));
        }
    }

    @Test
    void aCorruptModuleBlobIsReportedWithoutRunning() throws Exception {
        var blobs = BlobStore.open(dataDir, TestModules.testLimits());
        String module = blobs.put(BlobKind.MODULE, TestModules.load("echo"));
        Files.write(blobs.pathOf(module), new byte[] {0, 'a', 's', 'm'});
        var spec = new JobSpec(module, List.of("echo"), blobs.put(BlobKind.INPUT, new byte[0]));
        try (var sandbox = new WasmSandbox(TestModules.testLimits()); var executor = new JobExecutor(sandbox, 1, 10)) {
            JobReport report = new JobRunner(blobs, executor).run(spec).get(60, TimeUnit.SECONDS);
            assertEquals(JobCode.BLOB_CORRUPT, report.code());
            assertNull(report.outputHash());
        }
    }
}
