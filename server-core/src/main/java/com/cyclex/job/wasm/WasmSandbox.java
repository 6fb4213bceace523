package com.cyclex.job.wasm;

import com.cyclex.job.BlobStore;
import com.cyclex.job.JobCode;
import com.cyclex.job.JobException;
import com.cyclex.job.JobLimits;
import com.cyclex.job.JobResult;
import com.cyclex.job.Sandbox;
import com.dylibso.chicory.compiler.InterpreterFallback;
import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.ByteArrayMemory;
import com.dylibso.chicory.runtime.ChicoryInterruptedException;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasi.WasiExitException;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.MalformedException;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.UnlinkableException;
import com.dylibso.chicory.wasm.WasmModule;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Runs WASI preview 1 command modules on Chicory, compiled to JVM bytecode, under {@link JobLimits}:
 * no files, no network, no environment, a virtual clock, capped memory, output and time.
 * Compiled modules are cached by hash. Safe to call from several threads; each call runs on the caller's
 * thread (use {@link com.cyclex.job.JobExecutor} to bound how many run at once).
 */
public final class WasmSandbox implements Sandbox, AutoCloseable {
    /** How many compiled modules are kept by default. */
    public static final int DEFAULT_CACHE_SIZE = 32;

    /** Locals per function: far above what compilers emit, far below what exhausts a heap (and the JVM's 65535). */
    static final int MAX_LOCALS = 50_000;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final JobLimits limits;
    private final ModuleCache cache;
    private final Watchdog watchdog = new Watchdog();

    public WasmSandbox(JobLimits limits, int cacheSize) {
        this.limits = limits;
        this.cache = new ModuleCache(cacheSize);
    }

    public WasmSandbox(JobLimits limits) {
        this(limits, DEFAULT_CACHE_SIZE);
    }

    @Override
    public JobLimits limits() {
        return limits;
    }

    @Override
    public JobResult run(byte[] module, List<String> args, byte[] input) {
        try {
            return checkedRun(module, args, input);
        } catch (RuntimeException e) {
            return JobResult.failed(JobCode.INTERNAL, "The sandbox failed on its side (" + e + "); the module is not at fault.");
        }
    }

    private JobResult checkedRun(byte[] module, List<String> args, byte[] input) {
        if (module.length > limits.maxModuleBytes()) {
            return JobResult.failed(JobCode.MODULE_TOO_LARGE, "The module has " + module.length
                    + " bytes; this sandbox accepts at most " + limits.maxModuleBytes() + ".");
        }
        if (input.length > limits.maxInputBytes()) {
            return JobResult.failed(JobCode.INPUT_TOO_LARGE, "The input has " + input.length
                    + " bytes; this sandbox accepts at most " + limits.maxInputBytes() + ".");
        }
        String argsProblem = argsProblem(args);
        if (argsProblem != null) {
            return JobResult.failed(JobCode.ARGS_INVALID, argsProblem);
        }
        String hash = BlobStore.hashOf(module);
        boolean cached = cache.contains(hash);
        CompiledModule compiled;
        try {
            compiled = cache.get(hash, () -> compile(hash, module));
        } catch (JobException e) {
            return JobResult.failed(e.code(), e.getMessage());
        }
        return execute(compiled, args, input, cached ? 0 : compiled.compileNanos());
    }

    /** Parses, checks and compiles a module once, whatever jobs it will run. */
    CompiledModule compile(String hash, byte[] bytes) {
        long start = System.nanoTime();
        CountScan.check(bytes, MAX_LOCALS);
        WasmModule module;
        try {
            module = Parser.parse(bytes);
        } catch (MalformedException e) {
            throw new JobException(JobCode.INVALID_MODULE, "The module is not valid WebAssembly: " + e.getMessage() + ".", e);
        } catch (RuntimeException e) { // the parser meets untrusted bytes: whatever it throws, the bytes are at fault
            throw new JobException(JobCode.INVALID_MODULE, "The module could not be read as WebAssembly: " + e + ".", e);
        } catch (OutOfMemoryError e) {
            // one huge allocation a count asked for, refused whole: nothing was taken from other jobs
            throw new JobException(JobCode.INVALID_MODULE, "The module claims more entries than this machine could hold.", e);
        }
        ModuleCheck.check(module, limits);
        try {
            var machines = MachineFactoryCompiler.builder(module)
                    .withInterpreterFallback(InterpreterFallback.SILENT) // functions too large for one JVM method
                    .compile();
            return new CompiledModule(hash, module, machines, System.nanoTime() - start);
        } catch (ChicoryException | IllegalArgumentException | IllegalStateException e) {
            throw new JobException(JobCode.INVALID_MODULE, "The module does not validate: " + e.getMessage() + ".", e);
        }
    }

    private JobResult execute(CompiledModule compiled, List<String> args, byte[] input, long compileNanos) {
        var stdout = CappedOutput.stopping("stdout", limits.maxOutputBytes());
        var stderr = CappedOutput.truncating("stderr", limits.maxStderrBytes());
        var memoryCap = new MemoryCap(limits.maxMemoryBytes());
        Memory[] memory = new Memory[1];
        JobCode code = JobCode.OK;
        String sentence = JobCode.OK.sentence();
        int exitCode = 0;
        long wallStart = System.nanoTime();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        try (var wasi = new JobWasi(args, input, stdout, stderr);
             var watch = watchdog.watch(limits.timeLimit())) {
            try {
                Instance instance = Instance.builder(compiled.module())
                        .withMachineFactory(compiled.machines())
                        .withImportValues(wasi.imports())
                        .withMemoryFactory(declared -> memory[0] = new ByteArrayMemory(declared, memoryCap))
                        .withStart(false)
                        .build();
                instance.export("_start").apply();
            } catch (WasiExitException e) {
                exitCode = e.exitCode();
            } catch (LimitExceeded e) {
                code = e.code();
                sentence = e.getMessage();
            } catch (ChicoryInterruptedException e) {
                code = watch.fired() ? JobCode.TIMEOUT : JobCode.CANCELLED;
                sentence = watch.fired()
                        ? "The job ran past its time limit of " + limits.timeLimit().toMillis() + " ms and was stopped."
                        : "The job was cancelled before it ended.";
            } catch (UnlinkableException e) {
                code = JobCode.IMPORT_UNKNOWN;
                sentence = "The module imports a WASI function with a signature WASI does not have: " + e.getMessage() + ".";
            } catch (StackOverflowError e) {
                code = JobCode.TRAP;
                sentence = "The module trapped: its call stack is exhausted (too deep a recursion).";
            } catch (ChicoryException e) {
                code = JobCode.TRAP;
                sentence = "The module trapped: " + e.getMessage() + ".";
            } catch (RuntimeException e) {
                code = JobCode.INTERNAL;
                sentence = "The sandbox failed on its side (" + e + "); the module is not at fault.";
            }
        }
        if (code == JobCode.CANCELLED) {
            Thread.currentThread().interrupt(); // not ours: whoever interrupted should see it
        }
        long wall = System.nanoTime() - wallStart;
        long cpu = THREADS.getCurrentThreadCpuTime() - cpuStart;
        long memoryBytes = memory[0] == null ? 0 : (long) memory[0].pages() * JobLimits.PAGE_BYTES;
        boolean ok = code == JobCode.OK;
        return new JobResult(code, sentence, ok ? exitCode : -1, ok ? stdout.toByteArray() : new byte[0],
                stderr.toByteArray(), wall, cpu, compileNanos, memoryBytes);
    }

    private String argsProblem(List<String> args) {
        long total = 0;
        for (String arg : args) {
            if (arg.indexOf('\0') >= 0) {
                return "Argument " + (total == 0 ? "0" : "'" + abbreviate(arg) + "'") + " contains a NUL character, which C programs cannot see past.";
            }
            total += arg.getBytes(StandardCharsets.UTF_8).length + 1;
        }
        if (args.isEmpty()) {
            return "The arguments start with the program's name, as in C: give at least one.";
        }
        if (total > limits.maxArgBytes()) {
            return "The arguments take " + total + " bytes; this sandbox accepts at most " + limits.maxArgBytes() + ".";
        }
        return null;
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    @Override
    public void close() {
        watchdog.close();
    }
}
