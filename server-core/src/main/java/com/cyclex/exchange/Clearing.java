package com.cyclex.exchange;

import com.cyclex.api.ExchangeEvent;
import com.cyclex.ledger.Escrow;
import com.cyclex.ledger.Ledger;
import com.cyclex.ledger.PostingReason;
import com.cyclex.lease.Lease;
import com.cyclex.lease.LeaseBook;
import com.cyclex.lease.LeaseEnd;
import com.cyclex.lease.LeaseState;
import com.cyclex.market.BookListener;
import com.cyclex.market.CancelReason;
import com.cyclex.market.Delivery;
import com.cyclex.market.MarketSpec;
import com.cyclex.market.Order;
import com.cyclex.market.Side;
import com.cyclex.market.Trade;
import com.cyclex.member.Member;
import com.cyclex.member.MemberRegistry;
import java.util.List;

/**
 * Turns what the books do into credits, cores and leases. Every fill moves the buyer's escrow into the
 * lease's escrow (plus the buyer's fee to the exchange) and the seller's held cores into the lease; every
 * cancel gives back what its units held. Replaces settle their own escrow before the book moves, so the
 * units a replace removes ({@link CancelReason#REDUCED}) release nothing here.
 */
final class Clearing implements BookListener {
    private final MemberRegistry members;
    private final Ledger ledger;
    private final LeaseBook leases;
    private final EventCollector events;
    private final RecentTrades recent;

    /**
     * A running digest of everything that has left the live state (trades made, leases settled): the state
     * hash covers the live state plus this one number, so its cost does not grow with history.
     */
    private StateHash history = new StateHash();

    /** The market whose book is working, and the time of the command that set it working. */
    private Market market;
    private long now;
    /** Delivery rules: 1 pays at the end of the term only (journals written before 2), 2 pays as it is delivered. */
    private int rules = CURRENT_RULES;
    /** 3 also keeps sellers' reputations and takes jobs; a journal written under 2 replays without them. */
    /** 4 also gives up a verification the host has not given in time (see {@link JobDesk#giveUpChecks}). */
    static final int CURRENT_RULES = 4;
    /** Told of every lease that ends, so that its unfinished jobs end with it. */
    private java.util.function.BiConsumer<Lease, Long> onLeaseEnd = (lease, at) -> { };

    Clearing(MemberRegistry members, Ledger ledger, LeaseBook leases, EventCollector events, RecentTrades recent) {
        this.members = members;
        this.ledger = ledger;
        this.leases = leases;
        this.events = events;
        this.recent = recent;
    }

    void onLeaseEnd(java.util.function.BiConsumer<Lease, Long> listener) {
        this.onLeaseEnd = listener;
    }

    long historyDigest() {
        return history.value();
    }

    void restoreHistoryDigest(long digest) {
        history = new StateHash(digest);
    }

    void begin(Market market, long now) {
        this.market = market;
        this.now = now;
    }

    @Override
    public void onTrade(Order maker, Order taker, long price, long units) {
        MarketSpec spec = market.spec();
        Order bid = maker.side() == Side.BID ? maker : taker;
        Order ask = bid == maker ? taker : maker;
        Member buyer = members.get(bid.memberId());
        Member seller = members.get(ask.memberId());

        long value = Escrow.value(units, price, spec.tickSize());
        // A bid never pays a higher fee rate than the reserve it holds: fees raised while it rests would
        // otherwise take more than its escrow has.
        int buyerBps = Math.min(bid == taker ? spec.takerFeeBps() : spec.makerFeeBps(), (int) bid.reserve());
        int sellerBps = ask == taker ? spec.takerFeeBps() : spec.makerFeeBps();
        long buyerFee = Escrow.fee(value, buyerBps);
        long sellerFee = Escrow.fee(value, sellerBps);
        long released = bidHoldOf(bid, units);

        int held = Ledger.heldAccount(buyer.id());
        ledger.transfer(held, Ledger.LEASE_ESCROW, value, PostingReason.LEASE_ESCROW);
        ledger.transfer(held, Ledger.FEES, buyerFee, PostingReason.FEE);
        ledger.transfer(held, Ledger.availableAccount(buyer.id()), released - value - buyerFee, PostingReason.BID_RELEASE);
        seller.leaseAskCores(units);

        long id = leases.nextId();
        Trade trade = new Trade(id, market.id(), bid.id(), ask.id(), buyer.id(), seller.id(), price, units, taker.side(), now);
        long start = spec.delivery() == Delivery.WINDOW ? spec.windowStart() : now;
        // A spot lease starts at its trade; a window lease waits for its window.
        LeaseState state = start <= now ? LeaseState.ACTIVE : LeaseState.SCHEDULED;
        Lease lease = new Lease(id, trade, units, start, start + spec.termMillis(), value, sellerFee, state);
        leases.add(lease);
        recent.add(trade);
        history.add(trade.id()).add(trade.market()).add(trade.bidOrderId()).add(trade.askOrderId()).add(trade.buyerId())
                .add(trade.sellerId()).add(trade.price()).add(trade.units()).add(trade.aggressor()).add(trade.time());

        events.trade(trade, lease);
        events.order(market.id(), maker, null);
        events.order(market.id(), taker, null);
        events.account(buyer);
        events.account(seller);
    }

    /**
     * Moves every lease whose time has come: a scheduled lease whose start has passed becomes active; an active
     * one is paid for the part of its term delivered since its last payment (delivery rules 2), and at the end
     * of its term it is delivered: the rest of its escrow goes to the seller, less the rest of the seller's fee,
     * and its cores are the seller's to offer again.
     *
     * @return whether any lease moved
     */
    boolean settleDue(long now) {
        if (now < leases.nextDue()) {
            return false;
        }
        List<Lease> due = leases.dueBy(now);
        for (Lease lease : due) {
            if (lease.state() == LeaseState.SCHEDULED) {
                lease = lease.with(LeaseState.ACTIVE, lease.escrow());
                leases.update(lease);
                events.event(new ExchangeEvent.LeaseUpdated(lease));
            }
            if (lease.end() <= now) {
                deliver(lease);
            } else if (rules >= 2 && lease.nextPayment() <= now) {
                leases.update(payThrough(lease, lastBeat(lease, now)));
            }
        }
        return !due.isEmpty();
    }

    /**
     * Pays the seller for the term delivered up to {@code to}: the share of the trade's value and of the seller's
     * fee that the delivered time is of the term, less what was paid before, rounded down, so the last payment
     * (at the end) takes exactly what is left and nothing is ever paid twice.
     */
    private Lease payThrough(Lease lease, long to) {
        long term = lease.end() - lease.start();
        long delivered = Math.min(to, lease.end()) - lease.start();
        long value = lease.value() - lease.refunded();
        long gross = to >= lease.end() ? value : share(value, delivered, term);
        long fee = to >= lease.end() ? Math.min(lease.sellerFee(), value) : share(Math.min(lease.sellerFee(), value), delivered, term);
        long grossNow = gross - lease.paid() - lease.feeTaken();
        long feeNow = Math.min(grossNow, Math.max(0, fee - lease.feeTaken()));
        Member seller = members.get(lease.sellerId());
        ledger.transfer(Ledger.LEASE_ESCROW, Ledger.availableAccount(seller.id()), grossNow - feeNow, PostingReason.LEASE_PAYOUT);
        ledger.transfer(Ledger.LEASE_ESCROW, Ledger.FEES, feeNow, PostingReason.FEE);
        if (grossNow > 0) {
            events.account(seller);
        }
        return new Lease(lease.id(), lease.trade(), lease.cores(), lease.start(), lease.end(), lease.escrow() - grossNow,
                lease.sellerFee(), lease.state(), lease.paid() + grossNow - feeNow, lease.feeTaken() + feeNow, lease.refunded(),
                Math.max(lease.deliveredTo(), Math.min(to, lease.end())), lease.ending());
    }

    /** The last whole beat of the lease's payments at or before {@code now}: each lease pays on its own fixed beat. */
    private static long lastBeat(Lease lease, long now) {
        long every = Lease.payEvery(lease.end() - lease.start());
        return lease.start() + (now - lease.start()) / every * every;
    }

    /** {@code amount * part / whole}, rounded down, without overflowing for any amount and term. */
    static long share(long amount, long part, long whole) {
        if (amount >= 0 && part >= 0 && whole > 0) {
            // the product fits in a long nearly always: the same quotient without BigInteger (a fifth of settling)
            long product = amount * part;
            if (Math.multiplyHigh(amount, part) == 0 && product >= 0) {
                return product / whole;
            }
        }
        return java.math.BigInteger.valueOf(amount).multiply(java.math.BigInteger.valueOf(part))
                .divide(java.math.BigInteger.valueOf(whole)).longValueExact();
    }

    private void deliver(Lease lease) {
        Lease paid = payThrough(lease, lease.end());
        Member seller = members.get(lease.sellerId());
        seller.releaseLeasedCores(lease.cores());
        Lease delivered = paid.with(LeaseState.DELIVERED, 0);
        leases.update(delivered);
        history.add(-2).add(delivered.id()).add(delivered.state()).add(lease.escrow());
        events.event(new ExchangeEvent.LeaseUpdated(delivered));
        events.account(seller);
        if (rules >= 3) {
            seller.setReputation(seller.reputation().delivered());
            events.event(new ExchangeEvent.ReputationUpdated(seller.reputation()));
        }
        onLeaseEnd.accept(delivered, delivered.end());
    }

    /**
     * Fails an open lease now: the seller is paid for what was delivered up to the last whole beat, the rest
     * goes back to the buyer at once, and the seller's cores are free again.
     */
    void fail(Lease lease, LeaseEnd reason, long now) {
        Lease settled = lease;
        if (lease.state() == LeaseState.ACTIVE && rules >= 2 && now > lease.start()) {
            long to = Math.min(lease.end(), lastBeat(lease, now));
            if (to > lease.deliveredTo()) {
                settled = payThrough(lease, to);
            }
        }
        Member buyer = members.get(lease.buyerId());
        Member seller = members.get(lease.sellerId());
        long refund = settled.escrow();
        ledger.transfer(Ledger.LEASE_ESCROW, Ledger.availableAccount(buyer.id()), refund, PostingReason.LEASE_REFUND);
        seller.releaseLeasedCores(lease.cores());
        Lease failed = new Lease(settled.id(), settled.trade(), settled.cores(), settled.start(), settled.end(), 0,
                settled.sellerFee(), LeaseState.FAILED, settled.paid(), settled.feeTaken(), settled.refunded() + refund,
                settled.deliveredTo(), reason);
        leases.update(failed);
        history.add(-4).add(failed.id()).add(failed.state()).add(reason).add(refund);
        events.event(new ExchangeEvent.LeaseUpdated(failed));
        events.account(buyer);
        events.account(seller);
        if (rules >= 3 && reason.sellersFault()) {
            seller.setReputation(seller.reputation().failed());
            events.event(new ExchangeEvent.ReputationUpdated(seller.reputation()));
        }
        onLeaseEnd.accept(failed, now);
    }

    /** The delivery rules in force (see {@link com.cyclex.api.AdoptDeliveryRules}). */
    int rules() {
        return rules;
    }

    void setRules(int version) {
        rules = version;
        leases.payAsDelivered(version >= 2);
    }

    @Override
    public void onCancel(Order order, long units, CancelReason reason) {
        Member member = members.get(order.memberId());
        if (reason != CancelReason.REDUCED) {
            if (order.side() == Side.BID) {
                ledger.transfer(Ledger.heldAccount(member.id()), Ledger.availableAccount(member.id()), bidHoldOf(order, units),
                        PostingReason.BID_RELEASE);
            } else {
                member.releaseAskCores(units);
            }
        }
        events.order(market.id(), order, reason);
        events.account(member);
    }

    /** The escrow that {@code units} of a bid held, the bid's open units being what is left after them. */
    private long bidHoldOf(Order bid, long units) {
        long tick = market.spec().tickSize();
        int bps = (int) bid.reserve();
        long open = bid.openUnits();
        return Escrow.bidHold(open + units, bid.price(), tick, bps) - Escrow.bidHold(open, bid.price(), tick, bps);
    }
}
