package com.cyclex.job;

/** A job or blob operation that could not be done, with its code and a sentence for a person. */
public class JobException extends RuntimeException {
    private final JobCode code;

    public JobException(JobCode code, String sentence) {
        super(sentence);
        this.code = code;
    }

    public JobException(JobCode code, String sentence, Throwable cause) {
        super(sentence, cause);
        this.code = code;
    }

    /** Why it could not be done. */
    public JobCode code() {
        return code;
    }
}
