package com.cyclex.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.api.EventBatch;
import com.cyclex.api.ExchangeEvent;
import com.cyclex.api.HistoryQuery;
import com.cyclex.api.OrderInfo;
import com.cyclex.api.PastOrder;
import com.cyclex.market.CancelReason;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * A member's order history read from the packed order flow answers as a plain list of every event would: over
 * several slices, with a slice that an earlier version began (its events as ORDER_EVENT rows) and this one
 * went on writing, for any member, market, time range and limit.
 */
class OrderFlowHistoryTest {
    private static final long DAY = 24 * 3_600_000L;
    private static final long T0 = 1_800_000_000_000L;

    /** What the writer was handed: the order after command {@code seq} at {@code at}. */
    record Written(long seq, long at, OrderInfo order, CancelReason reason) {
    }

    @Property(tries = 15)
    void ordersReadBackAsTheEventsSay(@ForAll long seed) throws Exception {
        Random random = new Random(seed);
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "order-flow-");
        try {
            List<Written> all = stream(random, 1_500 + random.nextInt(1_500));
            int legacy = random.nextInt(200);
            while (legacy > 0 && all.get(legacy).seq() == all.get(legacy - 1).seq()) {
                legacy++; // the earlier version wrote whole commands
            }
            writeAsAnEarlierVersionDid(dir.resolve("db").resolve("history"), all.subList(0, legacy));
            try (Database db = Database.open(DataDir.open(dir))) {
                HistoryStore history = new HistoryStore(db, 0);
                try {
                    write(history, all.subList(legacy, all.size()));
                    assertEquals(all.size(), history.orderEventCount(), "every event, " + legacy + " of them in ORDER_EVENT");
                    assertTrue(history.sliceCount() > 2, "the stream spans several slices: " + history.sliceCount());
                    for (int i = 0; i < 40; i++) {
                        HistoryQuery q = query(random, all);
                        assertEquals(expected(all, q), history.orders(q), q.toString());
                    }
                } finally {
                    history.close();
                }
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Three members placing orders in two markets and changing them later, over days of exchange time. */
    private static List<Written> stream(Random random, int commands) {
        List<Written> out = new ArrayList<>();
        List<OrderInfo> orders = new ArrayList<>();
        long at = T0;
        long nextId = 1;
        for (long seq = 1; seq <= commands; seq++) {
            at += random.nextInt(50) == 0 ? random.nextInt((int) (DAY / 2)) : random.nextInt(3);
            int events = 1 + random.nextInt(3);
            for (int k = 0; k < events; k++) {
                OrderInfo o;
                if (orders.isEmpty() || random.nextInt(3) == 0) {
                    o = new OrderInfo(nextId++, 1 + random.nextInt(2), 1 + random.nextInt(3),
                            random.nextBoolean() ? Side.BID : Side.ASK, 1 + random.nextInt(50), 1 + random.nextInt(9), 0,
                            TimeInForce.values()[random.nextInt(TimeInForce.values().length)], 0, random.nextBoolean());
                    orders.add(o);
                } else {
                    OrderInfo was = orders.get(random.nextInt(orders.size()));
                    long filled = Math.min(was.openUnits(), random.nextInt(3));
                    o = new OrderInfo(was.id(), was.market(), was.memberId(), was.side(), was.price(), was.openUnits() - filled,
                            was.filledUnits() + filled, was.timeInForce(), 0, was.openUnits() - filled > 0 && random.nextBoolean());
                    orders.set(orders.indexOf(was), o);
                }
                CancelReason reason = random.nextInt(4) == 0 ? CancelReason.values()[random.nextInt(CancelReason.values().length)] : null;
                out.add(new Written(seq, at, o, reason));
            }
        }
        return out;
    }

    private static void write(HistoryStore history, List<Written> events) {
        int i = 0;
        while (i < events.size()) {
            EventBatch.Builder b = new EventBatch.Builder();
            long first = events.get(i).seq();
            long last = first;
            for (int commands = 0; i < events.size() && commands < 40; commands++) {
                last = events.get(i).seq();
                while (i < events.size() && events.get(i).seq() == last) {
                    Written w = events.get(i++);
                    b.add(new ExchangeEvent.OrderUpdated(w.order(), w.reason()));
                    b.stamp(w.seq(), w.at());
                }
            }
            history.write(b.build(first, last));
        }
        assertTrue(history.awaitMark(events.get(events.size() - 1).seq(), 60_000), "the history is written");
    }

    /** The rows and the mark an earlier version wrote into the slice of the first event. */
    private static void writeAsAnEarlierVersionDid(Path dir, List<Written> events) throws SQLException, IOException {
        if (events.isEmpty()) {
            return;
        }
        long start = Math.floorDiv(events.get(0).at(), DAY) * DAY;
        try (HistorySlice slice = HistorySlice.open(dir, start)) {
            Connection c = slice.writer();
            try (PreparedStatement p = c.prepareStatement("INSERT INTO ORDER_EVENT (SEQ, ORDER_ID, MARKET_ID, MEMBER_ID, SIDE, PRICE,"
                    + " OPEN_UNITS, FILLED_UNITS, TIME_IN_FORCE, RESTING, CANCEL_REASON, EVENT_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Written w : events) {
                    OrderInfo o = w.order();
                    p.setLong(1, w.seq());
                    p.setLong(2, o.id());
                    p.setInt(3, o.market());
                    p.setLong(4, o.memberId());
                    p.setString(5, o.side().name());
                    p.setLong(6, o.price());
                    p.setLong(7, o.openUnits());
                    p.setLong(8, o.filledUnits());
                    p.setString(9, o.timeInForce().name());
                    p.setBoolean(10, o.resting());
                    p.setString(11, w.reason() == null ? null : w.reason().name());
                    p.setLong(12, w.at());
                    p.executeUpdate();
                }
            }
            // The earlier version wrote a whole command's events at once: its mark is the last command it had.
            try (PreparedStatement p = c.prepareStatement("MERGE INTO SLICE_MARK (ID, LAST_SEQ, NEWEST_AT) KEY (ID) VALUES (1, ?, ?)")) {
                p.setLong(1, events.get(events.size() - 1).seq());
                p.setLong(2, events.get(events.size() - 1).at());
                p.executeUpdate();
            }
            c.commit();
        }
    }

    private static HistoryQuery query(Random random, List<Written> all) {
        long first = all.get(0).at();
        long last = all.get(all.size() - 1).at();
        if (random.nextInt(4) == 0) {
            return HistoryQuery.allOf(1 + random.nextInt(4), 1 + random.nextInt(600));
        }
        long a = first + (long) (random.nextDouble() * (last - first));
        long b = first + (long) (random.nextDouble() * (last - first));
        return new HistoryQuery(1 + random.nextInt(3), random.nextInt(3), Math.min(a, b), Math.max(a, b), 1 + random.nextInt(50));
    }

    /**
     * The model: orders with an event in the range (in the market asked for), placed at the earliest such
     * event, the newest ids first, each as its last event left it.
     */
    private static List<PastOrder> expected(List<Written> all, HistoryQuery q) {
        TreeMap<Long, Long> placed = new TreeMap<>(Comparator.reverseOrder());
        Map<Long, Written> latest = new HashMap<>();
        for (Written w : all) {
            if (w.order().memberId() != q.memberId()) {
                continue;
            }
            latest.put(w.order().id(), w);
            if ((q.market() == 0 || w.order().market() == q.market()) && w.at() >= q.fromTime() && w.at() <= q.toTime()) {
                placed.merge(w.order().id(), w.at(), Math::min);
            }
        }
        List<PastOrder> out = new ArrayList<>();
        for (Map.Entry<Long, Long> e : placed.entrySet()) {
            if (out.size() == q.limit()) {
                break;
            }
            Written w = latest.get(e.getKey());
            out.add(new PastOrder(w.order(), e.getValue(), w.at(), w.reason()));
        }
        return out;
    }
}
