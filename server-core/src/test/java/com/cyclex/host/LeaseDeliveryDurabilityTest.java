package com.cyclex.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.api.AdvanceClock;
import com.cyclex.api.EndLease;
import com.cyclex.api.PlaceOrder;
import com.cyclex.exchange.Fixture;
import com.cyclex.lease.Lease;
import com.cyclex.lease.LeaseEnd;
import com.cyclex.lease.LeaseState;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lease half paid survives a crash and a clean close exactly as it stood (paid, fee taken, delivered-to),
 * goes on paying after the restart, and a failed lease is in the history with its reason and its refund.
 */
class LeaseDeliveryDurabilityTest {
    private static final long MINUTE = 60_000;

    @TempDir
    Path dir;

    private final AtomicLong clock = new AtomicLong(Fixture.T0);

    private ExchangeHost open() {
        return ExchangeHost.open(dir, SequencerOptions.defaults().withClock(clock::get));
    }

    private static Lease onlyLease(ExchangeHost host, long member) {
        List<Lease> open = host.read(r -> r.leasesOf(member));
        assertEquals(1, open.size(), "one open lease: " + open);
        return open.get(0);
    }

    @Test
    void aHalfPaidLeaseSurvivesACrashAndACloseAsItStoodAndGoesOnPaying() {
        Lease half;
        long hash;
        try (ExchangeHost host = open()) {
            TradingScript.setup().forEach(c -> assertTrue(host.execute(c).accepted(), c::toString));
            assertTrue(host.execute(PlaceOrder.limit(3, TradingScript.SPOT, Side.ASK, 500, 2, TimeInForce.GTC)).accepted());
            assertEquals(2, host.execute(PlaceOrder.limit(2, TradingScript.SPOT, Side.BID, 500, 2, TimeInForce.GTC)).filledUnits());
            clock.addAndGet(4 * MINUTE + 30_123);
            host.execute(new AdvanceClock());
            half = onlyLease(host, 2);
            assertEquals(LeaseState.ACTIVE, half.state());
            assertTrue(half.paid() > 0 && half.escrow() > 0, "paid part of the way: " + half);
            hash = host.read(r -> r.stateHash());
            host.crash();
        }
        try (ExchangeHost host = open()) {
            assertEquals(half, onlyLease(host, 2), "the crash lost nothing of what the lease had delivered");
            assertEquals(hash, (long) host.read(r -> r.stateHash()));
        }
        try (ExchangeHost host = open()) {
            assertEquals(0, host.recovered().replayed(), "the clean close checkpointed everything");
            assertEquals(half, onlyLease(host, 2), "the checkpoint keeps the delivery fields");
            clock.addAndGet(MINUTE);
            host.execute(new AdvanceClock());
            Lease later = onlyLease(host, 2);
            assertTrue(later.paid() > half.paid(), "it goes on paying after the restart: " + later);

            assertTrue(host.execute(new EndLease(3, later.id(), LeaseEnd.SELLER_WITHDREW)).accepted());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (host.history().mark() < host.lastSeq()) {
                assertTrue(System.nanoTime() < deadline, "history stuck");
                Thread.onSpinWait();
            }
            Lease failed = host.history().leasesOf(2, 10).get(0);
            assertEquals(LeaseState.FAILED, failed.state());
            assertEquals(LeaseEnd.SELLER_WITHDREW, failed.ending());
            assertEquals(later.value(), failed.paid() + failed.feeTaken() + failed.refunded(), "every credit accounted for");
            assertTrue(failed.refunded() > 0, "the undelivered rest went back: " + failed);
            assertEquals(0L, (long) host.read(r -> r.ledgerTotals().leaseEscrow()));
        }
    }
}
