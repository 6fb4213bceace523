package com.cyclex.sim.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.api.OrderInfo;
import com.cyclex.market.Side;
import com.cyclex.sim.scenario.MarketRule;
import com.cyclex.sim.scenario.RobotKind;
import com.cyclex.sim.scenario.Scenario;
import com.cyclex.sim.scenario.ShippedScenarios;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Random shouts, withdrawals and periods on both rules, with what must hold after every step: the book holds
 * exactly the seats' standing orders, the classic book at most one bid and one ask, the book never crossed, no
 * seat past its units, the ledger balanced.
 */
class SessionInvariantsTest {

    private static void check(Session s, ExchangeVenue venue, MarketRule rule) {
        List<OrderInfo> book = venue.exchange().orders(s.market());
        Set<Long> standing = new HashSet<>();
        for (SessionSeat seat : s.seats()) {
            assertTrue(seat.traded() <= seat.limits().length, seat.name() + " traded past its units");
            if (seat.standingId() != 0) {
                standing.add(seat.standingId());
            }
        }
        Set<Long> onBook = new HashSet<>();
        for (OrderInfo o : book) {
            onBook.add(o.id());
        }
        assertEquals(standing, onBook, "the book holds exactly the seats' standing orders");
        if (rule == MarketRule.CLASSIC) {
            assertTrue(book.stream().filter(o -> o.side() == Side.BID).count() <= 1, "one bid at most");
            assertTrue(book.stream().filter(o -> o.side() == Side.ASK).count() <= 1, "one ask at most");
        }
        long bid = s.bestBid();
        long ask = s.bestAsk();
        assertTrue(bid == 0 || ask == 0 || bid < ask, "a crossed book: " + bid + " / " + ask);
        assertEquals(0, venue.exchange().ledgerTotals().sum());
    }

    private static void randomSession(MarketRule rule, long seed) {
        Scenario base = ShippedScenarios.load("gode-sunder-1993-market-5").withRobots(RobotKind.ZIU);
        Scenario s = new Scenario(base.name(), rule, 3, base.periodSeconds(), base.pace(), base.priceMin(), base.priceMax(),
                base.credits(), base.seats());
        ExchangeVenue venue = new ExchangeVenue();
        long t = 1_767_225_600_000L;
        Session session = new Session(s, venue, "INV", t);
        SplittableRandom random = new SplittableRandom(seed);
        for (int p = 0; p < s.periods(); p++) {
            t += 100_000;
            session.startPeriod(t);
            for (int step = 0; step < 1_500; step++) {
                session.at(t + step * 10L);
                int seat = random.nextInt(s.seats().size());
                if (random.nextInt(10) == 0) {
                    session.withdraw(seat);
                } else {
                    session.shout(seat, random.nextLong(s.priceMin(), s.priceMax() + 1));
                }
                check(session, venue, rule);
            }
            session.endPeriod(t + 60_000);
            check(session, venue, rule);
            assertTrue(venue.exchange().orders(session.market()).isEmpty(), "nothing stands between periods");
        }
    }

    @Test
    void theClassicRuleKeepsItsBookAndTheSeatsInStep() {
        for (long seed = 1; seed <= 5; seed++) {
            randomSession(MarketRule.CLASSIC, seed);
        }
    }

    @Test
    void theContinuousRuleKeepsItsBookAndTheSeatsInStep() {
        for (long seed = 1; seed <= 5; seed++) {
            randomSession(MarketRule.CDA, seed);
        }
    }
}
