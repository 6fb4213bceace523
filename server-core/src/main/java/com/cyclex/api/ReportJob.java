package com.cyclex.api;

import com.cyclex.job.JobCode;

/**
 * The seller's agent reports how a job it ran ended: the sandbox's outcome, the module's exit code, the hashes
 * of its output and standard error (null for none) and the time it took.
 */
public record ReportJob(long actor, long job, JobCode outcome, int exitCode, String outputHash, long outputBytes,
                        String stderrHash, long cpuMillis, long wallMillis) implements Command {
}
