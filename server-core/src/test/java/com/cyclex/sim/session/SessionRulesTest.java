package com.cyclex.sim.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.api.LedgerTotals;
import com.cyclex.sim.measure.PeriodFigures;
import com.cyclex.sim.scenario.Scenario;
import com.cyclex.sim.scenario.ScenarioParser;
import com.cyclex.sim.session.OrderRecord.Event;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The market rules around the exchange's book: what the classic rule refuses, cancels and clears; what CDA lets stand. */
class SessionRulesTest {
    private static final long T0 = 1_767_225_600_000L;
    private static final int B1 = 0;
    private static final int B2 = 1;
    private static final int S1 = 2;
    private static final int S2 = 3;

    private final List<OrderRecord> orders = new ArrayList<>();
    private final List<TradeRecord> trades = new ArrayList<>();
    private ExchangeVenue venue;

    private Session session(String rule) {
        Scenario s = ScenarioParser.parse("""
                rule %s
                periods 2
                length 60 s
                prices 1 to 200
                buyer  B1 150 120
                buyer  B2 140
                seller S1 40 70
                seller S2 60
                """.formatted(rule), "rules");
        venue = new ExchangeVenue();
        Session session = new Session(s, venue, "T", T0);
        session.listen(new SessionListener() {
            @Override
            public void order(OrderRecord order) {
                orders.add(order);
            }

            @Override
            public void trade(TradeRecord trade) {
                trades.add(trade);
            }
        });
        session.startPeriod(T0 + 1_000);
        return session;
    }

    private int openOrders(Session s) {
        return venue.exchange().orders(s.market()).size();
    }

    @Test
    void aClassicBidMustImproveTheBestBid() {
        Session s = session("classic");
        assertEquals(Event.STANDS, s.shout(B1, 100).event());
        OrderRecord lower = s.shout(B2, 100);
        assertEquals(Event.REFUSED, lower.event());
        assertEquals("A bid must improve the best bid of 100: bid 101 or more.", lower.reason());
        assertEquals(1, openOrders(s), "a refused shout never reaches the book");
    }

    @Test
    void aClassicAskMustImproveTheBestAsk() {
        Session s = session("classic");
        s.shout(S1, 120);
        OrderRecord higher = s.shout(S2, 125);
        assertEquals(Event.REFUSED, higher.event());
        assertEquals("An ask must improve the best ask of 120: ask 119 or less.", higher.reason());
    }

    @Test
    void aBetterClassicBidCancelsTheOneItSupersedes() {
        Session s = session("classic");
        long first = s.shout(B1, 100).orderId();
        assertEquals(Event.STANDS, s.shout(B2, 105).event());
        assertEquals(1, openOrders(s), "only the best bid stands");
        assertEquals(105, s.bestBid());
        OrderRecord cancel = orders.stream().filter(o -> o.event() == Event.CANCELLED).findFirst().orElseThrow();
        assertEquals(first, cancel.orderId());
        assertEquals("superseded by B2's better bid", cancel.reason());
        assertEquals(0, s.seat(B1).standingId());
    }

    @Test
    void aClassicTradeClearsBothSides() {
        Session s = session("classic");
        s.shout(B1, 100);
        s.shout(S1, 130);
        OrderRecord hit = s.shout(B2, 130);
        assertEquals(Event.TRADED, hit.event());
        assertEquals(1, trades.size());
        TradeRecord t = trades.get(0);
        assertEquals(130, t.price(), "the standing ask's price");
        assertEquals(140, t.value());
        assertEquals(40, t.cost());
        assertEquals(0, openOrders(s), "the trade cleared the book");
        assertEquals(0, s.bestBid());
        assertEquals(0, s.bestAsk());
        assertTrue(orders.stream().anyMatch(o -> o.seat() == B1 && "the trade cleared the book".equals(o.reason())));
    }

    @Test
    void aSeatWithNoUnitsLeftIsRefused() {
        Session s = session("classic");
        s.shout(S2, 100);
        s.shout(B2, 100);
        OrderRecord again = s.shout(B2, 120);
        assertEquals(Event.REFUSED, again.event());
        assertEquals("B2 has traded all its units this period.", again.reason());
    }

    @Test
    void aPriceOutsideTheBandIsRefusedInTheExchangesWords() {
        Session s = session("classic");
        OrderRecord r = s.shout(B1, 250);
        assertEquals(Event.REFUSED, r.event());
        assertTrue(r.reason().contains("outside the band"), r.reason());
    }

    @Test
    void noShoutBeforeOrAfterAPeriod() {
        Session s = session("classic");
        s.endPeriod(T0 + 61_000);
        assertEquals("Period 1 has ended: wait for the next one.", s.shout(B1, 100).reason());
    }

    @Test
    void aPausedPeriodRefusesShoutsAndItsClockStandsStill() {
        Session s = session("classic");
        s.at(T0 + 31_000);
        double left = s.timeLeft();
        s.pause(T0 + 31_000);
        assertEquals("Period 1 is paused: wait until it resumes.", s.shout(B1, 100).reason());
        s.at(T0 + 100_000);
        assertEquals(left, s.timeLeft(), 1e-9);
        s.resume(T0 + 100_000);
        assertEquals(T0 + 1_000 + 60_000 + 69_000, s.periodEnd(), "the end moves on by the pause");
        assertEquals(Event.STANDS, s.shout(B1, 100).event());
    }

    @Test
    void continuousBidsStandSideBySideAndASeatsNewShoutReplacesItsOwn() {
        Session s = session("cda");
        s.shout(B1, 100);
        assertEquals(Event.STANDS, s.shout(B2, 90).event(), "a lower bid stands in a CDA");
        assertEquals(2, openOrders(s));
        s.shout(B1, 95);
        assertEquals(2, openOrders(s), "B1's new bid replaced its old one");
        assertEquals(95, s.bestBid());
        s.shout(S1, 80);
        assertEquals(1, trades.size());
        assertEquals(95, trades.get(0).price());
        assertEquals(1, openOrders(s), "a CDA trade leaves the rest of the book");
    }

    @Test
    void aPeriodsFiguresCountItsTradesAndTheNextPeriodStartsAfresh() {
        Session s = session("classic");
        s.shout(S1, 90);
        s.shout(B1, 90);
        PeriodFigures f = s.endPeriod(T0 + 61_000);
        assertEquals(1, f.trades());
        assertEquals((150 - 90) + (90 - 40), f.surplus());
        s.startPeriod(T0 + 200_000);
        assertEquals(2, s.seat(B1).unitsLeft());
        assertEquals(150, s.seat(B1).limit(), "values are reset each period");
        assertEquals(Event.STANDS, s.shout(S1, 90).event(), "the seller has its cores again");
        LedgerTotals totals = venue.exchange().ledgerTotals();
        assertEquals(0, totals.sum(), "the ledger still balances");
    }
}
