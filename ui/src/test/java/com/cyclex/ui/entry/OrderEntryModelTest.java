package com.cyclex.ui.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.cyclex.api.AccountInfo;
import com.cyclex.api.MarketInfo;
import com.cyclex.api.PlaceOrder;
import com.cyclex.market.MarketSpec;
import com.cyclex.market.MarketStatus;
import com.cyclex.market.OrderType;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import com.cyclex.ui.entry.OrderEntryModel.Input;
import com.cyclex.ui.entry.OrderEntryModel.Problem;
import com.cyclex.ui.entry.OrderEntryModel.Top;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The order entry's checks and summaries, without a screen. */
class OrderEntryModelTest {
    /** Prices 1..1000 ticks of 1 minor unit, lots 1..100, fees 10 bps maker and 25 taker, protection 99 ticks. */
    static final MarketSpec SPEC = MarketSpec.spot("CPU-10M", 10, 1, 1, 1000).withLots(1, 100).withFees(10, 25);
    static final MarketInfo OPEN = new MarketInfo(7, SPEC, MarketStatus.OPEN);

    OrderTicket ticket;
    OrderEntryModel model;

    @BeforeEach
    void setUp() {
        ticket = new OrderTicket();
        model = new OrderEntryModel(ticket);
        model.marketProperty().set(OPEN);
        model.accountProperty().set(account(100_000, 12, 0, 0));
        ticket.take(Side.BID, 125);
        ticket.unitsProperty().set(4);
    }

    static AccountInfo account(long available, int declared, long asks, long leased) {
        return new AccountInfo(1, available, 0, declared, asks, leased);
    }

    /** A problem with the order as it is: the view shows it as an error. */
    private void assertProblem(Input input, String sentence) {
        Problem p = model.problem();
        assertEquals(new Problem(p == null ? null : p.code(), input, sentence, false), p);
    }

    /** Something not filled in or not known yet: the view says it quietly. */
    private void assertMissing(Input input, String sentence) {
        Problem p = model.problem();
        assertEquals(new Problem(p == null ? null : p.code(), input, sentence, true), p);
    }

    @Test
    void aValidBidHasNoProblemAndBecomesALimitOrder() {
        assertNull(model.problem());
        assertEquals(PlaceOrder.limit(1, 7, Side.BID, 125, 4, TimeInForce.GTC), model.order(1));
    }

    @Test
    void withoutAMarketItAsksForOne() {
        model.marketProperty().set(null);
        assertMissing(Input.MARKET, "Choose a market to trade in.");
    }

    @Test
    void aHaltedMarketIsRefusedBeforeSending() {
        model.marketProperty().set(new MarketInfo(7, SPEC, MarketStatus.HALTED));
        assertProblem(Input.MARKET, "Trading in CPU-10M is halted; you can still cancel orders.");
    }

    @Test
    void aClosedMarketIsRefusedBeforeSending() {
        model.marketProperty().set(new MarketInfo(7, SPEC, MarketStatus.CLOSED));
        assertProblem(Input.MARKET, "CPU-10M has closed: its delivery window has begun.");
    }

    @Test
    void aPriceOutsideTheBandIsRefusedWithTheBand() {
        ticket.priceProperty().set(1001);
        assertProblem(Input.PRICE, "Price 1001 is outside the band of CPU-10M: 1 to 1000 ticks.");
    }

    @Test
    void anInvalidOrderHasNoSummary() {
        ticket.priceProperty().set(1001);
        assertEquals("", model.summaryProperty().get());
        assertEquals("", model.detailProperty().get());
    }

    @Test
    void noPriceAsksForOneWithinTheBand() {
        ticket.priceProperty().set(0);
        assertMissing(Input.PRICE, "Enter a price between 1 and 1000 ticks.");
        assertEquals("Send bid", model.actionProperty().get());
    }

    @Test
    void unitsOutsideTheLotLimitsAreRefused() {
        ticket.unitsProperty().set(101);
        assertProblem(Input.UNITS, "An order in CPU-10M is for 1 to 100 units, not 101.");
        ticket.unitsProperty().set(0);
        assertMissing(Input.UNITS, "An order in CPU-10M is for 1 to 100 units, not 0.");
    }

    @Test
    void aBidNeedsItsWholeHoldAvailable() {
        // 80 units at 125: value 10000, reserve at 25 bps = 25, hold 10025 minor units.
        ticket.unitsProperty().set(80);
        model.accountProperty().set(account(10_024, 0, 0, 0));
        assertProblem(Input.FUNDS, "This bid holds 100.25 credits in escrow (value plus fee reserve) but only 100.24 are available.");
        model.accountProperty().set(account(10_025, 0, 0, 0));
        assertNull(model.problem());
    }

    @Test
    void anAskWithinTheSpareCoresNeedsNoCredits() {
        ticket.sideProperty().set(Side.ASK);
        ticket.unitsProperty().set(3);
        model.accountProperty().set(account(0, 12, 6, 3));
        assertNull(model.problem());
        assertEquals(PlaceOrder.limit(1, 7, Side.ASK, 125, 3, TimeInForce.GTC), model.order(1));
    }

    @Test
    void anAskForMoreThanTheSpareCoresIsRefused() {
        ticket.sideProperty().set(Side.ASK);
        ticket.unitsProperty().set(4);
        model.accountProperty().set(account(0, 12, 6, 3));
        assertProblem(Input.FUNDS, "This ask offers 4 cores but only 3 of your declared cores are spare.");
    }

    @Test
    void anAskWithNoDeclaredCoresSaysWhereToDeclareThem() {
        ticket.sideProperty().set(Side.ASK);
        model.accountProperty().set(account(0, 0, 0, 0));
        assertProblem(Input.FUNDS, "This ask offers 4 cores but you have declared no spare cores to sell: declare them first.");
    }

    @Test
    void untilTheAccountArrivesNothingIsSent() {
        model.accountProperty().set(null);
        assertMissing(Input.FUNDS, "Waiting for your account from the exchange.");
        assertThrows(IllegalStateException.class, () -> model.order(1));
    }

    @Test
    void theSummaryOfABidIsItsEscrowHold() {
        // 4 x 125 x 1 = 500 minor units; reserve at max(10, 25) bps = 500 * 25 / 10000 = 1 (rounded down).
        assertEquals(501, model.bidHold());
        assertEquals("Holds 5.01 credits in escrow", model.summaryProperty().get());
        assertEquals("Value 5.00 + fee reserve 0.01\n994.99 credits left available", model.detailProperty().get());
        assertEquals("= 1.25 credits", model.priceValueProperty().get());
        assertEquals("Send bid · 4 @ 125", model.actionProperty().get());
    }

    @Test
    void theHoldUsesTheTickSizeAndTheHigherFee() {
        MarketSpec spec = MarketSpec.spot("BIG", 10, 50, 1, 1000).withFees(40, 5);
        model.marketProperty().set(new MarketInfo(8, spec, MarketStatus.OPEN));
        ticket.priceProperty().set(300);
        ticket.unitsProperty().set(7);
        // 7 x 300 x 50 = 105000; fee reserve at 40 bps = 420.
        assertEquals(105_420, model.bidHold());
        assertEquals("Holds 1,054.20 credits in escrow", model.summaryProperty().get());
        assertEquals("Value 1,050.00 + fee reserve 4.20", model.detailProperty().get(), "more than is available: nothing left");
        assertEquals(Input.FUNDS, model.problem().input());
    }

    @Test
    void theSummaryOfAnAskIsTheCoresItOffers() {
        ticket.sideProperty().set(Side.ASK);
        assertEquals("Offers 4 of your 12 spare cores", model.summaryProperty().get());
        assertEquals("Worth 5.00 credits before fees\n8 spare cores left", model.detailProperty().get());
    }

    @Test
    void aMarketOrderMayOnlyBeImmediate() {
        assertEquals(List.of(TimeInForce.IOC, TimeInForce.FOK), OrderEntryModel.timesInForce(OrderType.MARKET));
        assertEquals(List.of(TimeInForce.values()), OrderEntryModel.timesInForce(OrderType.LIMIT));
        ticket.typeProperty().set(OrderType.MARKET);
        assertEquals(TimeInForce.IOC, ticket.timeInForceProperty().get(), "switching to market leaves GTC");
        ticket.timeInForceProperty().set(TimeInForce.DAY);
        assertProblem(Input.TIME_IN_FORCE, "A market order cannot rest on the book: send it as IOC or FOK, not DAY.");
    }

    @Test
    void aMarketBidHoldsAtTheProtectionLimit() {
        ticket.typeProperty().set(OrderType.MARKET);
        model.topProperty().set(new Top(120, 130));
        // best ask 130 + protection 99 = 229 ticks at most: 4 x 229 = 916, reserve 2.
        assertEquals(918, model.bidHold());
        assertEquals("Holds up to 9.18 credits in escrow", model.summaryProperty().get());
        assertEquals("At most 229 ticks a unit\n990.82 credits left available", model.detailProperty().get());
        assertEquals(PlaceOrder.market(1, 7, Side.BID, 4, TimeInForce.IOC), model.order(1));
        assertEquals("Send bid · 4 at market", model.actionProperty().get());
    }

    @Test
    void aMarketOrderWithNothingToTakeIsRefused() {
        ticket.typeProperty().set(OrderType.MARKET);
        model.topProperty().set(new Top(120, 0));
        assertProblem(Input.TYPE, "There are no asks in CPU-10M for a market order to take.");
        ticket.sideProperty().set(Side.ASK);
        assertNull(model.problem());
        assertEquals("Offers 4 of your 12 spare cores", model.summaryProperty().get());
        assertEquals("At the best bids, down to 21 ticks\n8 spare cores left", model.detailProperty().get());
    }

    @Test
    void aClickedPriceMakesALimitOrderAgain() {
        ticket.typeProperty().set(OrderType.MARKET);
        ticket.take(Side.ASK, 140);
        assertEquals(OrderType.LIMIT, ticket.typeProperty().get());
        assertEquals(Side.ASK, ticket.sideProperty().get());
    }
}
