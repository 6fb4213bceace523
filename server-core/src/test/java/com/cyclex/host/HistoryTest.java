package com.cyclex.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.api.AdvanceClock;
import com.cyclex.api.CancelOrder;
import com.cyclex.api.ExchangeReader;
import com.cyclex.api.HistoryQuery;
import com.cyclex.api.PastOrder;
import com.cyclex.api.PlaceOrder;
import com.cyclex.exchange.Fixture;
import com.cyclex.lease.Lease;
import com.cyclex.lease.LeaseState;
import com.cyclex.market.CancelReason;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import com.cyclex.market.Trade;
import com.cyclex.store.StoreFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finished history leaves memory and lives in the database: every trade, every lease in its last state, and
 * the whole order flow (placed, filled, cancelled, expired, with times and reasons) survive a clean close and a
 * crash alike, and can be read back by member, market and time.
 */
class HistoryTest {
    private static final long MINUTE = 60_000;

    @TempDir
    Path dir;

    private final AtomicLong clock = new AtomicLong(Fixture.T0);

    private SequencerOptions options() {
        return SequencerOptions.defaults().withClock(clock::get);
    }

    private static PlaceOrder order(long member, Side side, long price, long units, TimeInForce tif) {
        return PlaceOrder.limit(member, TradingScript.SPOT, side, price, units, tif);
    }

    /** Two trades between 2 and 3, one order cancelled, one IOC remainder killed, one still resting. */
    private void trade(ExchangeHost host) {
        TradingScript.setup().forEach(c -> assertTrue(host.execute(c).accepted(), c::toString));
        clock.addAndGet(1_000);
        long bid = host.execute(order(2, Side.BID, 500, 3, TimeInForce.GTC)).id();
        clock.addAndGet(1_000);
        assertEquals(2, host.execute(order(3, Side.ASK, 490, 2, TimeInForce.GTC)).filledUnits());
        clock.addAndGet(1_000);
        assertEquals(1, host.execute(order(3, Side.ASK, 500, 4, TimeInForce.IOC)).filledUnits());
        long cancelled = host.execute(order(4, Side.BID, 100, 1, TimeInForce.GTC)).id();
        assertTrue(host.execute(new CancelOrder(4, TradingScript.SPOT, cancelled)).accepted());
        assertTrue(host.execute(order(5, Side.ASK, 900, 1, TimeInForce.GTC)).accepted());
        assertEquals(0, (long) host.read(r -> r.orders(TradingScript.SPOT).stream().filter(o -> o.id() == bid).count()),
                "the first bid is filled");
    }

    private static void awaitHistory(ExchangeHost host) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (host.history().mark() < host.lastSeq()) {
            assertTrue(System.nanoTime() < deadline, "history stuck at " + host.history().mark() + " of " + host.lastSeq());
            Thread.onSpinWait();
        }
    }

    private void checkHistory(ExchangeHost host) {
        List<Trade> trades = host.history().tradesOf(2, 100);
        assertEquals(2, trades.size(), "both trades of member 2");
        assertEquals(List.of(500L, 500L), trades.stream().map(Trade::price).toList(), "at the resting bid's price");
        assertEquals(trades, host.history().tradesOf(3, 100), "the seller sees the same two");
        assertEquals(List.of(), host.history().tradesOf(4, 100));

        List<PastOrder> twos = host.history().orders(HistoryQuery.allOf(2, 100));
        assertEquals(1, twos.size());
        assertEquals(PastOrder.Outcome.FILLED, twos.get(0).outcome());
        assertEquals(3, twos.get(0).order().filledUnits());
        assertEquals(Fixture.T0 + 1_000, twos.get(0).placedAt());
        assertEquals(Fixture.T0 + 3_000, twos.get(0).updatedAt());

        List<PastOrder> threes = host.history().orders(HistoryQuery.allOf(3, 100));
        assertEquals(2, threes.size(), "the ask and the IOC");
        assertEquals(CancelReason.IOC_REMAINDER, threes.get(0).reason(), "newest first: the IOC lost its remainder");
        assertEquals(PastOrder.Outcome.ENDED, threes.get(0).outcome());
        assertEquals(PastOrder.Outcome.FILLED, threes.get(1).outcome());

        PastOrder cancelled = host.history().orders(HistoryQuery.allOf(4, 100)).get(0);
        assertEquals(CancelReason.CANCELLED, cancelled.reason());
        PastOrder resting = host.history().orders(HistoryQuery.allOf(5, 100)).get(0);
        assertEquals(PastOrder.Outcome.OPEN, resting.outcome());
        assertNull(resting.reason());

        List<PastOrder> windowOnly = host.history().orders(new HistoryQuery(3, TradingScript.WINDOW, Long.MIN_VALUE, Long.MAX_VALUE, 10));
        assertEquals(List.of(), windowOnly, "filtered by market");
        List<PastOrder> early = host.history().orders(new HistoryQuery(3, 0, Fixture.T0, Fixture.T0 + 2_500, 10));
        assertEquals(1, early.size(), "filtered by the time an order was placed");

        List<Lease> leases = host.history().leasesOf(3, 100);
        assertEquals(2, leases.size());
        assertTrue(leases.stream().allMatch(l -> l.sellerId() == 3 && l.buyerId() == 2));
    }

    @Test
    void historySurvivesACleanClose() {
        try (ExchangeHost host = ExchangeHost.open(dir, options())) {
            trade(host);
        }
        try (ExchangeHost host = ExchangeHost.open(dir, options())) {
            checkHistory(host);
            assertEquals(2, host.read(r -> r.recentTrades(TradingScript.SPOT, 10)).size(), "the recent trades come back from history");
        }
    }

    @Test
    void historyACrashCutShortIsWrittenFromTheJournal() {
        ExchangeHost host = ExchangeHost.open(dir, options());
        trade(host);
        host.crash();
        try (ExchangeHost reopened = ExchangeHost.open(dir, options())) {
            awaitHistory(reopened);
            checkHistory(reopened);
        }
    }

    @Test
    void aDeliveredLeaseLeavesMemoryPaysTheSellerAndStaysInHistory() {
        try (ExchangeHost host = ExchangeHost.open(dir, options())) {
            trade(host);
            long sellerBefore = host.read(r -> r.account(3).available());
            List<Lease> open = host.read(r -> r.leasesOf(3));
            assertEquals(2, open.size());
            assertTrue(open.stream().allMatch(l -> l.state() == LeaseState.ACTIVE));
            long owed = open.stream().mapToLong(l -> l.escrow() - l.sellerFee()).sum();

            clock.addAndGet(10 * MINUTE);
            assertTrue(host.execute(new AdvanceClock()).accepted());
            assertEquals(List.of(), host.read(r -> r.leasesOf(3)), "nothing open is left in memory");
            assertEquals(List.of(), host.read(r -> r.leasesOf(2)));
            assertEquals(sellerBefore + owed, (long) host.read(r -> r.account(3).available()), "paid less the seller's fee");
            assertEquals(0, (long) host.read(r -> r.account(3).leasedCores()), "the cores are the seller's again");
            assertEquals(0, (long) host.read(r -> r.ledgerTotals().leaseEscrow()));
            assertEquals(0, (long) host.read(r -> r.ledgerTotals().sum()));
            awaitHistory(host);
            assertTrue(host.history().leasesOf(3, 10).stream().allMatch(l -> l.state() == LeaseState.DELIVERED),
                    host.history().leasesOf(3, 10).toString());
        }
        assertEquals(0, StoreFiles.queryLong(dir, "SELECT COUNT(*) FROM OPEN_LEASE"), "the checkpoint holds no finished lease");
        try (ExchangeHost host = ExchangeHost.open(dir, options())) {
            assertEquals(List.of(LeaseState.DELIVERED, LeaseState.DELIVERED),
                    host.history().leasesOf(3, 10).stream().map(Lease::state).toList(), "the history keeps them, delivered");
            assertEquals(2L, (long) host.read(ExchangeReader::tradeCount), "trade ids go on after the last one");
        }
    }

    @Test
    void historyOlderThanItIsKeptForIsDeletedAndTheRestStays() {
        // Kept for 2 minutes of exchange time: the first trades' orders, trades and delivered leases go once the
        // clock is well past them; a lease still open keeps its trade; what is recent stays.
        try (ExchangeHost host = ExchangeHost.open(dir, options(), 2 * MINUTE)) {
            trade(host);
            awaitHistory(host);
            assertEquals(2, host.history().tradesOf(2, 100).size());
            for (int i = 0; i < 50; i++) { // 12.5 minutes: past the leases' 10-minute term, and two more
                clock.addAndGet(15_000);
                assertTrue(host.execute(order(4, Side.BID, 100 + i, 1, TimeInForce.GTC)).accepted());
                awaitHistory(host);
            }
            assertEquals(List.of(), host.history().tradesOf(2, 100), "the old trades (their leases delivered) are gone");
            assertEquals(List.of(), host.history().orders(HistoryQuery.allOf(2, 100)), "and the old orders' flow");
            assertTrue(host.history().rowsDeleted() > 0);
            // Kept in slices of a sixth of the keep time: six, the one being written and one on its way out at most.
            assertTrue(host.history().sliceCount() <= 8, host.history().sliceCount() + " history files");
            List<PastOrder> recent = host.history().orders(HistoryQuery.allOf(4, 100));
            assertTrue(recent.size() >= 6 && recent.size() <= 10, "the last two minutes of member 4's orders stay: " + recent.size());
        }
    }

    @Test
    void historyAnEarlierVersionKeptInTheDatabaseIsBroughtOverOnce() throws Exception {
        try (ExchangeHost host = ExchangeHost.open(dir, options())) {
            trade(host);
            awaitHistory(host);
        }
        // As an earlier version left it: the trades in the database's own tables, no history files.
        StoreFiles.update(dir, "INSERT INTO TRADE (ID, MARKET_ID, BID_ORDER_ID, ASK_ORDER_ID, BUYER_ID, SELLER_ID, PRICE,"
                + " UNITS, AGGRESSOR, TRADED_AT) VALUES (1, 1, 10, 11, 2, 3, 100, 1, 'BID', " + Fixture.T0 + "),"
                + " (2, 1, 12, 13, 2, 3, 101, 1, 'ASK', " + (Fixture.T0 + 1) + ")");
        try (var files = java.nio.file.Files.walk(dir.resolve("db").resolve("history"))) {
            for (java.nio.file.Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.delete(f);
            }
        }
        try (ExchangeHost host = ExchangeHost.open(dir, options())) {
            // Brought over while the exchange opens, before it takes its first command.
            assertEquals(List.of(100L, 101L), host.history().tradesOf(2, 100).stream().map(Trade::price).toList());
            assertEquals(1, host.history().sliceCount());
        }
        try (ExchangeHost host = ExchangeHost.open(dir, options())) {
            assertEquals(2, host.history().tradesOf(2, 100).size(), "brought over once, not again");
        }
    }
}
