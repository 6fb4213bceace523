package com.cyclex.exchange;

import com.cyclex.api.ExchangeEvent;
import com.cyclex.ledger.Escrow;
import com.cyclex.ledger.Ledger;
import com.cyclex.ledger.PostingReason;
import com.cyclex.lease.Lease;
import com.cyclex.lease.LeaseBook;
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

    Clearing(MemberRegistry members, Ledger ledger, LeaseBook leases, EventCollector events, RecentTrades recent) {
        this.members = members;
        this.ledger = ledger;
        this.leases = leases;
        this.events = events;
        this.recent = recent;
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
     * Moves every lease whose time has come: a scheduled lease whose start has passed becomes active, and a
     * lease whose term has ended is delivered, its escrow paid to the seller less the seller's fee, and its
     * cores are the seller's to offer again. (Until jobs run on leases, the clock is what delivers them.)
     *
     * @return whether any lease moved
     */
    boolean settleDue(long now) {
        if (now < leases.nextDue()) {
            return false;
        }
        List<Lease> due = leases.dueBy(now);
        for (Lease lease : due) {
            if (lease.end() <= now) {
                deliver(lease);
            } else {
                Lease active = lease.with(LeaseState.ACTIVE, lease.escrow());
                leases.update(active);
                events.event(new ExchangeEvent.LeaseUpdated(active));
            }
        }
        return !due.isEmpty();
    }

    private void deliver(Lease lease) {
        Member seller = members.get(lease.sellerId());
        long fee = Math.min(lease.sellerFee(), lease.escrow());
        ledger.transfer(Ledger.LEASE_ESCROW, Ledger.availableAccount(seller.id()), lease.escrow() - fee, PostingReason.LEASE_PAYOUT);
        ledger.transfer(Ledger.LEASE_ESCROW, Ledger.FEES, fee, PostingReason.FEE);
        seller.releaseLeasedCores(lease.cores());
        Lease delivered = lease.with(LeaseState.DELIVERED, 0);
        leases.update(delivered);
        history.add(-2).add(delivered.id()).add(delivered.state()).add(lease.escrow());
        events.event(new ExchangeEvent.LeaseUpdated(delivered));
        events.account(seller);
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
