package com.cyclex.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.api.CommandResult;
import com.cyclex.api.ExchangeEvent;
import com.cyclex.api.PlaceOrder;
import com.cyclex.api.RegisterMember;
import com.cyclex.api.ResultCode;
import com.cyclex.exchange.Fixture;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import com.cyclex.store.JournalBatch;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sequencer's promise to the front ends: an answer or an event means the command is durable; when the
 * journal fails, nothing more is promised and everyone is told so; a slow or broken listener does not stop the
 * exchange. The journal here is a stand-in the test controls (to hold an append back, or make it fail), since
 * those moments cannot be arranged on a real database.
 */
class SequencerTest {
    private Fixture fixture;
    private long alice;
    private int cpu;
    private Sequencer sequencer;
    private final List<Long> orderEvents = new CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp() {
        fixture = new Fixture();
        alice = fixture.member("alice", 1_000_000_000L, 0);
        cpu = fixture.spotMarket("CPU-10M");
    }

    @AfterEach
    void tearDown() {
        if (sequencer != null) {
            sequencer.close();
        }
    }

    /** Bid number {@code i}: a resting bid that never crosses, so each one is accepted and journaled. */
    private PlaceOrder bid(int i) {
        return PlaceOrder.limit(alice, cpu, Side.BID, 10 + i % 50, 1, TimeInForce.GTC);
    }

    private Sequencer start(Journal journal, int maxBatch) {
        return start(journal, maxBatch, 1 << 14);
    }

    private Sequencer start(Journal journal, int maxBatch, int inbox) {
        SequencerOptions options = new SequencerOptions(inbox, maxBatch, 600_000, Long.MAX_VALUE, Long.MAX_VALUE,
                () -> Fixture.T0 + 1_000);
        sequencer = new Sequencer(fixture.exchange, journal, Checkpointer.NONE, options, 0, 0);
        sequencer.subscribe(events -> events.forEach(e -> {
            if (e instanceof ExchangeEvent.OrderUpdated u) {
                orderEvents.add(u.order().id());
            }
        }));
        return sequencer;
    }

    /** A journal the test steers: it can hold one append until released, and fail it then. */
    private static final class SteeredJournal implements Journal {
        final AtomicInteger appends = new AtomicInteger();
        final AtomicLong committed = new AtomicLong();
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final int heldAppend;
        final boolean failHeld;

        SteeredJournal(int heldAppend, boolean failHeld) {
            this.heldAppend = heldAppend;
            this.failHeld = failHeld;
        }

        @Override
        public void append(long firstSeq, long lastSeq, int commands, Long stateHash, byte[] payload) {
            // Not an assertion: an AssertionError is no RuntimeException, and would end the journal thread.
            if (firstSeq != committed.get() + 1 || commands != lastSeq - firstSeq + 1) {
                throw new IllegalStateException("batch " + firstSeq + ".." + lastSeq + " of " + commands
                        + " does not follow " + committed.get());
            }
            if (appends.incrementAndGet() == heldAppend) {
                entered.countDown();
                await(release);
                if (failHeld) {
                    throw new IllegalStateException("disk on fire");
                }
            }
            committed.set(lastSeq);
        }
    }

    @Test
    void whenAnAppendFailsEveryUncommittedCommandAndEveryLaterOneIsTurnedAway() {
        SteeredJournal journal = new SteeredJournal(3, true);
        start(journal, 2);
        assertTrue(sequencer.submit(bid(1)).join().accepted());
        assertTrue(sequencer.submit(bid(2)).join().accepted());

        List<CompletableFuture<CommandResult>> pending = new ArrayList<>();
        pending.add(sequencer.submit(bid(3)));
        await(journal.entered); // the third batch is being written and will fail
        for (int i = 4; i <= 12; i++) {
            pending.add(sequencer.submit(bid(i))); // applied in memory meanwhile, in later batches
        }
        journal.release.countDown();

        for (CompletableFuture<CommandResult> f : pending) {
            CommandResult r = f.join();
            assertEquals(ResultCode.EXCHANGE_UNAVAILABLE, r.code());
            assertTrue(r.message().startsWith("The exchange has stopped: Could not save commands 3 to "), r.message());
            assertTrue(r.message().contains("disk on fire"), r.message());
            assertTrue(r.message().endsWith("Restart it to recover everything that was acknowledged."), r.message());
        }
        CommandResult later = sequencer.submit(bid(13)).join();
        assertEquals(ResultCode.EXCHANGE_UNAVAILABLE, later.code());
        assertTrue(later.message().endsWith("Restart it to recover everything that was acknowledged."));
        CompletionException q = assertThrows(CompletionException.class, () -> sequencer.query(r -> r.tradeCount()).join());
        assertInstanceOf(IllegalStateException.class, q.getCause());
        assertNotNull(sequencer.failure());

        sequencer.close();
        assertEquals(3, journal.appends.get(), "nothing is written after the failed batch");
        assertEquals(List.of(1L, 2L), orderEvents, "events only of the committed batches, none of the failed one or after");
    }

    @Test
    void anErrorFromTheJournalTurnsCommandsAwayLikeAnExceptionDoes() {
        // An Error (a stack overflow in a driver, an assertion in a test double) used to end the journal thread
        // without a word: no command was ever answered again, and close() waited forever.
        start((firstSeq, lastSeq, commands, stateHash, payload) -> {
            throw new StackOverflowError("deep in the driver");
        }, 8192);

        CommandResult r = sequencer.submit(bid(1)).orTimeout(10, TimeUnit.SECONDS).join();
        assertEquals(ResultCode.EXCHANGE_UNAVAILABLE, r.code());
        assertTrue(r.message().contains("deep in the driver"), r.message());
        assertEquals(ResultCode.EXCHANGE_UNAVAILABLE, sequencer.submit(bid(2)).orTimeout(10, TimeUnit.SECONDS).join().code());
        assertTrue(CompletableFuture.runAsync(sequencer::close).completeOnTimeout(null, 10, TimeUnit.SECONDS)
                .thenApply(x -> true).join(), "close returns");
    }

    @Test
    void anErrorFromASubscriberDoesNotStopTheExchange() {
        start(new SteeredJournal(-1, false), 8192);
        AtomicInteger calls = new AtomicInteger();
        sequencer.subscribe(events -> {
            calls.incrementAndGet();
            throw new AssertionError("a listener's own check failed");
        });

        for (int i = 1; i <= 3; i++) {
            CommandResult r = sequencer.submit(bid(i)).orTimeout(10, TimeUnit.SECONDS).join();
            assertTrue(r.accepted(), r.toString());
        }
        awaitEvents(3);
        assertNull(sequencer.failure());
        assertEquals(3, calls.get(), "the broken subscriber keeps its subscription");
    }

    @Test
    void answersAndEventsOfABatchWaitForItsCommit() {
        SteeredJournal journal = new SteeredJournal(2, false);
        start(journal, 8192);
        assertTrue(sequencer.submit(bid(1)).join().accepted());
        awaitEvents(1);

        CompletableFuture<CommandResult> second = sequencer.submit(bid(2));
        await(journal.entered);
        // The command is applied in memory, but its batch is not durable: no answer, no event yet.
        sleep(150);
        assertFalse(second.isDone(), "answered before its batch was committed");
        assertEquals(List.of(1L), orderEvents, "published before its batch was committed");

        journal.release.countDown();
        assertTrue(second.join().accepted());
        awaitEvents(2);
        assertEquals(List.of(1L, 2L), orderEvents);
    }

    @Test
    void eventsArriveInCommandOrderAndNeverAheadOfTheJournal() {
        SteeredJournal journal = new SteeredJournal(-1, false);
        List<String> problems = new CopyOnWriteArrayList<>();
        start(journal, 7);
        long[] lastSeen = {0};
        sequencer.subscribe(events -> events.forEach(e -> {
            if (e instanceof ExchangeEvent.OrderUpdated u) {
                // Every bid is accepted and journaled, so order id n belongs to command n.
                long id = u.order().id();
                if (id > journal.committed.get()) {
                    problems.add("order " + id + " published while the journal reaches only " + journal.committed.get());
                }
                if (id != lastSeen[0] + 1) {
                    problems.add("order " + id + " published after order " + lastSeen[0]);
                }
                lastSeen[0] = id;
            }
        }));

        List<CompletableFuture<CommandResult>> futures = new ArrayList<>();
        for (int i = 1; i <= 300; i++) {
            futures.add(sequencer.submit(bid(i)));
        }
        futures.forEach(f -> assertTrue(f.join().accepted()));
        awaitEvents(300);
        assertEquals(List.of(), problems);
        assertTrue(journal.appends.get() >= 300 / 7, "at most 7 commands per group commit");
    }

    @Test
    void aQueryAnswersAfterEveryCommandSubmittedBeforeIt() {
        start(new SteeredJournal(-1, false), 16);
        List<CompletableFuture<CommandResult>> futures = new ArrayList<>();
        for (int i = 1; i <= 500; i++) {
            futures.add(sequencer.submit(bid(i)));
        }
        int open = sequencer.query(r -> r.orders(cpu).size()).join();

        assertEquals(500, open, "the query saw all 500 bids");
        assertTrue(futures.stream().allMatch(CompletableFuture::isDone), "and was answered only after all of them were");
    }

    @Test
    void aSubscriberThatThrowsKeepsNeitherTheExchangeNorOtherSubscribersFromWorking() {
        start(new SteeredJournal(-1, false), 8192);
        AtomicInteger calls = new AtomicInteger();
        // Subscribed after the recorder and before another one: it must not cut the list off either way.
        sequencer.subscribe(events -> {
            calls.incrementAndGet();
            throw new IllegalStateException("a broken listener");
        });
        List<Long> late = new CopyOnWriteArrayList<>();
        sequencer.subscribe(events -> events.forEach(e -> {
            if (e instanceof ExchangeEvent.OrderUpdated u) {
                late.add(u.order().id());
            }
        }));

        for (int i = 1; i <= 3; i++) {
            assertTrue(sequencer.submit(bid(i)).join().accepted());
        }
        awaitEvents(3);
        assertNull(sequencer.failure());
        assertTrue(calls.get() >= 1);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (late.size() < 3 && System.nanoTime() < deadline) {
            sleep(5);
        }
        assertEquals(List.of(1L, 2L, 3L), late);
        assertEquals(List.of(1L, 2L, 3L), orderEvents);
    }

    @Test
    void aDrainLargerThanOneBatchCanHoldIsSplitIntoPayloadsThatFitTheJournal() {
        // Registrations with the longest name and token hash the exchange accepts are about 215 bytes: 4,470 of
        // them fill a batch. Holding the first append back stops the sequencer after at most five drains (one in
        // the journal, four in the outbox), and the rest piles up in the inbox (room for 32,768) to be drained 8,192 at a time. With
        // 30,000 commands some drain holds more than a batch whatever the threads' timing, so batches must be
        // closed as they fill.
        SteeredJournal journal = new SteeredJournal(1, false);
        List<byte[]> payloads = new CopyOnWriteArrayList<>();
        List<Long> firsts = new CopyOnWriteArrayList<>();
        start((firstSeq, lastSeq, commands, stateHash, payload) -> {
            journal.append(firstSeq, lastSeq, commands, stateHash, payload);
            payloads.add(payload);
            firsts.add(firstSeq);
        }, 8192, 1 << 15);
        List<CompletableFuture<CommandResult>> futures = new ArrayList<>();
        futures.add(sequencer.submit(bid(1)));
        await(journal.entered);
        for (int i = 0; i < 30_000; i++) {
            String name = String.format("member-%05d-", i) + "\u00e9".repeat(27);
            futures.add(sequencer.submit(new RegisterMember(0, name, "0123456789abcdef".repeat(8))));
        }
        journal.release.countDown();
        futures.forEach(f -> assertTrue(f.join().accepted(), () -> f.join().toString()));

        int commands = 0;
        boolean filled = false;
        for (int i = 0; i < payloads.size(); i++) {
            byte[] payload = payloads.get(i);
            assertTrue(payload.length <= JournalBatch.MAX_BYTES, "batch of " + payload.length + " bytes");
            filled |= payload.length > JournalBatch.MAX_BYTES - 1024;
            int[] n = {0};
            long first = firsts.get(i);
            JournalBatch.read(first, payload, e -> assertEquals(first + n[0]++, e.seq()));
            commands += n[0];
        }
        assertTrue(filled, "some batch was closed because it was full");
        assertEquals(30_001, commands, "every command in exactly one batch");
    }

    @Test
    void readersThatNeverPauseDoNotHoldTheClockBack() {
        // The clock moves on its own only when the inbox stays empty for idleMillis. A screen polling the book
        // through queries kept it from ever being empty, so past midnight the day order was still shown open
        // (and no expiry event went out) until some member happened to send a command.
        AtomicLong clock = new AtomicLong(Fixture.T0);
        sequencer = new Sequencer(fixture.exchange, new SteeredJournal(-1, false), Checkpointer.NONE,
                new SequencerOptions(1024, 8192, 200, Long.MAX_VALUE, Long.MAX_VALUE, clock::get), 0, 0);
        assertTrue(sequencer.submit(PlaceOrder.limit(alice, cpu, Side.BID, 10, 1, TimeInForce.DAY)).join().accepted());

        clock.set(Math.floorDiv(Fixture.T0, 86_400_000L) * 86_400_000L + 86_400_000L);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        int open = 1;
        while (open > 0 && System.nanoTime() < deadline) {
            // Two readers, so one query is always queued while the other is answered.
            CompletableFuture<Integer> a = sequencer.query(r -> r.orders(cpu).size());
            open = sequencer.query(r -> r.orders(cpu).size()).join();
            a.join();
        }
        assertEquals(0, open, "the day order expired at midnight although queries kept coming");
    }

    @Test
    void closeAnswersEverythingQueuedBeforeIt() {
        start(new SteeredJournal(-1, false), 4);
        List<CompletableFuture<CommandResult>> futures = new ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            futures.add(sequencer.submit(bid(i)));
        }
        sequencer.close();
        futures.forEach(f -> assertTrue(f.join().accepted()));
        CommandResult after = sequencer.submit(bid(201)).join();
        assertEquals(ResultCode.EXCHANGE_UNAVAILABLE, after.code());
        assertEquals("The exchange has stopped and takes no more commands.", after.message());
    }

    private void awaitEvents(int count) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (orderEvents.size() < count) {
            assertTrue(System.nanoTime() < deadline, "only " + orderEvents.size() + " of " + count + " order events arrived");
            sleep(2);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS), "timed out");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
