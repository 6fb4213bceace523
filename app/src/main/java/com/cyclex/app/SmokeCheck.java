package com.cyclex.app;

/**
 * What {@code --smoke} demands of an exchange that opened: recovery ran without stopping it, and the ledger
 * balances (every account summed, issuance included, is zero). Damage that recovery itself notices never gets this
 * far: the store refuses to open and the start ends with {@link ExitCode#DAMAGED}.
 */
final class SmokeCheck {
    private SmokeCheck() {
    }

    /** Why the opened exchange is not sound, with the exit code to end on; null when it is. */
    static Failure check(HostSummary summary, String hostFailure) {
        if (hostFailure != null) {
            return new Failure(ExitCode.DAMAGED, "The exchange opened but stopped at once: " + hostFailure);
        }
        long sum = summary.totals().sum();
        if (sum != 0) {
            return new Failure(ExitCode.UNBALANCED, "The ledger does not balance: its accounts sum to " + sum
                    + " minor units instead of 0, so credits were made or lost outside the mint. The data in "
                    + summary.dataDir() + " is damaged: restore it from a copy, and keep this one for a look.");
        }
        return null;
    }

    record Failure(ExitCode code, String sentence) {
    }
}
