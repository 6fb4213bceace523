package com.cyclex.api;

/**
 * The exchange's books in four numbers (minor units). {@code sum} is the sum of every account including
 * ISSUANCE, which conservation keeps at zero.
 */
public record LedgerTotals(long issued, long fees, long leaseEscrow, long bidEscrow, long sum, long postings) {
}
