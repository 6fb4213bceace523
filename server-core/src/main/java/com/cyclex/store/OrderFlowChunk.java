package com.cyclex.store;

import com.cyclex.api.OrderInfo;
import com.cyclex.market.CancelReason;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * One member's order events, in the order written, packed into one ORDER_FLOW row. H2 spends 5-6 µs of a core
 * on every row it inserts and indexes, and most of it serialising pages (HistBench); with a row an event the
 * history writer was the largest cost of the gateway's pipelined flow (28 % of the CPU at 42,700 commands/s).
 * A chunk of up to {@link #MAX_EVENTS} events costs one row.
 *
 * <p>Each event is a few zigzag varints, seq, time and order id as steps from the event before (the first from 0). Enums are
 * written as codes from the tables below, not ordinals, so reordering an enum never misreads old history.
 */
final class OrderFlowChunk {
    /** Events a chunk holds at most: a few kilobytes, so a member's range is read a few pages at a time. */
    static final int MAX_EVENTS = 256;
    private static final int FORMAT = 1;

    private static final Side[] SIDES = {Side.BID, Side.ASK};
    private static final TimeInForce[] TIFS = {TimeInForce.GTC, TimeInForce.IOC, TimeInForce.FOK, TimeInForce.DAY};
    private static final CancelReason[] REASONS = {CancelReason.CANCELLED, CancelReason.REDUCED, CancelReason.IOC_REMAINDER,
        CancelReason.FOK_KILLED, CancelReason.SELF_TRADE, CancelReason.EXPIRED, CancelReason.MEMBER_INACTIVE};
    private static final int[] SIDE_CODE = codes(SIDES, Side.values().length);
    private static final int[] TIF_CODE = codes(TIFS, TimeInForce.values().length);
    private static final int[] REASON_CODE = codes(REASONS, CancelReason.values().length);

    /** An order as it stood after command {@code seq}, at exchange time {@code at}. */
    record Event(long seq, long at, OrderInfo order, CancelReason reason) {
    }

    final long member;
    private final Bytes bytes = new Bytes(1024);
    private int events;
    private long firstSeq;
    private long firstAt;
    private long lastSeq;
    private long lastAt;
    private long lastOrder;

    OrderFlowChunk(long member) {
        this.member = member;
        bytes.writeByte(FORMAT);
    }

    /** Adds the member's next event; its seq and time are never below the last one's. */
    void add(long seq, long at, OrderInfo o, CancelReason reason) {
        if (events == 0) {
            firstSeq = seq;
            firstAt = at;
        }
        bytes.writeLong(seq - lastSeq);
        bytes.writeLong(at - lastAt);
        bytes.writeLong(o.id() - lastOrder);
        bytes.writeLong(o.market());
        bytes.writeLong(SIDE_CODE[o.side().ordinal()] | (o.resting() ? 2 : 0) | TIF_CODE[o.timeInForce().ordinal()] << 2);
        bytes.writeLong(o.price());
        bytes.writeLong(o.openUnits());
        bytes.writeLong(o.filledUnits());
        bytes.writeLong(reason == null ? -1 : REASON_CODE[reason.ordinal()]);
        lastSeq = seq;
        lastAt = at;
        lastOrder = o.id();
        events++;
    }

    int events() {
        return events;
    }

    boolean full() {
        return events >= MAX_EVENTS;
    }

    long firstSeq() {
        return firstSeq;
    }

    long firstAt() {
        return firstAt;
    }

    long lastAt() {
        return lastAt;
    }

    byte[] data() {
        return bytes.toArray();
    }

    /** Hands each event of a chunk {@code member} wrote to {@code to}, in the order written. */
    static void read(long member, byte[] data, Consumer<Event> to) {
        Bytes.Reader r = new Bytes.Reader(data);
        int format = r.readByte();
        if (format != FORMAT) {
            throw new StoreException("The history holds order events in format " + format + ", which this version does not read"
                    + " (it reads format " + FORMAT + "): was it written by a newer Cyclex?");
        }
        long seq = 0;
        long at = 0;
        long order = 0;
        while (r.hasMore()) {
            seq += r.readLong();
            at += r.readLong();
            order += r.readLong();
            int market = r.readInt();
            int flags = r.readInt();
            long price = r.readLong();
            long open = r.readLong();
            long filled = r.readLong();
            int reason = r.readInt();
            OrderInfo o = new OrderInfo(order, market, member, SIDES[flags & 1], price, open, filled, TIFS[flags >>> 2], 0,
                    (flags & 2) != 0);
            to.accept(new Event(seq, at, o, reason < 0 ? null : REASONS[reason]));
        }
    }

    /** Each constant's code: its place in {@code table}, which must name every constant. */
    private static <E extends Enum<E>> int[] codes(E[] table, int constants) {
        int[] codes = new int[constants];
        Arrays.fill(codes, -1);
        for (int i = 0; i < table.length; i++) {
            codes[table[i].ordinal()] = i;
        }
        for (int i = 0; i < constants; i++) {
            if (codes[i] < 0) {
                throw new IllegalStateException("an enum constant has no code in the order flow's tables: add it at the end");
            }
        }
        return codes;
    }
}
