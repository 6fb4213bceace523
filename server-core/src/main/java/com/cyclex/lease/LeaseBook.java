package com.cyclex.lease;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** All leases, by id; ids count from 1 in the order of the trades that made them. */
public final class LeaseBook {
    private final List<Lease> byId = new ArrayList<>();

    public long nextId() {
        return byId.size() + 1L;
    }

    public void add(Lease lease) {
        if (lease.id() != nextId()) {
            throw new IllegalArgumentException("lease " + lease.id() + " out of order; expected " + nextId());
        }
        byId.add(lease);
    }

    /** The lease with this id, or null. */
    public Lease get(long id) {
        return id >= 1 && id <= byId.size() ? byId.get((int) (id - 1)) : null;
    }

    public int size() {
        return byId.size();
    }

    /** Leases from id {@code fromId} on, in id order. */
    public List<Lease> from(long fromId) {
        int from = (int) Math.max(0, Math.min(byId.size(), fromId - 1));
        return Collections.unmodifiableList(byId.subList(from, byId.size()));
    }

    /** The sum of escrow over leases that still hold some. */
    public long escrowTotal() {
        long total = 0;
        for (Lease lease : byId) {
            total += lease.escrow();
        }
        return total;
    }
}
