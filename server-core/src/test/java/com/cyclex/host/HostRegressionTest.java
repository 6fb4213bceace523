package com.cyclex.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.api.CommandResult;
import com.cyclex.api.ExchangeReader;
import com.cyclex.api.PlaceOrder;
import com.cyclex.api.RegisterMember;
import com.cyclex.api.ResultCode;
import com.cyclex.api.SetFees;
import com.cyclex.exchange.Fixture;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import com.cyclex.store.CheckpointStore;
import com.cyclex.store.DataDir;
import com.cyclex.store.Database;
import com.cyclex.store.HistoryStore;
import com.cyclex.store.JournalFile;
import com.cyclex.store.Recovery;
import com.cyclex.store.StoreException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bugs the store and host tests ran into, each kept as the smallest story that showed it. They go through a
 * real host because that is where each one hurt: a command that throws inside the exchange stops the
 * sequencer for everybody, and a value the journal or the checkpoint cannot keep breaks recovery.
 */
class HostRegressionTest {
    @TempDir
    Path dir;

    @Test
    void raisingFeesUnderARestingBidDoesNotStopTheExchangeWhenTheBidTrades() {
        // A bid holds a fee reserve at the rates of the moment it was placed. When the host raised the fees and
        // the bid then traded as maker, clearing charged the new, higher fee out of the old reserve, the ledger
        // refused to overdraw the bid's escrow, and the exception stopped the sequencer: every later command,
        // from every member, was answered EXCHANGE_UNAVAILABLE.
        try (ExchangeHost host = ExchangeHost.open(dir, SequencerOptions.defaults().withClock(() -> Fixture.T0))) {
            TradingScript.setup().forEach(c -> assertTrue(host.execute(c).accepted(), () -> "setup " + c));
            long buyer = 2;
            long seller = 3;
            CommandResult bid = host.execute(PlaceOrder.limit(buyer, TradingScript.SPOT, Side.BID, 500, 10, TimeInForce.GTC));
            assertTrue(bid.accepted());
            assertTrue(host.execute(new SetFees(Fixture.HOST, TradingScript.SPOT, 300, 900)).accepted());

            CommandResult ask = host.execute(PlaceOrder.limit(seller, TradingScript.SPOT, Side.ASK, 500, 10, TimeInForce.GTC));

            assertNull(host.failure(), "the exchange is still running");
            assertEquals(10, ask.filledUnits(), "the ask trades with the resting bid");
            assertEquals(1L, (long) host.read(ExchangeReader::tradeCount));
            assertEquals(0, host.read(r -> r.account(buyer)).held(), "the bid's escrow is used up or given back");
            assertEquals(0, host.read(ExchangeReader::ledgerTotals).sum(), "credits are conserved");
        }
    }

    @Test
    void aRegistrationWithAHugeTokenHashIsRefusedInsteadOfStoppingTheExchange() {
        // Anyone may register (actor 0). A token hash of a million characters was accepted in memory, then its
        // journal batch did not fit the PAYLOAD column, the append failed, and the whole exchange stopped.
        try (ExchangeHost host = ExchangeHost.open(dir, SequencerOptions.defaults().withClock(() -> Fixture.T0))) {
            CommandResult r = host.execute(new RegisterMember(0, "mallory", "x".repeat(1_100_000)));

            assertEquals(ResultCode.COMMAND_INVALID, r.code(), r.toString());
            assertNull(host.failure(), "the exchange is still running");
            assertTrue(host.execute(new RegisterMember(0, "alice", "ab12")).accepted());
        }
    }

    @Test
    void aTokenHashLongerThanTheMemberTableKeepsIsRefusedSoCheckpointsKeepWorking() {
        // MEMBER.TOKEN_HASH holds 128 characters. A longer hash was accepted and journaled, and from then on every
        // checkpoint failed (the member table is rewritten each time), so the journal was never trimmed.
        try (ExchangeHost host = ExchangeHost.open(dir, SequencerOptions.defaults().withClock(() -> Fixture.T0))) {
            assertEquals(ResultCode.COMMAND_INVALID, host.execute(new RegisterMember(0, "bob", "f".repeat(129))).code());
            assertTrue(host.execute(new RegisterMember(0, "carol", "f".repeat(128))).accepted(), "128 still fits");
        }
        try (ExchangeHost host = ExchangeHost.open(dir, SequencerOptions.defaults().withClock(() -> Fixture.T0))) {
            assertEquals(0, host.recovered().replayed(), "the close saved a checkpoint");
            assertEquals(2, host.read(ExchangeReader::members).size());
        }
    }

    @Test
    void aNameThatIsNotWellFormedTextIsRefusedSinceTheJournalCouldNotKeepIt() {
        // The journal stores text as UTF-8, which has no form for half of a surrogate pair: such a name came back
        // from the journal as "eve?", so the state recovered after a crash was not the state acknowledged (and two
        // names differing only in their broken half came back equal, turning the second into a NAME_TAKEN).
        Reference reference = new Reference();
        ExchangeHost host = ExchangeHost.open(dir, SequencerOptions.defaults().withClock(() -> Fixture.T0));
        for (RegisterMember c : List.of(new RegisterMember(0, "eve\uD800", ""), new RegisterMember(0, "eve\uDC00", ""),
                new RegisterMember(0, "\uDBFF", ""), new RegisterMember(0, "z\uD83D\uDE00", "h"))) {
            CommandResult r = host.execute(c);
            assertEquals(reference.apply(c, Fixture.T0), r);
        }
        host.crash();

        try (ExchangeHost reopened = ExchangeHost.open(dir, SequencerOptions.defaults().withClock(() -> Fixture.T0))) {
            assertEquals(reference.stateHash(), (long) reopened.read(ExchangeReader::stateHash),
                    "the journal gives back exactly the members that were acknowledged");
            assertEquals(List.of("host", "z\uD83D\uDE00"), reopened.read(r -> r.members().stream().map(m -> m.name()).toList()),
                    "a well-formed pair (an emoji) is a fine name; lone halves are refused");
        }
    }

    @Test
    void aCheckpointThatFailsOnceLosesNoLeaseForTheCheckpointsAfterIt() {
        // Checkpoints once appended only the leases made since the one before, and one that failed (a full disk,
        // say) made the next skip its leases, so the start after that refused the data dir. Checkpoints now save
        // the open leases whole; the promise stays: a failed checkpoint only makes a start slower.
        SequencerOptions options = new SequencerOptions(1024, 1, 600_000, 5, Long.MAX_VALUE, () -> Fixture.T0);
        long hash;
        long trades;
        try (DataDir dataDir = DataDir.open(dir); Database database = Database.open(dataDir);
             JournalFile journal = JournalFile.open(dir.resolve("journal")); HistoryStore history = new HistoryStore(database);
             CheckpointStore checkpoints = new CheckpointStore(database)) {
            Recovery.Recovered recovered = Recovery.recover(database, journal, history);
            AtomicInteger calls = new AtomicInteger();
            AtomicBoolean failed = new AtomicBoolean();
            Checkpointer failsOnce = (state, lastSeq, stateHash) -> {
                calls.incrementAndGet();
                if (!state.openLeases().isEmpty() && failed.compareAndSet(false, true)) {
                    throw new StoreException("disk full");
                }
                checkpoints.save(state, lastSeq, stateHash);
            };
            Sequencer sequencer = new Sequencer(recovered.exchange(),
                    (first, last, count, stateHash, payload) -> journal.append(first, count, stateHash, payload), failsOnce, options, 0, 0);
            sequencer.subscribeBatches(history::write);
            TradingScript.setup().forEach(c -> assertTrue(sequencer.submit(c).join().accepted()));
            for (int i = 0; i < 20 || calls.get() <= 3 && i < 400; i++) {
                // Buyer 2 and seller 3 trade one unit each time, so every checkpoint carries new leases.
                PlaceOrder bid = PlaceOrder.limit(2, TradingScript.SPOT, Side.BID, 500, 1, TimeInForce.GTC);
                PlaceOrder ask = PlaceOrder.limit(3, TradingScript.SPOT, Side.ASK, 500, 1, TimeInForce.GTC);
                assertTrue(sequencer.submit(bid).join().accepted());
                assertEquals(1, sequencer.submit(ask).join().filledUnits());
            }
            hash = sequencer.query(ExchangeReader::stateHash).join();
            trades = sequencer.query(ExchangeReader::tradeCount).join();
            sequencer.close();
            assertTrue(failed.get(), "a checkpoint carrying leases failed");
            assertTrue(calls.get() > 3, "more checkpoints came after it");
        }

        try (ExchangeHost host = ExchangeHost.open(dir, options)) {
            assertEquals(hash, (long) host.read(ExchangeReader::stateHash));
            assertEquals(trades, (long) host.read(ExchangeReader::tradeCount));
        }
    }
}
