package com.cyclex.lease;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * All leases, by id; ids count from 1 in the order of the trades that made them. Each market's and each
 * member's lease ids are kept too, so a quiet market's latest trades or one member's leases are found without
 * walking everyone else's.
 */
public final class LeaseBook {
    private final List<Lease> byId = new ArrayList<>();
    private final Map<Long, IdList> byMarket = new HashMap<>();
    private final Map<Long, IdList> byMember = new HashMap<>();

    public long nextId() {
        return byId.size() + 1L;
    }

    public void add(Lease lease) {
        if (lease.id() != nextId()) {
            throw new IllegalArgumentException("lease " + lease.id() + " out of order; expected " + nextId());
        }
        byId.add(lease);
        index(byMarket, lease.trade().market(), lease.id());
        index(byMember, lease.buyerId(), lease.id());
        if (lease.sellerId() != lease.buyerId()) {
            index(byMember, lease.sellerId(), lease.id());
        }
    }

    private static void index(Map<Long, IdList> index, long key, long id) {
        index.computeIfAbsent(key, k -> new IdList()).add(id);
    }

    /** The latest {@code count} leases of one market, oldest first. */
    public List<Lease> latestOf(int market, int count) {
        return latest(byMarket.get((long) market), count);
    }

    /** A member's leases as buyer or seller, oldest first. */
    public List<Lease> of(long memberId) {
        return latest(byMember.get(memberId), Integer.MAX_VALUE);
    }

    private List<Lease> latest(IdList ids, int count) {
        if (ids == null || count <= 0) {
            return List.of();
        }
        List<Lease> out = new ArrayList<>(Math.min(ids.size, count));
        for (int i = Math.max(0, ids.size - count); i < ids.size; i++) {
            out.add(get(ids.ids[i]));
        }
        return out;
    }

    /** A growing list of lease ids without a boxed Long per id. */
    private static final class IdList {
        long[] ids = new long[16];
        int size;

        void add(long id) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = id;
        }
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
