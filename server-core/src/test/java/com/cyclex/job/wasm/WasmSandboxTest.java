package com.cyclex.job.wasm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.job.JobCode;
import com.cyclex.job.JobResult;
import com.cyclex.job.TestModules;
import com.cyclex.job.builtin.BuiltInWorkload;
import com.cyclex.job.builtin.PrimeCount;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WasmSandboxTest {
    private static final byte[] NO_INPUT = new byte[0];

    private WasmSandbox sandbox = new WasmSandbox(TestModules.testLimits());

    @AfterEach
    void closeSandbox() {
        sandbox.close();
    }

    private JobResult run(String module) {
        return run(module, NO_INPUT);
    }

    private JobResult run(String module, byte[] input) {
        return sandbox.run(TestModules.load(module), List.of(module), input);
    }

    private static void assertRefused(JobResult result, JobCode code, String words) {
        assertEquals(code, result.code(), result::toString);
        assertTrue(result.sentence().contains(words), () -> "'" + words + "' in: " + result.sentence());
        assertEquals(0, result.stdout().length);
        assertEquals(-1, result.exitCode());
    }

    @Test
    void anHonestModuleGetsItsInputAsStdinAndItsExitCodeAndStderrComeBack() {
        byte[] input = new byte[200_000];
        Arrays.fill(input, (byte) 'x');
        input[0] = 'a';
        JobResult result = run("echo", input);
        assertEquals(JobCode.OK, result.code(), result::toString);
        assertEquals(3, result.exitCode());
        assertFalse(result.succeeded());
        assertArrayEquals(input, result.stdout());
        assertEquals("note\n", new String(result.stderr(), StandardCharsets.UTF_8));
    }

    @Test
    void aCProgramBuiltWithWasiLibcRunsWithItsArgumentsInputAndExitCode() {
        byte[] wc = TestModules.load("wc"); // examples/jobs/c/wc.c, built by clang for wasm32-wasi
        JobResult counted = sandbox.run(wc, List.of("wc", "poem.txt"), "one two\nthree\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(JobCode.OK, counted.code(), counted::toString);
        assertEquals(0, counted.exitCode());
        assertEquals("poem.txt: 2 lines, 3 words, 14 bytes\n", new String(counted.stdout(), StandardCharsets.UTF_8));
        assertEquals("counted 14 bytes\n", new String(counted.stderr(), StandardCharsets.UTF_8));
        JobResult empty = sandbox.run(wc, List.of("wc"), NO_INPUT);
        assertEquals(4, empty.exitCode());
        assertEquals("stdin: 0 lines, 0 words, 0 bytes\n", new String(empty.stdout(), StandardCharsets.UTF_8));
    }

    @Test
    void anInfiniteLoopIsStoppedByTheTimeLimit() {
        sandbox = new WasmSandbox(TestModules.testLimits().withTimeLimit(Duration.ofMillis(200)));
        JobResult result = run("loop");
        assertRefused(result, JobCode.TIMEOUT, "time limit of 200 ms");
        assertFalse(Thread.currentThread().isInterrupted(), "the time-out's interrupt must not leak to the caller");
        assertEquals(JobCode.OK, sandbox.run(BuiltInWorkload.PRIME_COUNT.module(), new PrimeCount(0, 10).args(), NO_INPUT).code(),
                "the same thread runs the next job");
    }

    @Test
    void growingMemoryPastTheCapStopsTheJob() {
        JobResult result = run("grow-forever");
        assertRefused(result, JobCode.MEMORY_LIMIT, "this sandbox allows 512 pages (32 MiB)");
        assertTrue(result.memoryBytes() <= 32L << 20);
    }

    @Test
    void aModuleDeclaringMoreMemoryThanTheCapIsRefusedBeforeItRuns() {
        assertRefused(run("huge-memory"), JobCode.MEMORY_LIMIT, "declares 40000 pages");
    }

    @Test
    void aGrowPastTheModulesOwnMaximumIsRefusedTheWebAssemblyWay() {
        JobResult result = run("own-maximum");
        assertEquals(JobCode.OK, result.code(), result::toString);
        assertEquals(0, result.exitCode(), "memory.grow gave -1 and the module carried on");
    }

    @Test
    void aModuleDeclaringAHugeTableIsRefused() {
        assertRefused(run("huge-table"), JobCode.TABLE_LIMIT, "1000000 elements");
    }

    @Test
    void aModuleWhoseTableMayGrowWithoutBoundIsRefused() {
        assertRefused(run("growing-table"), JobCode.TABLE_LIMIT, "may grow to 10000000 elements");
    }

    @Test
    void aModuleDeclaringBillionsOfLocalsIsRefusedBeforeTheParserExpandsThem() {
        // 20000 declarations of 50000 i32 locals each: 80 KB of bytes, a billion locals (an OutOfMemoryError unchecked)
        var body = new ByteArrayOutputStream();
        leb(body, 20_000);
        for (int i = 0; i < 20_000; i++) {
            leb(body, 50_000);
            body.write(0x7f);
        }
        body.write(0x0b);
        var code = new ByteArrayOutputStream();
        leb(code, 1);
        leb(code, body.size());
        code.writeBytes(body.toByteArray());
        var module = new ByteArrayOutputStream();
        module.writeBytes(new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0});
        section(module, 1, new byte[] {1, 0x60, 0, 0});
        section(module, 3, new byte[] {1, 0});
        section(module, 7, new byte[] {1, 6, '_', 's', 't', 'a', 'r', 't', 0, 0});
        section(module, 10, code.toByteArray());
        JobResult result = sandbox.run(module.toByteArray(), List.of("locals"), NO_INPUT);
        assertRefused(result, JobCode.INVALID_MODULE, "more than 50000 locals");
    }

    @Test
    void modulesClaimingMoreBytesThanTheyHaveAreRefusedBeforeTheParserAllocates() {
        var header = new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0};
        // a data segment of 0x7ffffff0 bytes in a 30-byte module: the parser would allocate 2 GB first
        var data = new ByteArrayOutputStream();
        leb(data, 1);
        data.writeBytes(new byte[] {0, 0x41, 0, 0x0b});
        leb(data, 0x7fff_fff0L);
        var dataBomb = new ByteArrayOutputStream();
        dataBomb.writeBytes(header);
        section(dataBomb, 5, new byte[] {1, 0, 1});
        section(dataBomb, 11, data.toByteArray());
        assertRefused(sandbox.run(dataBomb.toByteArray(), List.of("bomb"), NO_INPUT), JobCode.INVALID_MODULE,
                "data segment 0 claims 2147483632 bytes");
        // a custom section claiming 4 GB
        var sectionBomb = new ByteArrayOutputStream();
        sectionBomb.writeBytes(header);
        sectionBomb.write(0);
        leb(sectionBomb, 0xffff_fff0L);
        sectionBomb.writeBytes(new byte[] {1, 'x'});
        assertRefused(sandbox.run(sectionBomb.toByteArray(), List.of("bomb"), NO_INPUT), JobCode.INVALID_MODULE,
                "section 0 claims 4294967280 bytes");
        // a type section claiming four billion types in four bytes
        var vectorBomb = new ByteArrayOutputStream();
        vectorBomb.writeBytes(header);
        var types = new ByteArrayOutputStream();
        leb(types, 0xffff_fff0L);
        section(vectorBomb, 1, types.toByteArray());
        assertRefused(sandbox.run(vectorBomb.toByteArray(), List.of("bomb"), NO_INPUT), JobCode.INVALID_MODULE,
                "claims 4294967280 entries");
    }

    private static void section(ByteArrayOutputStream module, int id, byte[] payload) {
        module.write(id);
        leb(module, payload.length);
        module.writeBytes(payload);
    }

    private static void leb(ByteArrayOutputStream out, long value) {
        do {
            int b = (int) (value & 0x7f);
            value >>>= 7;
            out.write(value == 0 ? b : b | 0x80);
        } while (value != 0);
    }

    @Test
    void modulesImportingFileOrSocketFunctionsAreRefused() {
        assertRefused(run("opens-file"), JobCode.IMPORT_REFUSED, "path_open");
        assertRefused(run("opens-socket"), JobCode.IMPORT_REFUSED, "sock_send");
    }

    @Test
    void aModuleImportingAnUnknownFunctionIsRefused() {
        assertRefused(run("unknown-import"), JobCode.IMPORT_UNKNOWN, "env.launch_missiles");
    }

    @Test
    void aWasiFunctionImportedWithTheWrongSignatureIsRefused() {
        assertRefused(run("wrong-signature"), JobCode.IMPORT_UNKNOWN, "signature");
    }

    @Test
    void aModuleWithoutStartIsRefused() {
        assertRefused(run("no-start"), JobCode.NO_ENTRY_POINT, "_start");
    }

    @Test
    void floodingStdoutStopsTheJobAtTheOutputCap() {
        assertRefused(run("flood"), JobCode.OUTPUT_TOO_LARGE, "more than 1048576 bytes to stdout");
    }

    @Test
    void aTrapIsReportedWithWhatTheModuleSaidOnStderr() {
        JobResult result = run("trap");
        assertRefused(result, JobCode.TRAP, "unreachable");
        assertEquals("about to trap\n", new String(result.stderr(), StandardCharsets.UTF_8));
    }

    @Test
    void malformedBytesAreRefused() {
        byte[] primes = BuiltInWorkload.PRIME_COUNT.module();
        for (byte[] bad : List.of("not a module".getBytes(StandardCharsets.US_ASCII), new byte[0],
                Arrays.copyOf(primes, primes.length / 2), flipped(primes, 40))) {
            JobResult result = sandbox.run(bad, List.of("bad"), NO_INPUT);
            assertEquals(JobCode.INVALID_MODULE, result.code(), result::toString);
            assertTrue(result.sentence().startsWith("The module "), result.sentence());
        }
    }

    @Test
    void anIllTypedModuleIsRefusedAsInvalidNotReportedAsATrap() {
        assertRefused(run("ill-typed"), JobCode.INVALID_MODULE, "The module ");
    }

    @Test
    void aModuleOverTheSizeLimitIsRefusedUnread() {
        sandbox = new WasmSandbox(TestModules.testLimits().withMaxModuleBytes(100));
        assertRefused(sandbox.run(BuiltInWorkload.PRIME_COUNT.module(), List.of("primes"), NO_INPUT),
                JobCode.MODULE_TOO_LARGE, "at most 100");
    }

    @Test
    void inputAndArgumentsOverTheirLimitsAreRefused() {
        sandbox = new WasmSandbox(TestModules.testLimits().withMaxInputBytes(10));
        assertRefused(run("echo", new byte[11]), JobCode.INPUT_TOO_LARGE, "at most 10");
        assertRefused(sandbox.run(TestModules.load("echo"), List.of("echo", "x".repeat(70_000)), NO_INPUT),
                JobCode.ARGS_INVALID, "at most 65536");
        assertRefused(sandbox.run(TestModules.load("echo"), List.of("echo", "a\0b"), NO_INPUT), JobCode.ARGS_INVALID, "NUL");
        assertRefused(sandbox.run(TestModules.load("echo"), List.of(), NO_INPUT), JobCode.ARGS_INVALID, "program's name");
    }

    @Test
    void theClockAndRandomSourceGiveTheSameBytesOnEveryRun() {
        JobResult first = run("clock-random");
        JobResult second = new WasmSandbox(TestModules.testLimits()).run(TestModules.load("clock-random"), List.of("x"), NO_INPUT);
        assertEquals(JobCode.OK, first.code(), first::toString);
        assertArrayEquals(first.stdout(), second.stdout());
        ByteBuffer out = ByteBuffer.wrap(first.stdout()).order(ByteOrder.LITTLE_ENDIAN);
        long monotonic1 = out.getLong();
        long monotonic2 = out.getLong();
        long realtime = out.getLong();
        assertTrue(monotonic2 > monotonic1, "the virtual clock moves forward");
        assertEquals(JobWasi.EPOCH_NANOS + 3 * JobWasi.TICK_NANOS, realtime);
    }

    @Test
    void aCompiledModuleIsCachedByHash() {
        byte[] module = BuiltInWorkload.PRIME_COUNT.module();
        List<String> args = new PrimeCount(0, 1000).args();
        JobResult first = sandbox.run(module, args, NO_INPUT);
        JobResult second = sandbox.run(module, args, NO_INPUT);
        assertTrue(first.compileNanos() > 0);
        assertEquals(0, second.compileNanos(), "the second run reuses the compiled module");
        assertArrayEquals(first.stdout(), second.stdout());
    }

    @Test
    void theCacheKeepsOnlyTheMostRecentlyUsedModules() {
        var cache = new ModuleCache(2);
        cache.get("a", () -> null);
        cache.get("b", () -> null);
        cache.get("a", () -> null);
        cache.get("c", () -> null);
        assertTrue(cache.contains("a"));
        assertFalse(cache.contains("b"), "b was the least recently used");
        assertTrue(cache.contains("c"));
        assertEquals(2, cache.size());
    }

    @Test
    void aRefusedModuleLeavesTheSandboxWorking() {
        run("opens-file");
        run("grow-forever");
        run("flood");
        JobResult result = sandbox.run(BuiltInWorkload.PRIME_COUNT.module(), new PrimeCount(0, 100).args(), NO_INPUT);
        assertArrayEquals(new PrimeCount(0, 100).expectedOutput(), result.stdout());
    }

    private static byte[] flipped(byte[] bytes, int at) {
        byte[] copy = bytes.clone();
        for (int i = at; i < Math.min(copy.length, at + 8); i++) {
            copy[i] = (byte) 0xff;
        }
        return copy;
    }
}
