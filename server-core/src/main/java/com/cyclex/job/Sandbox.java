package com.cyclex.job;

import java.util.List;

/**
 * The seam between jobs and the WebAssembly runtime: run this module with these arguments and this input
 * under the sandbox's limits, and say what happened. Implementations are safe to call from several threads.
 */
public interface Sandbox {

    /**
     * Runs a WASI preview 1 command module to its end, or until a limit stops it. Never throws for anything
     * the module does: refusals and failures come back as a result with a code and a sentence.
     *
     * @param module the module's bytes
     * @param args the program's argv, the program's name first (as in C)
     * @param input the bytes the program reads from stdin
     */
    JobResult run(byte[] module, List<String> args, byte[] input);

    /** The limits this sandbox applies to every job. */
    JobLimits limits();
}
