package com.cyclex.job.wasm;

import com.cyclex.job.JobCode;
import com.cyclex.job.JobLimits;
import com.dylibso.chicory.runtime.alloc.MemAllocStrategy;

/**
 * Allocates a job's linear memory, doubling ahead (so that growing page by page does not copy quadratically)
 * but never past the seller's cap, and stops the job when it asks for more than the cap. Chicory calls this only for a grow the module's own maximum allows, so
 * a grow past the module's own maximum still gets -1, as WebAssembly says.
 */
final class MemoryCap implements MemAllocStrategy {
    private final long capBytes;

    MemoryCap(long capBytes) {
        this.capBytes = capBytes;
    }

    @Override
    public int initial(int min) {
        return min;
    }

    @Override
    public int next(int current, int target) {
        if (target > capBytes || target < 0) {
            throw new LimitExceeded(JobCode.MEMORY_LIMIT, "The job asked for " + describe(target)
                    + " of linear memory; this sandbox allows " + capBytes / JobLimits.PAGE_BYTES + " pages ("
                    + (capBytes >> 20) + " MiB).");
        }
        long doubled = Math.max(target, 2L * current);
        return (int) Math.min(doubled, capBytes);
    }

    private static String describe(int bytes) {
        return bytes < 0 ? "more than 2 GiB" : bytes / JobLimits.PAGE_BYTES + " pages";
    }
}
