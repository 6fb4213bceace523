package com.cyclex.store;

import com.cyclex.api.Command;

/**
 * Builds the payload of one group commit on the sequencer thread: the time of the first command, then each
 * command with its time as a delta from the one before. Sequence numbers are implicit: first, first + 1, ...
 */
public final class JournalBatch {
    /** H2 keeps binary values up to a million bytes inline; a batch stays under that. */
    public static final int MAX_BYTES = 960_000;
    /** The largest command we write is far below this; a batch closes when less than this is left. */
    static final int MAX_COMMAND_BYTES = 512;

    private final Bytes bytes = new Bytes(64 * 1024);
    private long firstSeq;
    private int count;
    private long lastTime;

    /** Starts a new batch whose first command will have this sequence number. */
    public void start(long firstSeq) {
        this.firstSeq = firstSeq;
        this.count = 0;
        bytes.reset();
    }

    public void add(long time, Command command) {
        if (count == 0) {
            bytes.writeFixedLong(time);
        } else {
            bytes.writeLong(time - lastTime);
        }
        lastTime = time;
        CommandCodec.write(bytes, command);
        count++;
    }

    /** Whether another command may not fit. */
    public boolean full() {
        return bytes.size() > MAX_BYTES - MAX_COMMAND_BYTES;
    }

    public int count() {
        return count;
    }

    public long firstSeq() {
        return firstSeq;
    }

    public long lastSeq() {
        return firstSeq + count - 1;
    }

    public int size() {
        return bytes.size();
    }

    public byte[] payload() {
        return bytes.toArray();
    }

    /** One journaled command: its sequence number, its time, and what it was. */
    public record Entry(long seq, long time, Command command) {
    }

    /** Hands every command of a payload to the visitor, in order. */
    public static void read(long firstSeq, byte[] payload, java.util.function.Consumer<Entry> visitor) {
        Bytes.Reader in = new Bytes.Reader(payload);
        long seq = firstSeq;
        long time = 0;
        boolean first = true;
        while (in.hasMore()) {
            time = first ? in.readFixedLong() : time + in.readLong();
            first = false;
            visitor.accept(new Entry(seq++, time, CommandCodec.read(in)));
        }
    }
}
