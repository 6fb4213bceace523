package com.cyclex.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cyclex.api.AdvanceClock;
import com.cyclex.api.AskRecord;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The record shown next to each ask level: the sellers resting there, each once, and their reputations summed. */
class AskRecordsTest {
    @Test
    void eachAskLevelSumsTheRecordsOfItsSellersCountingEachSellerOnce() {
        Fixture f = new Fixture();
        long proven = f.member("proven", 0, 8);
        long fresh = f.member("fresh", 0, 8);
        long buyer = f.member("buyer", 100_000, 0);
        int market = f.spotMarket("CPU-10M");
        // the proven seller delivers one lease to its end
        f.ask(proven, market, 100, 1);
        f.bid(buyer, market, 100, 1);
        f.applyAt(new AdvanceClock(), f.now() + 600_000);
        assertEquals(1, f.exchange.reputation(proven).leasesDelivered());

        f.ask(proven, market, 120, 1);
        f.ask(proven, market, 120, 2); // a second order of the same seller at the same level
        f.ask(fresh, market, 120, 1);
        f.ask(fresh, market, 130, 1);
        f.bid(buyer, market, 90, 1); // bids are not asks

        List<AskRecord> records = f.exchange.askRecords(market, 5);
        assertEquals(List.of(new AskRecord(120, 2, 1, 0, 0, 0), new AskRecord(130, 1, 0, 0, 0, 0)), records);
        assertEquals(100, records.get(0).deliveredPercent());
        assertEquals(-1, records.get(1).deliveredPercent(), "no lease of its sellers has ended yet");
        assertEquals(List.of(new AskRecord(120, 2, 1, 0, 0, 0)), f.exchange.askRecords(market, 1), "the best level only");
        assertEquals(List.of(), f.exchange.askRecords(market + 1, 5), "no such market");
    }
}
