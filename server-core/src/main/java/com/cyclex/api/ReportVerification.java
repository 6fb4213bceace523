package com.cyclex.api;

import com.cyclex.job.JobCode;

/**
 * The host's verdict on a job it ran again on other cores: the outcome, exit code and output hash it got.
 * The same as the seller's, and the job is done; different, and the seller's lease fails.
 */
public record ReportVerification(long actor, long job, JobCode outcome, int exitCode, String outputHash) implements Command {
}
