package com.cyclex.lease;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The jobs not yet finished, by id and by lease. A finished job leaves: the history keeps it, so the live
 * state holds at most {@link #MAX_OPEN_PER_LEASE} jobs for each open lease (and those in verification).
 */
public final class JobBook {
    /** Jobs a lease may have waiting or running at once: a buyer queues work, it does not store it here. */
    public static final int MAX_OPEN_PER_LEASE = 1024;

    private final TreeMap<Long, Job> open = new TreeMap<>();
    private final Map<Long, List<Long>> byLease = new HashMap<>();
    private long nextId = 1;

    public long nextId() {
        return nextId++;
    }

    public long peekNextId() {
        return nextId;
    }

    public void restoreNextId(long next) {
        nextId = next;
    }

    public Job get(long id) {
        return open.get(id);
    }

    /** Adds or replaces an open job; a finished one leaves the book. */
    public void put(Job job) {
        if (job.state().finished()) {
            remove(job.id());
            return;
        }
        if (open.put(job.id(), job) == null) {
            byLease.computeIfAbsent(job.lease(), k -> new ArrayList<>()).add(job.id());
        }
    }

    private void remove(long id) {
        Job gone = open.remove(id);
        if (gone != null) {
            List<Long> ids = byLease.get(gone.lease());
            ids.remove(id);
            if (ids.isEmpty()) {
                byLease.remove(gone.lease());
            }
        }
    }

    /** The lease's open jobs, oldest first. */
    public List<Job> ofLease(long lease) {
        List<Long> ids = byLease.get(lease);
        List<Job> jobs = new ArrayList<>(ids == null ? 0 : ids.size());
        if (ids != null) {
            for (long id : ids) {
                jobs.add(open.get(id));
            }
        }
        return jobs;
    }

    public int openCount(long lease) {
        List<Long> ids = byLease.get(lease);
        return ids == null ? 0 : ids.size();
    }

    public long running(long lease) {
        return ofLease(lease).stream().filter(j -> j.state() == JobState.RUNNING).count();
    }

    /** Every open job in id order. */
    public Collection<Job> all() {
        return open.values();
    }

    public int size() {
        return open.size();
    }
}
