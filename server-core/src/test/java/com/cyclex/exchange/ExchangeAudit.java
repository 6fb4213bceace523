package com.cyclex.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.cyclex.api.AccountInfo;
import com.cyclex.api.AdvanceClock;
import com.cyclex.api.BookDepth;
import com.cyclex.api.CancelAll;
import com.cyclex.api.CancelOrder;
import com.cyclex.api.Command;
import com.cyclex.api.CommandResult;
import com.cyclex.api.ExchangeEvent;
import com.cyclex.api.LeaveExchange;
import com.cyclex.api.LedgerTotals;
import com.cyclex.api.MarketInfo;
import com.cyclex.api.MintCredits;
import com.cyclex.api.OrderInfo;
import com.cyclex.api.PlaceOrder;
import com.cyclex.api.ReplaceOrder;
import com.cyclex.api.SuspendMember;
import com.cyclex.lease.Lease;
import com.cyclex.lease.LeaseState;
import com.cyclex.ledger.Escrow;
import com.cyclex.market.Delivery;
import com.cyclex.market.MarketSpec;
import com.cyclex.market.MarketStatus;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import com.cyclex.market.Trade;
import com.cyclex.member.MemberInfo;
import com.cyclex.member.MemberStatus;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Watches one exchange command by command and checks what must always hold, using only what the exchange
 * shows to readers and its events, and numbers worked out here independently of the engine:
 *
 * <ul>
 *   <li>the ledger balances: everything minted sits in members' accounts, the fees or the lease escrow;
 *   <li>escrow matches the books: each member's held credits are exactly the holds of its resting bids, its
 *       ask cores the open units of its asks, its leased cores the cores of the leases it sold;
 *   <li>nothing is negative, no book is crossed, only active members have orders, closed markets have none;
 *   <li>a refused command changes nothing and tells nothing, unless time passing did something;
 *   <li>what an accepted order reports agrees with its trades and its events;
 *   <li>each trade charges the fees its market's rates say, the buyer's to the exchange and the seller's into
 *       the lease;
 *   <li>a lease whose term has ended is delivered: gone from the open leases, its seller's fee earned, and
 *       open leases plus delivered ones are every trade.
 * </ul>
 */
final class ExchangeAudit {
    private final Exchange x;
    private final List<ExchangeEvent> events = new ArrayList<>();
    /** The fees the exchange should have earned by now: the buyers' fees of all trades and the sellers' of delivered leases. */
    private long expectedFees;
    /** Leases delivered or failed so far, as their events told. */
    private long delivered;

    // what stood before the command under audit
    private long hashBefore;
    private long clockBefore;
    private long nextOrderBefore;
    private long issuedBefore;
    private long tradesBefore;
    private Map<Long, OrderInfo> restingBefore;
    private boolean midnightPassed;
    private boolean timeEventDue;

    ExchangeAudit(Exchange x) {
        this.x = x;
        x.setEventSink(events::add);
        expectedFees = x.ledgerTotals().fees() - openFeesTaken();
        checkState();
    }

    /** Notes what the command will be judged against; call just before applying it at {@code time}. */
    void before(long time) {
        events.clear();
        hashBefore = x.stateHash();
        clockBefore = x.clock();
        nextOrderBefore = x.nextOrderId();
        issuedBefore = x.ledgerTotals().issued();
        tradesBefore = x.tradeCount();
        restingBefore = new HashMap<>();
        boolean dayOrders = false;
        for (MarketInfo m : x.markets()) {
            for (OrderInfo o : x.orders(m.id())) {
                restingBefore.put(o.id(), o);
                dayOrders |= o.timeInForce() == TimeInForce.DAY;
            }
        }
        long clock = Math.max(clockBefore, time);
        midnightPassed = Math.floorDiv(clock, TimeEvents.DAY_MILLIS) > Math.floorDiv(clockBefore, TimeEvents.DAY_MILLIS);
        boolean windowStarts = x.markets().stream().anyMatch(m -> m.spec().delivery() == Delivery.WINDOW
                && m.status() != MarketStatus.CLOSED && m.spec().windowStart() <= clock);
        boolean leaseDue = false;
        for (MemberInfo m : x.members()) {
            for (Lease lease : x.leasesOf(m.id())) {
                leaseDue |= lease.end() <= clock || lease.state() == LeaseState.SCHEDULED && lease.start() <= clock
                        || lease.state() == LeaseState.ACTIVE && lease.nextPayment() <= clock;
            }
        }
        // Under delivery rules 4, a verdict that has not come in time leaves its job done, unchecked.
        boolean checkOverdue = JobDesk.givesUpChecks(x.deliveryRules())
                && x.openJobs().stream().anyMatch(j -> JobDesk.verdictOverdue(j, clock));
        timeEventDue = midnightPassed && dayOrders || windowStarts || leaseDue || checkOverdue;
    }

    /** Checks the command's outcome and then the whole state. */
    void after(Command c, CommandResult r) {
        String what = c + " -> " + r;
        if (!r.accepted()) {
            assertNotNull(r.reason(), what);
            assertFalse(r.reason().isBlank(), what);
        }
        if (!r.accepted() || c instanceof AdvanceClock) {
            // Only time passing may change anything here, and only when something was due.
            assertEquals(timeEventDue, x.lastChangedState(), what + ": changed state?");
            if (!timeEventDue) {
                assertEquals(hashBefore, x.stateHash(), what + " changed the state");
                assertTrue(events.isEmpty(), what + " told events " + events);
            }
        } else {
            assertTrue(x.lastChangedState(), what + " was accepted but reported no change");
        }
        checkTimeEvents(what);
        checkDeliveries(what);

        long minted = r.accepted() && c instanceof MintCredits m ? m.amount() : 0;
        assertEquals(issuedBefore + minted, x.ledgerTotals().issued(), what + ": credits appeared or vanished");

        List<Lease> newLeases = newLeases();
        if (!r.accepted()) {
            assertTrue(newLeases.isEmpty(), what + " was refused but traded");
        }
        checkTrades(newLeases, what);
        if (r.accepted()) {
            checkAccepted(c, r, newLeases, what);
        }
        checkState();
    }

    /** Delivered leases earn the exchange their seller's fee; no lease outlives its term. */
    /**
     * Jobs: queued or running only on an open lease, and running only on an active one with no more than its
     * cores; in verification only after a report that ran to its end; each lease's open jobs bounded.
     */
    private void checkJobs() {
        Map<Long, Lease> open = new HashMap<>();
        for (Lease l : x.openLeases()) {
            open.put(l.id(), l);
        }
        Map<Long, Integer> running = new HashMap<>();
        Map<Long, Integer> perLease = new HashMap<>();
        for (com.cyclex.lease.Job j : x.openJobs()) {
            Lease l = open.get(j.lease());
            assertTrue(!j.state().finished(), "a finished job stays in the live state: " + j);
            perLease.merge(j.lease(), 1, Integer::sum);
            if (j.state() == com.cyclex.lease.JobState.VERIFYING) {
                assertEquals(com.cyclex.job.JobCode.OK, j.outcome(), "only a job that ran to its end is checked: " + j);
                assertTrue(j.verify() && j.outputHash() != null, j.toString());
                continue;
            }
            assertTrue(l != null, "a " + j.state() + " job outlived its lease: " + j);
            assertEquals(l.buyerId(), j.buyerId(), j.toString());
            assertEquals(l.sellerId(), j.sellerId(), j.toString());
            if (j.state() == com.cyclex.lease.JobState.RUNNING) {
                assertEquals(LeaseState.ACTIVE, l.state(), "a job runs on an active lease only: " + j);
                running.merge(j.lease(), 1, Integer::sum);
            }
        }
        running.forEach((lease, n) -> assertTrue(n <= open.get(lease).cores(), "lease " + lease + " runs " + n
                + " jobs on " + open.get(lease).cores() + " cores"));
        perLease.forEach((lease, n) -> assertTrue(n <= com.cyclex.lease.JobBook.MAX_OPEN_PER_LEASE, "lease " + lease + " holds " + n));
    }

    private void checkDeliveries(String what) {
        for (ExchangeEvent e : events) {
            if (e instanceof ExchangeEvent.LeaseUpdated u && u.lease().state() == LeaseState.DELIVERED) {
                assertTrue(u.lease().end() <= x.clock(), what + ": delivered before its end " + u.lease());
                assertEquals(0, u.lease().escrow(), what + ": a delivered lease holds escrow " + u.lease());
                expectedFees += u.lease().sellerFee();
                delivered++;
            } else if (e instanceof ExchangeEvent.LeaseUpdated u && u.lease().state() == LeaseState.FAILED) {
                Lease l = u.lease();
                assertNotNull(l.ending(), what + ": a failed lease says why " + l);
                assertEquals(0, l.escrow(), what + ": a failed lease holds escrow " + l);
                assertTrue(l.deliveredTo() <= Math.max(l.start(), x.clock()), what + ": paid for time not yet delivered " + l);
                assertTrue(l.start() < x.clock() || l.paid() + l.feeTaken() == 0, what + ": paid before it started " + l);
                // The seller keeps what was delivered, the fee its share of it, and the buyer has the rest back.
                expectedFees += l.feeTaken();
                delivered++;
            }
        }
        for (MemberInfo m : x.members()) {
            for (Lease lease : x.leasesOf(m.id())) {
                assertTrue(lease.end() > x.clock(), what + ": lease " + lease + " outlived its term");
                assertTrue(lease.state() != LeaseState.SCHEDULED || lease.start() > x.clock(), what + ": lease " + lease + " did not start");
                // Paid as delivered: never behind the last whole beat, never ahead of the clock, and the trade's
                // value always accounted for between escrow, the seller, the fee and the buyer's refund.
                assertTrue(lease.state() != LeaseState.ACTIVE || lease.nextPayment() > x.clock(), what + ": lease " + lease + " is behind on its payments");
                assertTrue(lease.deliveredTo() <= Math.max(lease.start(), x.clock()), what + ": lease " + lease + " paid ahead of time");
                long value = lease.trade().units() * lease.trade().price() * x.market(lease.trade().market()).spec().tickSize();
                assertEquals(value, lease.value(), what + ": lease " + lease + " lost track of its value");
                assertTrue(lease.feeTaken() <= lease.sellerFee() && lease.paid() >= 0 && lease.escrow() >= 0, what + ": " + lease);
            }
        }
    }

    /** Day orders that rested before midnight are gone; window markets whose delivery began are closed and empty. */
    private void checkTimeEvents(String what) {
        if (midnightPassed) {
            for (MarketInfo m : x.markets()) {
                for (OrderInfo o : x.orders(m.id())) {
                    assertFalse(o.timeInForce() == TimeInForce.DAY && o.id() < nextOrderBefore,
                            what + ": day order " + o + " outlived midnight");
                }
            }
        }
        for (MarketInfo m : x.markets()) {
            if (m.spec().delivery() == Delivery.WINDOW && m.spec().windowStart() <= x.clock()) {
                assertEquals(MarketStatus.CLOSED, m.status(), what + ": " + m.spec().symbol() + " still trades in its window");
            }
        }
    }

    /** The sellers' fees taken so far from leases still open. */
    private long openFeesTaken() {
        long sum = 0;
        for (MemberInfo m : x.members()) {
            for (Lease lease : x.leasesOf(m.id())) {
                if (lease.sellerId() == m.id()) {
                    sum += lease.feeTaken();
                }
            }
        }
        return sum;
    }

    private List<Lease> newLeases() {
        List<Lease> out = new ArrayList<>();
        for (MemberInfo m : x.members()) {
            for (Lease lease : x.leasesOf(m.id())) {
                if (lease.sellerId() == m.id() && lease.id() > tradesBefore) {
                    out.add(lease);
                }
            }
        }
        out.sort((p, q) -> Long.compare(p.id(), q.id()));
        return out;
    }

    /**
     * Every new trade is at the resting (maker) order's price, between the right members, and makes a lease
     * holding exactly its value, with the seller's fee at the seller's rate; the buyer's fee goes to FEES. A
     * resting bid pays at most the rate it reserved when it was placed, whatever the fees are now.
     */
    private void checkTrades(List<Lease> leases, String what) {
        long id = tradesBefore;
        for (Lease lease : leases) {
            assertEquals(++id, lease.id(), what + ": lease ids must run on");
            Trade t = lease.trade();
            MarketSpec spec = x.market(t.market()).spec();
            long makerId = t.aggressor() == Side.BID ? t.askOrderId() : t.bidOrderId();
            OrderInfo maker = restingBefore.get(makerId);
            assertNotNull(maker, what + ": trade " + t + " with an order that was not resting");
            assertEquals(maker.price(), t.price(), what + ": a trade is at the resting order's price");
            assertEquals(t.aggressor() == Side.BID ? t.sellerId() : t.buyerId(), maker.memberId(), what);
            assertTrue(t.buyerId() != t.sellerId(), what + ": a member traded with itself");
            assertEquals(x.clock(), t.time(), what);

            long value = t.units() * t.price() * spec.tickSize();
            int buyerRate = t.aggressor() == Side.BID ? spec.takerFeeBps() : Math.min(spec.makerFeeBps(), (int) maker.reserve());
            int sellerRate = t.aggressor() == Side.ASK ? spec.takerFeeBps() : spec.makerFeeBps();
            assertEquals(value, lease.escrow(), what + ": lease escrow of " + lease);
            assertEquals(floorFee(value, sellerRate), lease.sellerFee(), what + ": seller's fee of " + lease);
            assertEquals(t.units(), lease.cores(), what);
            long start = spec.delivery() == Delivery.WINDOW ? spec.windowStart() : t.time();
            assertEquals(start <= t.time() ? LeaseState.ACTIVE : LeaseState.SCHEDULED, lease.state(), what);
            assertEquals(start, lease.start(), what);
            assertEquals(start + spec.termMinutes() * 60_000L, lease.end(), what);
            expectedFees += floorFee(value, buyerRate);
        }
        assertEquals(id, x.tradeCount(), what);
        assertEquals(expectedFees + openFeesTaken(), x.ledgerTotals().fees(),
                what + ": fees are not the buyers' fees plus the sellers' of what was delivered");
    }

    /** value x bps / 10 000, rounded down, in exact arithmetic. */
    static long floorFee(long value, int bps) {
        return BigInteger.valueOf(value).multiply(BigInteger.valueOf(bps)).divide(BigInteger.valueOf(Escrow.BPS)).longValueExact();
    }

    private void checkAccepted(Command c, CommandResult r, List<Lease> leases, String what) {
        if (c instanceof PlaceOrder p) {
            assertEquals(nextOrderBefore, r.id(), what + ": order ids run on");
            assertEquals(nextOrderBefore + 1, x.nextOrderId(), what);
            long filled = unitsTraded(leases, r.id());
            assertEquals(filled, r.filledUnits(), what + ": filled units are not what traded");
            assertTrue(r.filledUnits() + r.openUnits() <= p.units(), what);
            if (!p.timeInForce().rests()) {
                assertEquals(0, r.openUnits(), what + ": an IOC or FOK order rests");
            }
            if (p.timeInForce() == TimeInForce.FOK) {
                assertTrue(r.filledUnits() == 0 || r.filledUnits() == p.units(), what + ": FOK filled in part");
            }
            checkOrderNow(p.market(), r, what);
        } else if (c instanceof ReplaceOrder rp) {
            OrderInfo old = restingBefore.get(rp.orderId());
            assertTrue(old != null && survivesTime(old), what + ": replaced an order that was not open");
            long filledNow = unitsTraded(leases, rp.orderId());
            assertEquals(old.filledUnits() + filledNow, r.filledUnits(), what);
            assertTrue(filledNow + r.openUnits() <= rp.newUnits(), what);
            checkOrderNow(rp.market(), r, what);
        } else if (c instanceof CancelOrder co) {
            assertNull(x.findOrder(co.market(), co.orderId()), what + ": still open");
            assertEquals(0, r.openUnits(), what);
            OrderInfo old = restingBefore.get(co.orderId());
            assertTrue(old != null && survivesTime(old), what + ": cancelled an order that was not open");
            assertEquals(co.actor(), old.memberId(), what + ": cancelled another's order");
        } else if (c instanceof CancelAll ca) {
            long had = restingBefore.values().stream().filter(this::survivesTime)
                    .filter(o -> o.memberId() == ca.actor() && (ca.market() == 0 || o.market() == ca.market())).count();
            assertEquals(had, r.openUnits(), what + ": count of cancelled orders");
            for (OrderInfo o : x.openOrders(ca.actor())) {
                assertFalse(ca.market() == 0 || o.market() == ca.market(), what + ": left " + o);
            }
        } else if (c instanceof SuspendMember s) {
            assertTrue(x.openOrders(s.member()).isEmpty(), what + ": orders of a suspended member");
        } else if (c instanceof LeaveExchange l) {
            assertTrue(x.openOrders(l.actor()).isEmpty(), what + ": orders of a member who left");
        }
    }

    /** The order's state on the book and in its last event agree with the result. */
    private void checkOrderNow(int market, CommandResult r, String what) {
        OrderInfo now = x.findOrder(market, r.id());
        if (r.openUnits() > 0) {
            assertNotNull(now, what + ": open units but not on the book");
            assertEquals(r.openUnits(), now.openUnits(), what);
        } else {
            assertNull(now, what + ": no open units but on the book");
        }
        OrderInfo told = null;
        for (ExchangeEvent e : events) {
            if (e instanceof ExchangeEvent.OrderUpdated u && u.order().id() == r.id()) {
                told = u.order();
            }
        }
        assertNotNull(told, what + ": no event for the order");
        assertEquals(r.openUnits(), told.openUnits(), what + ": event and result disagree");
        assertEquals(r.filledUnits(), told.filledUnits(), what + ": event and result disagree");
    }

    /** Whether a resting order outlives the time events that ran before the command: midnight, window starts. */
    private boolean survivesTime(OrderInfo o) {
        MarketSpec spec = x.market(o.market()).spec();
        boolean windowBegan = spec.delivery() == Delivery.WINDOW && spec.windowStart() <= x.clock();
        return !windowBegan && !(midnightPassed && o.timeInForce() == TimeInForce.DAY);
    }

    private static long unitsTraded(List<Lease> leases, long orderId) {
        long units = 0;
        for (Lease lease : leases) {
            Trade t = lease.trade();
            if (t.bidOrderId() == orderId || t.askOrderId() == orderId) {
                units += t.units();
            }
        }
        return units;
    }

    /** The rules that hold between any two commands, whatever came before. */
    void checkState() {
        checkJobs();
        Map<Long, Long> held = new HashMap<>();
        Map<Long, Long> askCores = new HashMap<>();
        for (MarketInfo m : x.markets()) {
            MarketSpec spec = m.spec();
            List<OrderInfo> orders = x.orders(m.id());
            if (m.status() == MarketStatus.CLOSED) {
                assertTrue(orders.isEmpty(), spec.symbol() + " is closed but has orders " + orders);
            }
            for (OrderInfo o : orders) {
                assertTrue(o.resting() && o.openUnits() >= 1, o.toString());
                assertTrue(o.price() >= spec.priceMin() && o.price() <= spec.priceMax(), o + " outside the band");
                assertTrue(o.timeInForce().rests(), o + " should not rest");
                assertEquals(MemberStatus.ACTIVE, x.member(o.memberId()).status(), o + " belongs to an inactive member");
                if (o.side() == Side.BID) {
                    held.merge(o.memberId(), Escrow.bidHold(o.openUnits(), o.price(), spec.tickSize(), (int) o.reserve()), Long::sum);
                } else {
                    askCores.merge(o.memberId(), o.openUnits(), Long::sum);
                }
            }
            BookDepth depth = x.depth(m.id(), 1);
            if (depth.bidLevels() > 0 && depth.askLevels() > 0 && depth.bidPrices()[0] >= depth.askPrices()[0]) {
                fail(spec.symbol() + " is crossed: bid " + depth.bidPrices()[0] + " >= ask " + depth.askPrices()[0]);
            }
        }

        LedgerTotals totals = x.ledgerTotals();
        assertEquals(0, totals.sum(), "the ledger does not sum to zero");
        long inAccounts = 0;
        long heldTotal = 0;
        long leaseEscrow = 0;
        long leases = 0;
        for (MemberInfo m : x.members()) {
            AccountInfo a = x.account(m.id());
            assertTrue(a.available() >= 0 && a.held() >= 0, "negative account " + a);
            assertEquals(held.getOrDefault(m.id(), 0L), a.held(), "held credits of " + m.name() + " are not its bids' escrow");
            assertEquals(askCores.getOrDefault(m.id(), 0L), a.askCores(), "ask cores of " + m.name() + " are not its asks");
            long sold = 0;
            for (Lease lease : x.leasesOf(m.id())) {
                if (lease.sellerId() == m.id()) {
                    sold += lease.cores();
                    leaseEscrow += lease.escrow();
                    leases++;
                }
            }
            assertEquals(sold, a.leasedCores(), "leased cores of " + m.name());
            assertTrue(a.declaredCores() >= 0 && a.spareCores() >= 0, m.name() + " sells more cores than it declared: " + a);
            inAccounts += a.available() + a.held();
            heldTotal += a.held();
        }
        assertTrue(totals.fees() >= 0, "negative fees");
        assertEquals(heldTotal, totals.bidEscrow());
        assertEquals(leaseEscrow, totals.leaseEscrow(), "lease escrow is not the sum of the leases");
        assertEquals(leases + delivered, x.tradeCount(), "open, delivered and failed leases are not every trade");
        assertEquals(totals.issued(), inAccounts + totals.fees() + totals.leaseEscrow(), "credits minted are not all accounted for");
    }
}
