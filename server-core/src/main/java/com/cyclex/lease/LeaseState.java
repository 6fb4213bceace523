package com.cyclex.lease;

/** Where a lease stands: SCHEDULED until its start, ACTIVE while the seller runs the buyer's work, then settled. */
public enum LeaseState {
    SCHEDULED,
    ACTIVE,
    DELIVERED,
    FAILED;

    /** Whether the lease is settled and leaves the open book. */
    public boolean finished() {
        return this == DELIVERED || this == FAILED;
    }
}
