package com.cyclex.api;

import java.util.List;

/**
 * A buyer queues work on one of its leases: a WebAssembly (WASI preview 1) module run with these arguments
 * (the first is the program's name) on this input. Module and input are named by the SHA-256 hashes of blobs
 * the buyer has stored first; the journal carries only the hashes.
 */
public record SubmitJob(long actor, long lease, String moduleHash, List<String> args, String inputHash) implements Command {
    public SubmitJob {
        args = args == null ? null : List.copyOf(args);
    }
}
