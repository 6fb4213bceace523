package com.cyclex.job.wasm;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.wasm.WasmModule;
import java.util.function.Function;

/**
 * A module that passed {@link ModuleCheck}, with its functions compiled to JVM bytecode once, ready to be
 * instantiated for any number of jobs (each gets fresh memory and globals).
 *
 * @param compileNanos how long parsing, checking and compiling took
 */
record CompiledModule(String hash, WasmModule module, Function<Instance, Machine> machines, long compileNanos) {
}
