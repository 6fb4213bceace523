package com.cyclex.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.api.AccountInfo;
import com.cyclex.api.CancelAll;
import com.cyclex.api.CancelOrder;
import com.cyclex.api.CommandResult;
import com.cyclex.api.HaltMarket;
import com.cyclex.api.PlaceOrder;
import com.cyclex.api.ReplaceOrder;
import com.cyclex.api.ResultCode;
import com.cyclex.api.ResumeMarket;
import com.cyclex.api.SetFees;
import com.cyclex.api.SuspendMember;
import com.cyclex.lease.Lease;
import com.cyclex.lease.LeaseState;
import com.cyclex.market.MarketSpec;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import com.cyclex.market.Trade;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExchangeTest {
    Fixture f;
    long alice;
    long bob;
    int cpu;

    @BeforeEach
    void setUp() {
        f = new Fixture();
        alice = f.member("alice", 100_000, 0);
        bob = f.member("bob", 0, 8);
        cpu = f.spotMarket("CPU-10M");
    }

    @Test
    void aCrossingAskTradesAtTheRestingBidsPriceAndMakesALease() {
        CommandResult bid = f.bid(alice, cpu, 50, 4);
        assertTrue(bid.accepted());
        assertEquals(200, f.exchange.account(alice).held());

        CommandResult ask = f.ask(bob, cpu, 40, 3);
        assertEquals(3, ask.filledUnits());
        assertEquals(0, ask.openUnits());

        Trade trade = f.exchange.recentTrades(cpu, 10).get(0);
        assertEquals(50, trade.price());
        assertEquals(3, trade.units());
        assertEquals(Side.ASK, trade.aggressor());
        AccountInfo a = f.exchange.account(alice);
        assertEquals(100_000 - 200, a.available());
        assertEquals(50, a.held());
        AccountInfo b = f.exchange.account(bob);
        assertEquals(3, b.leasedCores());
        assertEquals(0, b.askCores());
        assertEquals(5, b.spareCores());
        Lease lease = f.exchange.leasesOf(bob).get(0);
        assertEquals(LeaseState.ACTIVE, lease.state(), "a spot lease starts at its trade");
        assertEquals(150, lease.escrow());
        assertEquals(3, lease.cores());
        assertEquals(lease.start() + 10 * 60_000, lease.end());
        assertEquals(150, f.exchange.ledgerTotals().leaseEscrow());
        assertEquals(0, f.exchange.ledgerTotals().sum());
    }

    @Test
    void aBidBelowTheAskRestsAndAnImprovedFillReleasesTheDifference() {
        f.ask(bob, cpu, 30, 2);
        CommandResult bid = f.bid(alice, cpu, 45, 2);
        assertEquals(2, bid.filledUnits());
        AccountInfo a = f.exchange.account(alice);
        assertEquals(100_000 - 60, a.available());
        assertEquals(0, a.held());
    }

    @Test
    void priceTimePriorityFillsTheBestThenTheOldest() {
        long carol = f.member("carol", 100_000, 0);
        CommandResult first = f.bid(alice, cpu, 50, 1);
        CommandResult second = f.bid(carol, cpu, 50, 1);
        CommandResult better = f.bid(carol, cpu, 51, 1);
        f.ask(bob, cpu, 1, 2);
        List<Trade> trades = f.exchange.recentTrades(cpu, 10);
        assertEquals(better.id(), trades.get(0).bidOrderId());
        assertEquals(first.id(), trades.get(1).bidOrderId());
        assertNotNull(f.exchange.findOrder(cpu, second.id()));
    }

    @Test
    void aBadPriceIsRefusedWithItsReasonAndChangesNothing() {
        long before = f.exchange.stateHash();
        CommandResult r = f.bid(alice, cpu, 5000, 1);
        assertEquals(ResultCode.PRICE_OUTSIDE_BAND, r.code());
        assertEquals(300, r.code().number());
        assertEquals("Price 5000 is outside the band of CPU-10M: 1 to 1000 ticks.", r.message());
        assertEquals(before, f.exchange.stateHash());
        assertFalse(f.exchange.lastChangedState());
    }

    @Test
    void rejectionsLeaveTheStateUnchanged() {
        f.bid(alice, cpu, 50, 1);
        long before = f.exchange.stateHash();
        assertEquals(ResultCode.INSUFFICIENT_CREDITS, f.bid(alice, cpu, 1000, 100).code());
        assertEquals(ResultCode.INSUFFICIENT_CAPACITY, f.ask(bob, cpu, 10, 9).code());
        assertEquals(ResultCode.UNITS_OUT_OF_LIMITS, f.bid(alice, cpu, 10, 0).code());
        assertEquals(ResultCode.MARKET_UNKNOWN, f.bid(alice, 99, 10, 1).code());
        assertEquals(ResultCode.MEMBER_UNKNOWN, f.bid(77, cpu, 10, 1).code());
        assertEquals(ResultCode.ORDER_UNKNOWN, f.apply(new CancelOrder(alice, cpu, 12345)).code());
        assertEquals(ResultCode.NOT_HOST, f.apply(new HaltMarket(alice, cpu)).code());
        assertEquals(before, f.exchange.stateHash());
    }

    @Test
    void anAskBeyondTheSpareCoresSaysHowManyInPlainWords() {
        long carol = f.member("carol", 0, 1);
        f.ask(carol, cpu, 10, 1);
        CommandResult r = f.ask(carol, cpu, 10, 1);
        assertEquals(ResultCode.INSUFFICIENT_CAPACITY, r.code());
        assertEquals("This ask offers 1 core but only 0 of your declared cores are spare.", r.message());
    }

    @Test
    void anOrderOfAnotherMemberCannotBeCancelled() {
        CommandResult bid = f.bid(alice, cpu, 50, 1);
        CommandResult r = f.apply(new CancelOrder(bob, cpu, bid.id()));
        assertEquals(ResultCode.ORDER_NOT_YOURS, r.code());
        assertNotNull(f.exchange.findOrder(cpu, bid.id()));
    }

    @Test
    void cancellingABidReturnsItsEscrow() {
        CommandResult bid = f.bid(alice, cpu, 50, 4);
        f.ok(new CancelOrder(alice, cpu, bid.id()));
        assertEquals(100_000, f.exchange.account(alice).available());
        assertEquals(0, f.exchange.account(alice).held());
    }

    @Test
    void iocCancelsItsRemainderAndFokAllOrNothing() {
        f.ask(bob, cpu, 40, 2);
        CommandResult fok = f.order(alice, cpu, Side.BID, 40, 3, TimeInForce.FOK);
        assertTrue(fok.accepted());
        assertEquals(0, fok.filledUnits());
        assertEquals(100_000, f.exchange.account(alice).available());
        CommandResult ioc = f.order(alice, cpu, Side.BID, 40, 3, TimeInForce.IOC);
        assertEquals(2, ioc.filledUnits());
        assertEquals(0, ioc.openUnits());
        assertEquals(0, f.exchange.account(alice).held());
        assertEquals(100_000 - 80, f.exchange.account(alice).available());
    }

    @Test
    void selfTradePreventionCancelsTheNewestOrder() {
        long both = f.member("both", 10_000, 4);
        CommandResult ask = f.ask(both, cpu, 40, 2);
        CommandResult bid = f.bid(both, cpu, 45, 2);
        assertEquals(0, bid.filledUnits());
        assertEquals(0, bid.openUnits());
        assertNotNull(f.exchange.findOrder(cpu, ask.id()));
        assertEquals(10_000, f.exchange.account(both).available());
        assertEquals(0, f.exchange.tradeCount());
    }

    @Test
    void replaceWithFewerUnitsKeepsPriorityAndANewPriceLosesIt() {
        long carol = f.member("carol", 100_000, 0);
        CommandResult a = f.bid(alice, cpu, 50, 4);
        f.bid(carol, cpu, 50, 1);
        f.ok(new ReplaceOrder(alice, cpu, a.id(), 50, 2));
        assertEquals(100, f.exchange.account(alice).held());
        f.ask(bob, cpu, 50, 1);
        assertEquals(a.id(), f.exchange.recentTrades(cpu, 1).get(0).bidOrderId());

        f.ok(new ReplaceOrder(alice, cpu, a.id(), 49, 1));
        f.ok(new ReplaceOrder(alice, cpu, a.id(), 50, 1));
        f.ask(bob, cpu, 50, 1);
        assertEquals(carol, f.exchange.recentTrades(cpu, 1).get(0).buyerId());
    }

    @Test
    void aReplaceThatCrossesTradesAtOnce() {
        f.ask(bob, cpu, 60, 1);
        CommandResult bid = f.bid(alice, cpu, 50, 1);
        CommandResult r = f.ok(new ReplaceOrder(alice, cpu, bid.id(), 60, 1));
        assertEquals(1, r.filledUnits());
        assertEquals(0, f.exchange.account(alice).held());
        assertEquals(100_000 - 60, f.exchange.account(alice).available());
    }

    @Test
    void feesGoToTheExchangeAndTheSellersFeeWaitsInTheLease() {
        int fee = f.market(MarketSpec.spot("FEE", 10, 100, 1, 1000).withFees(10, 20));
        f.bid(alice, fee, 100, 2);       // value 2 * 100 * 100 = 20000; reserve 20 bps = 40
        assertEquals(20_040, f.exchange.account(alice).held());
        f.ask(bob, fee, 100, 2);         // bob takes: buyer is maker (10 bps = 20), seller taker (20 bps = 40)
        assertEquals(20, f.exchange.ledgerTotals().fees());
        assertEquals(100_000 - 20_020, f.exchange.account(alice).available());
        Lease lease = f.exchange.leasesOf(alice).get(0);
        assertEquals(20_000, lease.escrow());
        assertEquals(40, lease.sellerFee());
    }

    @Test
    void aHaltedMarketRefusesOrdersButTakesCancels() {
        CommandResult bid = f.bid(alice, cpu, 50, 1);
        f.ok(new HaltMarket(Fixture.HOST, cpu));
        assertEquals(ResultCode.MARKET_HALTED, f.bid(alice, cpu, 50, 1).code());
        f.ok(new CancelOrder(alice, cpu, bid.id()));
        f.ok(new ResumeMarket(Fixture.HOST, cpu));
        assertTrue(f.bid(alice, cpu, 50, 1).accepted());
    }

    @Test
    void suspendingAMemberPullsItsOrders() {
        f.bid(alice, cpu, 50, 1);
        f.bid(alice, cpu, 40, 1);
        f.ok(new SuspendMember(Fixture.HOST, alice));
        assertTrue(f.exchange.openOrders(alice).isEmpty());
        assertEquals(0, f.exchange.account(alice).held());
        assertEquals(ResultCode.MEMBER_NOT_ACTIVE, f.bid(alice, cpu, 50, 1).code());
    }

    @Test
    void cancelAllPullsOnlyTheActorsOrders() {
        long carol = f.member("carol", 100_000, 0);
        f.bid(alice, cpu, 50, 1);
        f.bid(alice, cpu, 49, 1);
        f.bid(carol, cpu, 48, 1);
        CommandResult r = f.ok(new CancelAll(alice, 0));
        assertEquals(2, r.openUnits());
        assertEquals(1, f.exchange.orders(cpu).size());
    }

    @Test
    void aMarketOrderTakesWithinItsProtectionAndMustNotRest() {
        f.ask(bob, cpu, 40, 1);
        f.ask(bob, cpu, 45, 1);
        assertEquals(ResultCode.ORDER_TYPE_INVALID,
                f.apply(PlaceOrder.market(alice, cpu, Side.BID, 1, TimeInForce.GTC)).code());
        CommandResult r = f.ok(PlaceOrder.market(alice, cpu, Side.BID, 2, TimeInForce.IOC));
        assertEquals(2, r.filledUnits());
        assertEquals(ResultCode.NO_LIQUIDITY, f.apply(PlaceOrder.market(alice, cpu, Side.BID, 1, TimeInForce.IOC)).code());
    }

    @Test
    void dayOrdersExpireAtMidnight() {
        CommandResult day = f.order(alice, cpu, Side.BID, 50, 1, TimeInForce.DAY);
        CommandResult gtc = f.bid(alice, cpu, 49, 1);
        f.advance(TimeEvents.DAY_MILLIS);
        f.apply(new com.cyclex.api.AdvanceClock());
        assertTrue(f.exchange.lastChangedState());
        assertEquals(null, f.exchange.findOrder(cpu, day.id()));
        assertNotNull(f.exchange.findOrder(cpu, gtc.id()));
        assertEquals(49, f.exchange.account(alice).held());
    }

    @Test
    void aWindowMarketClosesWhenItsDeliveryBegins() {
        long start = f.now() + 3_600_000;
        int window = f.market(MarketSpec.spot("WIN", 30, 1, 1, 1000).withWindow(start));
        f.bid(alice, window, 10, 1);
        f.ask(bob, window, 10, 1);
        Lease lease = f.exchange.leasesOf(alice).get(0);
        assertEquals(start, lease.start());
        f.bid(alice, window, 9, 1);
        f.advance(3_600_000);
        assertEquals(ResultCode.MARKET_CLOSED, f.bid(alice, window, 10, 1).code());
        assertTrue(f.exchange.orders(window).isEmpty());
        assertFalse(f.exchange.account(alice).held() > 0);
    }

    @Test
    void setFeesRejectsRatesAboveTheLimit() {
        assertEquals(ResultCode.FEES_INVALID, f.apply(new SetFees(Fixture.HOST, cpu, 5000, 0)).code());
    }
}
