package com.cyclex.lease;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The open leases (scheduled or active), by id; ids count from 1 in the order of the trades that made them.
 * A finished lease leaves the book (it lives on in the store's history), so the book holds what settlement
 * needs and nothing that only grows.
 *
 * <p>Leases are added in id order, so insertion-ordered maps keep every index in id order at O(1) a change.
 * Within one market every lease has the same term and starts at its trade (or at the market's one window),
 * so a market's leases start and end in the order they were made: one queue per market finds what is due
 * without sorting. A lease that leaves early stays in its queue until it reaches the head, and is skipped.
 */
public final class LeaseBook {
    private final LinkedHashMap<Long, Lease> open = new LinkedHashMap<>();
    private final Map<Long, LinkedHashMap<Long, Lease>> byMember = new HashMap<>();
    /** Per market, ids of leases not yet ended, in the order they were made; TreeMap for a fixed visiting order. */
    private final TreeMap<Integer, ArrayDeque<Long>> byMarket = new TreeMap<>();
    private long nextId = 1;
    private long nextDue = Long.MAX_VALUE;
    /** The highest id added so far: leases come in id order, new or restored. */
    private long lastAdded;

    /** The id the next lease gets; one more than the number of leases ever made. */
    public long nextId() {
        return nextId;
    }

    /** Leases ever made, open or finished. */
    public long made() {
        return nextId - 1;
    }

    /** Continues numbering after a restore. */
    public void restoreNextId(long id) {
        if (id < nextId) {
            throw new IllegalArgumentException("lease ids cannot go back from " + nextId + " to " + id);
        }
        nextId = id;
    }

    /** Opens a new lease (its id must be {@link #nextId()}), or puts back an open one while restoring, in id order. */
    public void add(Lease lease) {
        if (lease.state().finished()) {
            throw new IllegalArgumentException("lease " + lease.id() + " is already " + lease.state());
        }
        if (lease.id() >= nextId) {
            if (lease.id() != nextId) {
                throw new IllegalArgumentException("lease " + lease.id() + " out of order; expected " + nextId);
            }
            nextId++;
        } else if (lease.id() <= lastAdded) {
            throw new IllegalArgumentException("lease " + lease.id() + " is already open, or restored out of order");
        }
        lastAdded = lease.id();
        open.put(lease.id(), lease);
        byMember.computeIfAbsent(lease.buyerId(), k -> new LinkedHashMap<>()).put(lease.id(), lease);
        byMember.computeIfAbsent(lease.sellerId(), k -> new LinkedHashMap<>()).put(lease.id(), lease);
        byMarket.computeIfAbsent(lease.trade().market(), k -> new ArrayDeque<>()).addLast(lease.id());
        nextDue = Math.min(nextDue, dueOf(lease));
    }

    /** Replaces an open lease by its next state; a finished state takes it out of the book. */
    public void update(Lease lease) {
        if (!open.containsKey(lease.id())) {
            throw new IllegalArgumentException("lease " + lease.id() + " is not open");
        }
        if (lease.state().finished()) {
            open.remove(lease.id());
            forMembers(lease, mine -> mine.remove(lease.id()));
        } else {
            open.put(lease.id(), lease);
            forMembers(lease, mine -> mine.put(lease.id(), lease));
        }
    }

    private void forMembers(Lease lease, java.util.function.Consumer<LinkedHashMap<Long, Lease>> change) {
        for (long member : lease.sellerId() == lease.buyerId() ? new long[] {lease.buyerId()}
                : new long[] {lease.buyerId(), lease.sellerId()}) {
            LinkedHashMap<Long, Lease> mine = byMember.get(member);
            if (mine != null) {
                change.accept(mine);
                if (mine.isEmpty()) {
                    byMember.remove(member);
                }
            }
        }
    }

    /** The open lease with this id, or null. */
    public Lease get(long id) {
        return open.get(id);
    }

    /** A member's open leases as buyer or seller, oldest first. */
    public List<Lease> of(long memberId) {
        LinkedHashMap<Long, Lease> mine = byMember.get(memberId);
        return mine == null ? List.of() : List.copyOf(mine.values());
    }

    /** Every open lease, in id order. */
    public Collection<Lease> open() {
        return Collections.unmodifiableCollection(open.values());
    }

    public int openCount() {
        return open.size();
    }

    /**
     * Open leases with something due by {@code now} (a scheduled start or an end), market by market in id
     * order. Leases that are scheduled and not yet due stay at the head of their market's queue.
     */
    public List<Lease> dueBy(long now) {
        List<Lease> due = new ArrayList<>();
        for (ArrayDeque<Long> queue : byMarket.values()) {
            for (Long id : queue) {
                Lease lease = open.get(id);
                if (lease == null) {
                    continue;
                }
                boolean starts = lease.state() == LeaseState.SCHEDULED && lease.start() <= now;
                if (lease.end() > now && !starts) {
                    break;
                }
                due.add(lease);
            }
        }
        trim();
        nextDue = computeNextDue();
        return due;
    }

    /** Drops the ids at the heads of the queues whose leases have left the book. */
    private void trim() {
        var markets = byMarket.values().iterator();
        while (markets.hasNext()) {
            ArrayDeque<Long> queue = markets.next();
            while (!queue.isEmpty() && !open.containsKey(queue.peekFirst())) {
                queue.pollFirst();
            }
            if (queue.isEmpty()) {
                markets.remove();
            }
        }
    }

    /**
     * No lease has anything due before this time (a start or an end); Long.MAX_VALUE when nothing is open.
     * Kept up to date as leases are added, so the per-command check is one comparison.
     */
    public long nextDue() {
        return nextDue;
    }

    private static long dueOf(Lease lease) {
        return lease.state() == LeaseState.SCHEDULED ? lease.start() : lease.end();
    }

    private long computeNextDue() {
        long due = Long.MAX_VALUE;
        for (ArrayDeque<Long> queue : byMarket.values()) {
            for (Long id : queue) {
                Lease lease = open.get(id);
                if (lease != null) {
                    due = Math.min(due, dueOf(lease));
                    break;
                }
            }
        }
        return due;
    }

    /** The sum of escrow over the open leases. */
    public long escrowTotal() {
        long total = 0;
        for (Lease lease : open.values()) {
            total += lease.escrow();
        }
        return total;
    }
}
