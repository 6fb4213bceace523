package com.cyclex.ui.book;

import com.cyclex.api.AskRecord;

/**
 * How an ask level shows its sellers' record: a short mark in the ladder's first column (the share of their
 * ended leases they delivered) and a sentence for its tooltip. Asks of the operator's own show its units instead.
 */
final class SellerMark {
    private SellerMark() {
    }

    /** "✓98%", "new" while no lease of theirs has ended, "" when the record is not known yet. */
    static String of(AskRecord r) {
        if (r == null) {
            return "";
        }
        int percent = r.deliveredPercent();
        return percent < 0 ? (r.verificationsFailed() > 0 ? "✗ chk" : "new") : "✓" + percent + "%";
    }

    /** A record to be wary of: a lease failed through a seller here, or a check caught one. */
    static boolean doubtful(AskRecord r) {
        return r != null && (r.leasesFailed() > 0 || r.verificationsFailed() > 0);
    }

    static String sentence(AskRecord r) {
        String who = r.sellers() == 1 ? "The seller here has" : "The " + r.sellers() + " sellers here have";
        if (r.isNone()) {
            return who + " no record yet: no lease of theirs has ended and no job was checked.";
        }
        return String.format("%s delivered %d of %d leases that ended (%d failed through them); checks of their jobs: %d"
                        + " passed, %d failed.", who, r.leasesDelivered(), r.leasesDelivered() + r.leasesFailed(),
                r.leasesFailed(), r.verificationsPassed(), r.verificationsFailed());
    }
}
