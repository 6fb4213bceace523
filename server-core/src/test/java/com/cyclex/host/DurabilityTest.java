package com.cyclex.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.api.AdvanceClock;
import com.cyclex.api.Command;
import com.cyclex.api.CommandResult;
import com.cyclex.api.ExchangeReader;
import com.cyclex.api.MintCredits;
import com.cyclex.api.PlaceOrder;
import com.cyclex.api.ResultCode;
import com.cyclex.bench.BenchStream;
import com.cyclex.exchange.Fixture;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import com.cyclex.store.StoreFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What survives a restart, and from where: an acknowledged command is durable even when the host dies right
 * after; a clean close leaves a checkpoint and nothing to replay; a crash leaves the journal to replay; a
 * checkpoint lets the journal before it go.
 */
class DurabilityTest {
    private static final long T = Fixture.T0;

    @TempDir
    Path dir;

    /** A constant clock: every command runs at T, so an in-memory reference can run them at T too. */
    private static SequencerOptions options() {
        return SequencerOptions.defaults().withClock(() -> T);
    }

    @Test
    void everyCommandAcknowledgedBeforeACrashIsThereAfterTheRestart() {
        BenchStream stream = BenchStream.generate(3_000, 40, 7);
        // Small group commits, so the crash is likely to land while most of the stream is still queued.
        SequencerOptions options = new SequencerOptions(8192, 16, 600_000, Long.MAX_VALUE, Long.MAX_VALUE, () -> T);
        Reference reference = new Reference();
        List<CompletableFuture<CommandResult>> futures = new ArrayList<>();
        Command[] commands = stream.commands();

        ExchangeHost host = ExchangeHost.open(dir, options);
        stream.setup().forEach(c -> assertEquals(reference.apply(c, T), host.execute(c)));
        for (Command c : commands) {
            futures.add(host.submit(c));
        }
        futures.get(499).join(); // acknowledgements come in order: at least 500 are in
        host.crash();

        int acked = 0;
        while (acked < commands.length && futures.get(acked).join().code() != ResultCode.EXCHANGE_UNAVAILABLE) {
            assertEquals(reference.apply(commands[acked], T), futures.get(acked).join(),
                    "an acknowledgement carries the result the command really had");
            acked++;
        }
        long tradesAcknowledged = reference.exchange.tradeCount();

        try (ExchangeHost reopened = ExchangeHost.open(dir, options)) {
            long lastSeq = reopened.recovered().lastSeq();
            assertTrue(lastSeq >= reference.journaled(), "journal ends at " + lastSeq + " but the " + acked
                    + " acknowledged commands reach " + reference.journaled());
            // Commands after the last acknowledged one may have reached the journal before the crash cut off
            // their acknowledgement; they are the next ones submitted, in order.
            int next = acked;
            while (reference.journaled() < lastSeq) {
                reference.apply(commands[next++], T);
            }
            assertEquals(reference.stateHash(), (long) reopened.read(ExchangeReader::stateHash));
            assertTrue(reopened.read(ExchangeReader::tradeCount) >= tradesAcknowledged);
            assertEquals(0, reopened.read(ExchangeReader::ledgerTotals).sum(), "credits are conserved");
        }
    }

    @Test
    void aCleanCloseLeavesACheckpointOfEverythingAndAnEmptyJournal() {
        Reference reference = new Reference();
        try (ExchangeHost host = ExchangeHost.open(dir, options())) {
            runSetupAndMints(host, reference, 5);
        }
        assertTrue(StoreFiles.journalSegments(dir).size() <= 1, "the journal is trimmed to the segment being written");
        assertEquals(reference.journaled(), StoreFiles.queryLong(dir, "SELECT MAX(LAST_SEQ) FROM CHECKPOINT"));

        try (ExchangeHost host = ExchangeHost.open(dir, options())) {
            assertEquals(reference.journaled(), host.recovered().lastSeq());
            assertEquals(reference.journaled(), host.recovered().checkpointSeq());
            assertEquals(0, host.recovered().replayed());
            assertEquals(reference.stateHash(), (long) host.read(ExchangeReader::stateHash));
        }
    }

    @Test
    void aCrashBeforeAnyCheckpointReplaysTheWholeJournal() {
        Reference reference = new Reference();
        ExchangeHost host = ExchangeHost.open(dir, options());
        runSetupAndMints(host, reference, 5);
        host.crash();

        try (ExchangeHost reopened = ExchangeHost.open(dir, options())) {
            assertEquals(0, reopened.recovered().checkpointSeq());
            assertEquals(reference.journaled(), reopened.recovered().replayed());
            assertEquals(reference.journaled(), reopened.recovered().lastSeq());
            assertEquals(reference.stateHash(), (long) reopened.read(ExchangeReader::stateHash));
        }
    }

    @Test
    void aCheckpointLetsTheJournalItCoversGo() {
        // One command per group commit and a checkpoint due every 10 journaled commands (later when the one before
        // is still being saved): after 35 commands the journal keeps only what follows the last checkpoint.
        SequencerOptions options = new SequencerOptions(1024, 1, 600_000, 10, Long.MAX_VALUE, () -> T);
        Reference reference = new Reference();
        ExchangeHost host = ExchangeHost.open(dir, options);
        runSetupAndMints(host, reference, 35 - TradingScript.setup().size());
        assertEquals(35, reference.journaled());
        host.crash(); // crash() lets a checkpoint in progress finish, so the one at 30 is complete

        long checkpoint = StoreFiles.queryLong(dir, "SELECT MAX(LAST_SEQ) FROM CHECKPOINT");
        assertTrue(checkpoint >= 10 && checkpoint < 35, "checkpoint after command " + checkpoint);
        assertEquals(java.util.List.of(checkpoint + 1), StoreFiles.journalSegments(dir),
                "one segment, starting right after the checkpoint: the ones before it were deleted whole");
        try (ExchangeHost reopened = ExchangeHost.open(dir, options)) {
            assertEquals(checkpoint, reopened.recovered().checkpointSeq());
            assertEquals(35 - checkpoint, reopened.recovered().replayed());
            assertEquals(reference.stateHash(), (long) reopened.read(ExchangeReader::stateHash));
        }
    }

    @Test
    void aCloseRightAfterRecoveringFromACrashStillCheckpointsSoTheNextStartReplaysNothing() {
        // The journal tail a crash leaves is replayed into memory but belongs to no checkpoint yet: a clean
        // close must save one even when no new command came in, or every later start replays the tail again
        // (and the tail only grows with each crash).
        Reference reference = new Reference();
        ExchangeHost host = ExchangeHost.open(dir, options());
        runSetupAndMints(host, reference, 3);
        host.crash();
        try (ExchangeHost reopened = ExchangeHost.open(dir, options())) {
            assertEquals(reference.journaled(), reopened.recovered().replayed());
        }
        try (ExchangeHost reopened = ExchangeHost.open(dir, options())) {
            assertEquals(0, reopened.recovered().replayed(), "the close before checkpointed the replayed commands");
            assertEquals(reference.journaled(), reopened.recovered().checkpointSeq());
            assertEquals(reference.stateHash(), (long) reopened.read(ExchangeReader::stateHash));
        }
        assertTrue(StoreFiles.journalSegments(dir).size() <= 1, "segments before the last checkpoint are gone");
    }

    @Test
    void periodicCheckpointsCountTheReplayedTailSoRepeatedCrashesDoNotGrowTheJournal() {
        // A checkpoint is due every 10 commands. Each session adds 4 and crashes: counting only the commands of
        // the current session, no session would ever reach 10 and the journal would grow without end.
        SequencerOptions options = new SequencerOptions(1024, 1, 600_000, 10, Long.MAX_VALUE, () -> T);
        Reference reference = new Reference();
        ExchangeHost host = ExchangeHost.open(dir, options);
        runSetupAndMints(host, reference, 0);
        host.close();
        for (int session = 0; session < 5; session++) {
            ExchangeHost h = ExchangeHost.open(dir, options);
            for (int i = 0; i < 4; i++) {
                Command mint = new MintCredits(Fixture.HOST, 2, 1);
                assertEquals(reference.apply(mint, T), h.execute(mint));
            }
            h.crash();
        }
        try (ExchangeHost reopened = ExchangeHost.open(dir, options)) {
            assertTrue(reopened.recovered().replayed() < 10 + 4, "replayed " + reopened.recovered().replayed()
                    + " commands: the journal after the last checkpoint outgrew the checkpoint interval");
            assertEquals(reference.stateHash(), (long) reopened.read(ExchangeReader::stateHash));
        }
    }

    @Test
    void aDayOrderThatTheIdleClockExpiredStaysExpiredAfterACrash() {
        // No command needs to come for time to pass: the sequencer's idle tick cancels day orders at midnight.
        // That cancel changes state, so it must be journaled like a command, or a restart would bring the order
        // (and the credits it holds) back.
        AtomicLong clock = new AtomicLong(T);
        SequencerOptions options = new SequencerOptions(1024, 64, 20, Long.MAX_VALUE, Long.MAX_VALUE, clock::get);
        Reference reference = new Reference();
        ExchangeHost host = ExchangeHost.open(dir, options);
        runSetupAndMints(host, reference, 0);
        Command day = PlaceOrder.limit(2, TradingScript.SPOT, Side.BID, 400, 5, TimeInForce.DAY);
        assertEquals(reference.apply(day, T), host.execute(day));
        assertEquals(1, host.read(r -> r.orders(TradingScript.SPOT)).size());

        long afterMidnight = Math.floorDiv(T, 86_400_000L) * 86_400_000L + 86_400_000L + 1;
        clock.set(afterMidnight);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!host.read(r -> r.orders(TradingScript.SPOT)).isEmpty()) {
            assertTrue(System.nanoTime() < deadline, "the idle tick never expired the day order");
            sleep(50); // leaves the inbox idle, so the tick comes (SequencerTest covers readers that never pause)
        }
        host.crash();
        reference.apply(new AdvanceClock(), afterMidnight);

        try (ExchangeHost reopened = ExchangeHost.open(dir, options)) {
            assertEquals(reference.journaled(), reopened.recovered().lastSeq(), "the expiry was journaled");
            assertEquals(List.of(), reopened.read(r -> r.orders(TradingScript.SPOT)));
            assertEquals(0, reopened.read(r -> r.account(2)).held(), "the bid's escrow stays released");
            assertEquals(reference.stateHash(), (long) reopened.read(ExchangeReader::stateHash));
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The trading setup, then {@code mints} credit mints: every one of them changes state, so each is journaled. */
    private static void runSetupAndMints(ExchangeHost host, Reference reference, int mints) {
        for (Command c : TradingScript.setup()) {
            assertEquals(reference.apply(c, T), host.execute(c));
        }
        for (int i = 0; i < mints; i++) {
            Command mint = new MintCredits(Fixture.HOST, 2 + i % TradingScript.TRADERS, 1 + i);
            assertEquals(reference.apply(mint, T), host.execute(mint));
        }
        assertEquals(reference.journaled(), TradingScript.setup().size() + mints, "setup and mints all change state");
    }
}
