package com.cyclex.ui.jobs;

import com.cyclex.api.ExchangeEvent;
import com.cyclex.lease.Job;
import com.cyclex.lease.JobState;
import com.cyclex.lease.Lease;
import com.cyclex.lease.LeaseState;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The operator's jobs, as buyer (its work on the leases it bought) and as seller (the work running on its cores),
 * newest first: every open job, and the latest {@link #FINISHED_LIMIT} finished ones. Kept from one answer (open
 * jobs and the finished ones from the history) and the JobUpdated events after it, a frame's events at a time;
 * and the operator's leases, for what each job cost. Lives on the JavaFX thread; needs no screen.
 *
 * <p>The answer and the events race, and the history may lag the exchange: a job only ever moves forward
 * (queued, running, verifying, finished), so a copy in an earlier state than the one shown is older and is
 * dropped.
 */
public final class JobsModel {
    public static final int FINISHED_LIMIT = 500;
    /** Leases kept for the cost of their jobs: more than the jobs shown can name. */
    static final int LEASE_LIMIT = 2 * FINISHED_LIMIT;

    /** The operator's part in a job. */
    public enum Role { BUYER, SELLER }

    private static final Comparator<Job> NEWEST_FIRST = Comparator.comparingLong(Job::id).reversed();

    private final long me;
    private final int finishedLimit;
    private final ObservableList<Job> rows = FXCollections.observableArrayList();
    private final Map<Long, Job> byId = new HashMap<>();
    private final TreeSet<Long> finished = new TreeSet<>();
    private final Map<Long, Lease> leases = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Lease> eldest) {
            return size() > LEASE_LIMIT;
        }
    };
    private final int[] counts = new int[JobState.values().length];

    public JobsModel(long me) {
        this(me, FINISHED_LIMIT);
    }

    JobsModel(long me, int finishedLimit) {
        this.me = me;
        this.finishedLimit = finishedLimit;
    }

    /** Newest first. */
    public ObservableList<Job> jobs() {
        return rows;
    }

    public Role role(Job job) {
        return job.buyerId() == me ? Role.BUYER : Role.SELLER;
    }

    /** How many shown jobs are in this state. */
    public int count(JobState state) {
        return counts[state.ordinal()];
    }

    /** The lease a job runs on, if this terminal has heard of it. */
    public Lease lease(long id) {
        return leases.get(id);
    }

    /** What a finished job cost its buyer (its run time's part of the lease's value); null while unknown. */
    public Long cost(Job job) {
        Lease lease = leases.get(job.lease());
        return lease == null || !job.state().finished() ? null : job.costOf(lease);
    }

    /** The operator's open leases as buyer, for running work on: active ones first, then the scheduled. */
    public List<Lease> leasesToRunOn(long nowMillis) {
        List<Lease> open = new ArrayList<>();
        for (Lease l : leases.values()) {
            if (l.buyerId() == me && l.end() > nowMillis
                    && (l.state() == LeaseState.ACTIVE || l.state() == LeaseState.SCHEDULED)) {
                open.add(l);
            }
        }
        open.sort(Comparator.comparing((Lease l) -> l.state() != LeaseState.ACTIVE).thenComparing(Lease::id, Comparator.reverseOrder()));
        return open;
    }

    /** The leases answer: open ones and those from the history, so that finished jobs have a cost. */
    public void leasesAnswered(List<Lease> answer) {
        for (Lease l : answer) {
            Lease old = leases.get(l.id());
            if (old == null || !old.state().equals(LeaseState.DELIVERED) && !old.state().equals(LeaseState.FAILED)) {
                leases.put(l.id(), l);
            }
        }
    }

    /** The first answer: open jobs and finished ones; returns the jobs that changed what is shown. */
    public List<Job> answered(List<Job> open, List<Job> history) {
        List<Job> changed = new ArrayList<>();
        for (List<Job> part : List.of(history, open)) {
            for (Job j : part) {
                if (put(j)) {
                    changed.add(j);
                }
            }
        }
        return changed;
    }

    /** One frame's events: each job changes once, to its latest copy; returns the jobs that changed what is shown. */
    public List<Job> apply(List<ExchangeEvent> events) {
        Map<Long, Job> latest = new LinkedHashMap<>();
        for (ExchangeEvent e : events) {
            if (e instanceof ExchangeEvent.JobUpdated u && (u.job().buyerId() == me || u.job().sellerId() == me)) {
                latest.put(u.job().id(), u.job());
            } else if (e instanceof ExchangeEvent.LeaseUpdated u && (u.lease().buyerId() == me || u.lease().sellerId() == me)) {
                leases.put(u.lease().id(), u.lease());
            }
        }
        List<Job> changed = new ArrayList<>(latest.size());
        for (Job j : latest.values()) {
            if (put(j)) {
                changed.add(j);
            }
        }
        return changed;
    }

    private static int rank(JobState s) {
        return s.finished() ? 3 : s.ordinal();
    }

    private boolean put(Job job) {
        Job old = byId.get(job.id());
        if (old != null && (rank(job.state()) < rank(old.state()) || old.equals(job))) {
            return false;
        }
        if (old == null && job.state().finished() && finished.size() >= finishedLimit && job.id() < finished.first()) {
            return false; // older than every finished job kept
        }
        byId.put(job.id(), job);
        if (old != null) {
            counts[old.state().ordinal()]--;
            rows.set(Collections.binarySearch(rows, old, NEWEST_FIRST), job);
        } else {
            int at = Collections.binarySearch(rows, job, NEWEST_FIRST);
            rows.add(-at - 1, job);
        }
        counts[job.state().ordinal()]++;
        if (job.state().finished()) {
            finished.add(job.id());
            while (finished.size() > finishedLimit) {
                Job gone = byId.remove(finished.pollFirst());
                counts[gone.state().ordinal()]--;
                rows.remove(Collections.binarySearch(rows, gone, NEWEST_FIRST));
            }
        }
        return true;
    }
}
