package com.cyclex.api;

import java.util.List;

/**
 * The events of one committed group of commands, with the sequence number and time of the command behind
 * each event. Sequence numbers only grow, so a subscriber that remembers the last one it saw can resume
 * exactly there (the network's event stream does).
 */
public final class EventBatch {
    private final long firstSeq;
    private final long lastSeq;
    private final List<ExchangeEvent> events;
    private final long[] seqs;
    private final long[] times;

    /**
     * @param firstSeq the first command of the group; {@code lastSeq} the last (a group may hold commands that
     *     changed nothing anyone hears about, so not every number has events)
     * @param seqs the sequence number of the command behind each event, parallel to {@code events}
     * @param times the time each event's command ran at, epoch milliseconds, parallel to {@code events}
     */
    public EventBatch(long firstSeq, long lastSeq, List<ExchangeEvent> events, long[] seqs, long[] times) {
        if (seqs.length != events.size() || times.length != events.size()) {
            throw new IllegalArgumentException("one sequence number and one time per event");
        }
        this.firstSeq = firstSeq;
        this.lastSeq = lastSeq;
        this.events = List.copyOf(events);
        this.seqs = seqs.clone();
        this.times = times.clone();
    }

    public long firstSeq() {
        return firstSeq;
    }

    public long lastSeq() {
        return lastSeq;
    }

    public List<ExchangeEvent> events() {
        return events;
    }

    /** The sequence number of the command behind event {@code i}. */
    public long seqOf(int i) {
        return seqs[i];
    }

    /** The time event {@code i}'s command ran at. */
    public long timeOf(int i) {
        return times[i];
    }

    public int size() {
        return events.size();
    }

    /**
     * Gathers events as commands run and stamps each with its command's sequence number and time: the sequencer
     * and the journal's replay build batches the same way.
     */
    public static final class Builder {
        private final List<ExchangeEvent> events = new java.util.ArrayList<>();
        private long[] seqs = new long[16];
        private long[] times = new long[16];
        private int stamped;

        /** Where a command's events go while it runs. */
        public void add(ExchangeEvent event) {
            events.add(event);
        }

        /** Gives every event added since the last stamp the sequence number and time of the command that made it. */
        public void stamp(long seq, long time) {
            int n = events.size();
            if (n > seqs.length) {
                seqs = java.util.Arrays.copyOf(seqs, Math.max(n, seqs.length * 2));
                times = java.util.Arrays.copyOf(times, seqs.length);
            }
            for (int i = stamped; i < n; i++) {
                seqs[i] = seq;
                times[i] = time;
            }
            stamped = n;
        }

        public int size() {
            return events.size();
        }

        /** The stamped events as a batch of commands {@code firstSeq} to {@code lastSeq}. */
        public EventBatch build(long firstSeq, long lastSeq) {
            return new EventBatch(firstSeq, lastSeq, events.subList(0, stamped), java.util.Arrays.copyOf(seqs, stamped),
                    java.util.Arrays.copyOf(times, stamped));
        }

        /** Starts again, empty. */
        public void clear() {
            events.clear();
            stamped = 0;
        }
    }
}
