package com.cyclex.job;

/**
 * Every outcome of a job or a blob operation, with a stable number grouped by where it comes from:
 * 1xx refused before the module ran, 2xx stopped while it ran, 3xx the blob store, 9xx the sandbox itself.
 * A result carries one of these and a sentence for a person, usually more specific than {@link #sentence()}.
 */
public enum JobCode {
    OK(0, "The job ran to its end."),

    MODULE_TOO_LARGE(100, "The module is larger than this sandbox accepts."),
    INPUT_TOO_LARGE(101, "The input is larger than this sandbox accepts."),
    ARGS_INVALID(102, "The arguments are too many, too long, or contain a NUL character."),
    INVALID_MODULE(103, "The module is not valid WebAssembly."),
    NO_ENTRY_POINT(104, "The module exports no _start function: it is not a WASI command."),
    IMPORT_REFUSED(105, "The module imports a file, socket or other host function that jobs may not use."),
    IMPORT_UNKNOWN(106, "The module imports something the sandbox does not offer."),
    TABLE_LIMIT(107, "The module declares a larger table than this sandbox accepts."),

    TIMEOUT(200, "The job ran past its time limit and was stopped."),
    MEMORY_LIMIT(201, "The job needs more linear memory than this sandbox allows."),
    OUTPUT_TOO_LARGE(202, "The job wrote more output than this sandbox allows and was stopped."),
    TRAP(203, "The module trapped: it hit unreachable, an out-of-bounds access, a division by zero or a full stack."),
    CANCELLED(204, "The job was cancelled before it ended."),
    QUEUE_FULL(205, "Too many jobs are waiting for a free slot."),

    BLOB_MISSING(300, "No blob has that hash in the store."),
    BLOB_CORRUPT(301, "The stored blob does not match its hash."),
    BLOB_TOO_LARGE(302, "The blob is larger than the store accepts for its kind."),
    BLOB_HASH_INVALID(303, "A blob hash is 64 lower-case hexadecimal digits (SHA-256)."),
    BLOB_IO(304, "The blob store could not read or write its files."),

    LEASE_ENDED(400, "The lease ended before the job ran: its seller's cores are no longer the buyer's."),
    VERIFICATION_FAILED(401, "Run again on other cores, the job gave a different output: the seller's result is not trusted."),

    INTERNAL(900, "The sandbox failed on its side; the module is not at fault.");

    private final int number;
    private final String sentence;

    JobCode(int number, String sentence) {
        this.number = number;
        this.sentence = sentence;
    }

    /** The stable number of this code, for logs, the journal and remote clients. */
    public int number() {
        return number;
    }

    /** The general sentence; results usually carry a more specific one. */
    public String sentence() {
        return sentence;
    }

    /** The code with this stable number, or null for a number this build does not know. */
    public static JobCode of(int number) {
        for (JobCode c : values()) {
            if (c.number == number) {
                return c;
            }
        }
        return null;
    }

    /**
     * True when the outcome says something about the module or the seller, false when it says only that the
     * machine running it had a problem of its own (a missing blob, a full queue, an internal failure): a
     * verification run that ends so decides nothing.
     */
    public boolean decisive() {
        return !(this == QUEUE_FULL || this == INTERNAL || (number >= 300 && number < 400));
    }

    /** True when the sandbox refused the job before any of its code ran. */
    public boolean refusedBeforeRunning() {
        return number >= 100 && number < 200;
    }
}
