package com.cyclex.store;

import com.cyclex.api.Command;
import java.util.function.Consumer;

/**
 * Builds the payload of one group commit on the sequencer thread: the time of the first command, then each
 * command with its time as a delta from the one before, its idempotency key (or none) and the command itself.
 * Sequence numbers are implicit: first, first + 1, ...
 *
 * <p>Two payload forms exist. {@link #FORM_KEYED} is written today; {@link #FORM_PLAIN} (no keys) is what
 * version 1 of Cyclex wrote into the database, read once when such a data dir is opened.
 */
public final class JournalBatch {
    /** Version 1's payload: time, command. */
    static final int FORM_PLAIN = 1;
    /** Today's payload: time, idempotency key, command. */
    static final int FORM_KEYED = 2;

    /** A batch closes near this size, so one record stays well within what a reader takes in at once. */
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
        add(time, null, command);
    }

    /** Adds a command that ran at {@code time}, sent with an idempotency key (null for none). */
    public void add(long time, String key, Command command) {
        if (count == 0) {
            bytes.writeFixedLong(time);
        } else {
            bytes.writeLong(time - lastTime);
        }
        lastTime = time;
        bytes.writeString(key);
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

    /** One journaled command: its sequence number, its time, the key it was sent with (or null), and what it was. */
    public record Entry(long seq, long time, String key, Command command) {
    }

    /** Hands every command of a payload of today's form to the visitor, in order. */
    public static void read(long firstSeq, byte[] payload, Consumer<Entry> visitor) {
        read(FORM_KEYED, firstSeq, payload, visitor);
    }

    static void read(int form, long firstSeq, byte[] payload, Consumer<Entry> visitor) {
        if (form != FORM_PLAIN && form != FORM_KEYED) {
            throw new IllegalArgumentException("unknown journal payload form " + form);
        }
        Bytes.Reader in = new Bytes.Reader(payload);
        long seq = firstSeq;
        long time = 0;
        boolean first = true;
        while (in.hasMore()) {
            time = first ? in.readFixedLong() : time + in.readLong();
            first = false;
            String key = form == FORM_KEYED ? in.readString() : null;
            visitor.accept(new Entry(seq++, time, key, CommandCodec.read(in)));
        }
    }
}
