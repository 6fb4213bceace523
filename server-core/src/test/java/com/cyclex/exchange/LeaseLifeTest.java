package com.cyclex.exchange;

import static com.cyclex.exchange.Fixture.HOST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.cyclex.api.AdoptDeliveryRules;
import com.cyclex.api.AdvanceClock;
import com.cyclex.api.EndLease;
import com.cyclex.api.ResultCode;
import com.cyclex.api.SetFees;
import com.cyclex.lease.Lease;
import com.cyclex.lease.LeaseEnd;
import com.cyclex.lease.LeaseState;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whole lease lives with figures worked out by hand: a 10-minute lease of 4 cores at 100 is worth 400; the
 * seller rests its ask (maker fee 50 bps: 2 over the term), the buyer takes it (taker fee 100 bps: 4 at the
 * trade). A 10-minute term pays every 10 s.
 */
class LeaseLifeTest {
    private Fixture f;
    private long seller;
    private long buyer;
    private int market;
    private long start;

    LeaseLifeTest() {
        open(new Fixture());
    }

    private void open(Fixture fixture) {
        f = fixture;
        seller = f.member("seller", 0, 8);
        buyer = f.member("buyer", 10_000, 0);
        market = f.spotMarket("CPU-10M");
        f.ok(new SetFees(HOST, market, 50, 100));
        f.ask(seller, market, 100, 4);
        f.bid(buyer, market, 100, 4);
        start = f.now();
    }

    private Lease lease() {
        List<Lease> open = f.exchange.leasesOf(buyer);
        return open.isEmpty() ? null : open.get(0);
    }

    private void at(long offset) {
        f.applyAt(new AdvanceClock(), start + offset);
    }

    private long available(long member) {
        return f.exchange.account(member).available();
    }

    @Test
    void theSellerIsPaidAsTheTermIsDeliveredAndTheLastPaymentTakesExactlyWhatIsLeft() {
        assertEquals(1, Lease.payEvery(600_000) / 10_000);
        Lease made = lease();
        assertEquals(LeaseState.ACTIVE, made.state());
        assertEquals(400, made.escrow());
        assertEquals(10_000 - 404, available(buyer));

        at(300_005); // half the term and a little: paid for the 30 whole beats
        Lease half = lease();
        assertEquals(200, half.paid() + half.feeTaken());
        assertEquals(1, half.feeTaken(), "half of the seller's fee of 2");
        assertEquals(199, available(seller));
        assertEquals(200, half.escrow());
        assertEquals(start + 300_000, half.deliveredTo());
        assertEquals(start + 310_000, half.nextPayment());

        at(600_000);
        assertNull(lease(), "delivered and gone from the open leases");
        assertEquals(398, available(seller));
        assertEquals(4 + 2, f.exchange.ledgerTotals().fees());
        assertEquals(0, f.exchange.ledgerTotals().leaseEscrow());
        assertEquals(0, f.exchange.account(seller).leasedCores());
        assertEquals(0, f.exchange.ledgerTotals().sum());
    }

    @Test
    void aSellerThatWithdrawsIsPaidForWhatItDeliveredAndTheBuyerGetsTheRestBackAtOnce() {
        at(453_000);
        f.ok(new EndLease(seller, lease().id(), LeaseEnd.SELLER_WITHDREW));
        assertNull(lease());
        // Delivered up to the last whole beat (450 s of 600): 300 of the 400, fee 1 of 2; 100 back to the buyer.
        assertEquals(299, available(seller));
        assertEquals(10_000 - 404 + 100, available(buyer));
        assertEquals(4 + 1, f.exchange.ledgerTotals().fees());
        assertEquals(0, f.exchange.ledgerTotals().leaseEscrow());
        assertEquals(0, f.exchange.account(seller).leasedCores());
        assertEquals(8, f.exchange.account(seller).declaredCores(), "the cores are the seller's to offer again");
        assertEquals(0, f.exchange.ledgerTotals().sum());
    }

    @Test
    void theHostCanEndALeaseForAnyReasonAndANeverStartedLeaseIsRefundedWhole() {
        long id = lease().id();
        f.ok(new EndLease(HOST, id, LeaseEnd.SELLER_LOST));
        assertEquals(0, available(seller), "nothing was delivered yet");
        assertEquals(10_000 - 4, available(buyer), "the buyer's fee for the trade stays with the exchange");
    }

    @Test
    void onlyTheSellerOrTheHostEndsALeaseAndOnlyForReasonsTheirsToGive() {
        long id = lease().id();
        f.reject(new EndLease(buyer, id, LeaseEnd.SELLER_WITHDREW), ResultCode.LEASE_NOT_YOURS, "seller", "host");
        f.reject(new EndLease(seller, id, LeaseEnd.HOST_ENDED), ResultCode.LEASE_END_INVALID, "SELLER_WITHDREW");
        f.reject(new EndLease(seller, id, null), ResultCode.COMMAND_INVALID, "why");
        f.reject(new EndLease(seller, 999, LeaseEnd.SELLER_WITHDREW), ResultCode.LEASE_UNKNOWN, "999");
        f.ok(new EndLease(seller, id, LeaseEnd.SELLER_WITHDREW));
        f.reject(new EndLease(HOST, id, LeaseEnd.HOST_ENDED), ResultCode.LEASE_UNKNOWN, "already");
    }

    @Test
    void underRulesOneTheSellerIsPaidAtTheEndOnlyUntilTheHostTakesUpRulesTwo() {
        LeaseLifeTest old = new LeaseLifeTest();
        old.open(new Fixture(new Exchange(1)));
        old.at(300_005);
        assertEquals(0, old.available(old.seller), "rules 1 pay at the end");
        old.f.reject(new AdoptDeliveryRules(old.buyer, 2), ResultCode.NOT_HOST);
        old.f.reject(new AdoptDeliveryRules(HOST, Exchange.CURRENT_DELIVERY_RULES + 1), ResultCode.RULES_INVALID,
                "knows up to " + Exchange.CURRENT_DELIVERY_RULES);
        old.f.ok(new AdoptDeliveryRules(HOST, 2));
        old.at(310_000);
        // From then on as if it had always streamed: everything delivered so far is paid at the next beat.
        assertEquals(205, old.available(old.seller), "206 of 400 for 310 s of 600, less 1 of the fee");
        old.f.reject(new AdoptDeliveryRules(HOST, 1), ResultCode.RULES_INVALID, "follows rules 2");
    }

    @Test
    void sharesDoNotOverflowForLargeValuesAndLongTerms() {
        long value = Long.MAX_VALUE / 4;
        long term = 400L * 24 * 3_600_000;
        assertEquals(value / 2, Clearing.share(value, term / 2, term));
        assertEquals(0, Clearing.share(value, 0, term));
        assertEquals(value, Clearing.share(value, term, term));
    }
}
