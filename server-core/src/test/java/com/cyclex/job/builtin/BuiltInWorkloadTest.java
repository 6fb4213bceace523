package com.cyclex.job.builtin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.job.BlobStore;
import com.cyclex.job.JobCode;
import com.cyclex.job.JobResult;
import com.cyclex.job.TestModules;
import com.cyclex.job.wasm.WasmSandbox;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class BuiltInWorkloadTest {
    private static final WasmSandbox SANDBOX = new WasmSandbox(TestModules.testLimits());

    @AfterAll
    static void closeSandbox() {
        SANDBOX.close();
    }

    private static JobResult run(Workload workload) {
        JobResult result = SANDBOX.run(workload.kind().module(), workload.args(), workload.input());
        assertEquals(JobCode.OK, result.code(), result::toString);
        assertEquals(0, result.exitCode(), () -> new String(result.stderr(), StandardCharsets.UTF_8));
        return result;
    }

    @Test
    void thePrimeCounterCountsTheKnownNumberOfPrimes() {
        assertEquals(25, new PrimeCount(0, 100).decode(run(new PrimeCount(0, 100)).stdout()));
        assertEquals(78_498, new PrimeCount(0, 1_000_000).decode(run(new PrimeCount(0, 1_000_000)).stdout()));
        assertEquals(78_498, new PrimeCount(0, 1_000_000).reference());
    }

    @Test
    void thePrimeCounterMatchesThePlainJavaReferenceOnOddRanges() {
        for (var range : List.of(new PrimeCount(0, 0), new PrimeCount(0, 3), new PrimeCount(2, 3),
                new PrimeCount(1_000_000_007L, 1_000_010_007L), new PrimeCount(999_983, 999_984))) {
            assertArrayEquals(range.expectedOutput(), run(range).stdout(), range::toString);
        }
    }

    @Test
    void monteCarloPiMatchesThePlainJavaReferenceAndEstimatesPi() {
        var job = new MonteCarloPi(42, 200_000);
        byte[] out = run(job).stdout();
        assertArrayEquals(job.expectedOutput(), out);
        double pi = job.estimate(job.decode(out));
        assertTrue(Math.abs(pi - Math.PI) < 0.02, () -> "estimate " + pi);
        assertArrayEquals(new MonteCarloPi(7, 1000).expectedOutput(), run(new MonteCarloPi(7, 1000)).stdout());
    }

    @Test
    void aMandelbrotTileMatchesThePlainJavaReferencePixelForPixel() {
        for (var tile : List.of(new MandelbrotTile(64, 48, 0, 0, 64, 48, 100),
                new MandelbrotTile(1000, 800, 300, 350, 37, 23, 500),
                new MandelbrotTile(10, 10, 9, 9, 1, 1, 1))) {
            byte[] out = run(tile).stdout();
            assertArrayEquals(tile.expectedOutput(), out, tile::toString);
            assertEquals(tile.w() * tile.h(), tile.decode(out).length);
        }
    }

    @Test
    void tilesCoverThePictureAndAssembleIntoTheWholeImage() {
        var whole = new MandelbrotTile(50, 30, 0, 0, 50, 30, 60);
        byte[] picture = new byte[50 * 30];
        List<MandelbrotTile> tiles = MandelbrotTile.covering(50, 30, 16, 60);
        assertEquals(4 * 2, tiles.size());
        for (var tile : tiles) {
            byte[] pixels = tile.decode(run(tile).stdout());
            for (int row = 0; row < tile.h(); row++) {
                System.arraycopy(pixels, row * tile.w(), picture, (tile.y() + row) * 50 + tile.x(), tile.w());
            }
        }
        assertArrayEquals(whole.reference(), picture);
    }

    @Test
    void theSameJobGivesTheSameBytesTwice() {
        var tile = new MandelbrotTile(200, 200, 50, 50, 100, 100, 300);
        assertArrayEquals(run(tile).stdout(), run(tile).stdout());
        var pi = new MonteCarloPi(123, 50_000);
        assertArrayEquals(run(pi).stdout(), run(pi).stdout());
    }

    @Test
    void wrongArgumentsExitWithTwoAndSayWhyOnStderr() {
        JobResult result = SANDBOX.run(BuiltInWorkload.PRIME_COUNT.module(), List.of("primes", "10", "x"), new byte[0]);
        assertEquals(JobCode.OK, result.code());
        assertEquals(2, result.exitCode());
        assertTrue(new String(result.stderr(), StandardCharsets.UTF_8).startsWith("usage: primes FROM TO"));
        JobResult tooBig = SANDBOX.run(BuiltInWorkload.MANDELBROT.module(),
                List.of("mandelbrot", "10", "10", "5", "5", "6", "1", "10"), new byte[0]);
        assertEquals(2, tooBig.exitCode(), "a tile past the picture's edge");
    }

    @Test
    void aBuiltInIsRecognisedByItsModuleHash() {
        for (BuiltInWorkload workload : BuiltInWorkload.values()) {
            assertEquals(workload, BuiltInWorkload.byModuleHash(BlobStore.hashOf(workload.module())).orElseThrow());
        }
        assertTrue(BuiltInWorkload.byModuleHash("0".repeat(64)).isEmpty());
    }

    @Test
    void aWrongOutputDoesNotDecode() {
        assertThrows(IllegalArgumentException.class, () -> new PrimeCount(0, 10).decode("4".getBytes(StandardCharsets.US_ASCII)));
        assertThrows(IllegalArgumentException.class, () -> new MandelbrotTile(4, 4, 0, 0, 2, 2, 5).decode(new byte[4]));
    }
}
