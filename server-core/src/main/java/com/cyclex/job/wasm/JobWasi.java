package com.cyclex.job.wasm;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasi.WasiOptions;
import com.dylibso.chicory.wasi.WasiPreview1;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The WASI preview 1 functions one job sees: its arguments, stdin from its input, capped stdout and stderr,
 * no environment, no preopened directories, and — so that every run of a job gives the same bytes — a
 * virtual clock and a seeded random source. Only the functions {@link ModuleCheck#OFFERED} are linked.
 */
final class JobWasi implements AutoCloseable {
    /** Real time as a job sees it: 2026-01-01T00:00:00Z, plus its virtual time. */
    static final long EPOCH_NANOS = 1_767_225_600L * 1_000_000_000L;
    /** Each clock reading advances the virtual clock by this much, so that loops waiting for time end. */
    static final long TICK_NANOS = 1_000;
    /** random_get gives java.util.Random's (fully specified) stream from this seed: the same everywhere. */
    static final long RANDOM_SEED = 0x5EED_C1C1E7L;

    private static final int ESUCCESS = 0;
    private static final int EINVAL = 28; // WASI's errno numbers; Chicory keeps its enum package-private
    private static final int CLOCK_REALTIME = 0;
    private static final int CLOCK_THREAD_CPUTIME = 3;

    private final WasiPreview1 wasi;
    private long virtualNanos;

    JobWasi(List<String> args, byte[] input, OutputStream stdout, OutputStream stderr) {
        var options = WasiOptions.builder()
                .withArguments(args)
                .withStdin(new ByteArrayInputStream(input))
                .withStdout(stdout)
                .withStderr(stderr)
                .withRandom(new Random(RANDOM_SEED))
                .build();
        this.wasi = WasiPreview1.builder().withOptions(options).build();
    }

    /** The host functions to link: the offered WASI functions, with the clock replaced by the virtual one. */
    ImportValues imports() {
        List<HostFunction> functions = new ArrayList<>();
        for (HostFunction function : wasi.toHostFunctions()) {
            String name = function.name();
            if (ModuleCheck.OFFERED.contains(name) && !name.startsWith("clock_")) {
                functions.add(function);
            }
        }
        functions.add(new HostFunction(ModuleCheck.WASI, "clock_res_get",
                FunctionType.of(List.of(ValType.I32, ValType.I32), List.of(ValType.I32)),
                (Instance instance, long... args) -> new long[] {clockResolution(instance, (int) args[0], (int) args[1])}));
        functions.add(new HostFunction(ModuleCheck.WASI, "clock_time_get",
                FunctionType.of(List.of(ValType.I32, ValType.I64, ValType.I32), List.of(ValType.I32)),
                (Instance instance, long... args) -> new long[] {clockTime(instance, (int) args[0], (int) args[2])}));
        return ImportValues.builder().addFunction(functions.toArray(HostFunction[]::new)).build();
    }

    private long clockResolution(Instance instance, int clockId, int resultPointer) {
        if (clockId < CLOCK_REALTIME || clockId > CLOCK_THREAD_CPUTIME) {
            return EINVAL;
        }
        instance.memory().writeLong(resultPointer, TICK_NANOS);
        return ESUCCESS;
    }

    private long clockTime(Instance instance, int clockId, int resultPointer) {
        if (clockId < CLOCK_REALTIME || clockId > CLOCK_THREAD_CPUTIME) {
            return EINVAL;
        }
        virtualNanos += TICK_NANOS;
        instance.memory().writeLong(resultPointer, clockId == CLOCK_REALTIME ? EPOCH_NANOS + virtualNanos : virtualNanos);
        return ESUCCESS;
    }

    @Override
    public void close() {
        wasi.close();
    }
}
