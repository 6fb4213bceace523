package com.cyclex.job.wasm;

import com.cyclex.job.JobCode;

/** Thrown from inside a running module (a memory grow, a write) to stop it at one of the sandbox's limits. */
final class LimitExceeded extends RuntimeException {
    private final JobCode code;

    LimitExceeded(JobCode code, String sentence) {
        super(sentence, null, false, false); // no stack trace: it is an outcome, not a bug
        this.code = code;
    }

    JobCode code() {
        return code;
    }
}
