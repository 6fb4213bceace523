package com.cyclex.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.api.CommandResult;
import com.cyclex.api.PlaceOrder;
import com.cyclex.api.ResultCode;
import com.cyclex.exchange.Fixture;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

/**
 * Whatever is thrown wherever on the sequencer's threads, every command and every query submitted gets an
 * answer, and close() returns (and returns again). The throwables come from the clock, a query and the
 * checkpointer: seams every part of the sequencer calls, so an Error reaches each place that once let it
 * through.
 */
class NeverHangTest {
    private final Fixture fixture = new Fixture();
    private final long alice = fixture.member("alice", 1_000_000_000L, 0);
    private final int cpu = fixture.spotMarket("CPU-10M");

    private PlaceOrder bid(int i) {
        return PlaceOrder.limit(alice, cpu, Side.BID, 10 + i % 50, 1, TimeInForce.GTC);
    }

    private Sequencer start(LongSupplier clock, Checkpointer checkpointer, long checkpointEvery) {
        return new Sequencer(fixture.exchange, Journal.NONE, checkpointer,
                new SequencerOptions(1024, 8, 600_000, checkpointEvery, Long.MAX_VALUE, 0, clock), 0, 0);
    }

    private static void returnsWithin(Runnable r, String what) {
        assertTrue(CompletableFuture.runAsync(r).thenApply(x -> true).completeOnTimeout(false, 20, TimeUnit.SECONDS).join(),
                what + " did not return");
    }

    @Test
    void anErrorAnywhereOnTheSequencerThreadAnswersEveryoneAndCloseReturns() {
        // The clock is read when a command is applied, when a batch is shipped and when a checkpoint is weighed:
        // failing on its 60th reading lands the Error in one of them, mid-drain.
        AtomicInteger readings = new AtomicInteger();
        Sequencer sequencer = start(() -> {
            if (readings.incrementAndGet() == 60) {
                throw new OutOfMemoryError("simulated: no memory left");
            }
            return Fixture.T0 + 1_000;
        }, Checkpointer.NONE, Long.MAX_VALUE);
        List<CompletableFuture<CommandResult>> commands = new ArrayList<>();
        List<CompletableFuture<Integer>> queries = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            commands.add(sequencer.submit(bid(i)));
            if (i % 10 == 0) {
                queries.add(sequencer.query(r -> r.orders(cpu).size()));
            }
        }
        int accepted = 0;
        for (CompletableFuture<CommandResult> f : commands) {
            CommandResult r = f.orTimeout(20, TimeUnit.SECONDS).join();
            if (r.accepted()) {
                accepted++;
            } else {
                assertEquals(ResultCode.EXCHANGE_UNAVAILABLE, r.code(), r.toString());
                assertTrue(r.message().contains("simulated: no memory left") || r.message().contains("has stopped"), r.message());
            }
        }
        assertTrue(accepted < 300, "the Error stopped the exchange");
        for (CompletableFuture<Integer> q : queries) {
            try {
                q.orTimeout(20, TimeUnit.SECONDS).join();
            } catch (CompletionException e) {
                assertInstanceOf(IllegalStateException.class, e.getCause(), "a query is answered, not left waiting");
            }
        }
        assertEquals(ResultCode.EXCHANGE_UNAVAILABLE, sequencer.submit(bid(301)).orTimeout(20, TimeUnit.SECONDS).join().code());
        returnsWithin(sequencer::close, "close");
        returnsWithin(sequencer::close, "a second close");
    }

    @Test
    void aQueryThatThrowsAnErrorGetsItBackAndTheExchangeGoesOn() {
        Sequencer sequencer = start(() -> Fixture.T0 + 1_000, Checkpointer.NONE, Long.MAX_VALUE);
        CompletionException e = assertThrows(CompletionException.class, () -> sequencer.query(r -> {
            throw new StackOverflowError("a question too deep");
        }).orTimeout(20, TimeUnit.SECONDS).join());
        assertTrue(e.getCause().getMessage().contains("a question too deep"), e.getCause().getMessage());
        assertTrue(sequencer.submit(bid(1)).orTimeout(20, TimeUnit.SECONDS).join().accepted(), "the exchange goes on");
        returnsWithin(sequencer::close, "close");
    }

    @Test
    void aCheckpointerThatThrowsAnErrorOnlyCostsThatCheckpoint() {
        AtomicInteger attempts = new AtomicInteger();
        Sequencer sequencer = start(() -> Fixture.T0 + 1_000, (state, seq, hash) -> {
            attempts.incrementAndGet();
            throw new LinkageError("a driver class went missing");
        }, 5);
        for (int i = 0; i < 40; i++) {
            assertTrue(sequencer.submit(bid(i)).orTimeout(20, TimeUnit.SECONDS).join().accepted());
        }
        // Checkpoints are saved on their own thread after the commands they follow are acknowledged.
        long deadline = System.currentTimeMillis() + 20_000;
        while (attempts.get() == 0 && System.currentTimeMillis() < deadline) {
            sleepBriefly();
        }
        assertTrue(attempts.get() >= 1, "checkpoints were tried");
        assertTrue(sequencer.submit(bid(41)).orTimeout(20, TimeUnit.SECONDS).join().accepted(), "the exchange goes on");
        returnsWithin(sequencer::close, "close");
    }

    @Test
    void manyClosesAtOnceAllReturnAndAnswerWhatWasQueued() {
        Sequencer sequencer = start(() -> Fixture.T0 + 1_000, Checkpointer.NONE, Long.MAX_VALUE);
        List<CompletableFuture<CommandResult>> commands = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            commands.add(sequencer.submit(bid(i)));
        }
        List<CompletableFuture<Void>> closes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            closes.add(CompletableFuture.runAsync(sequencer::close));
        }
        closes.forEach(c -> c.orTimeout(20, TimeUnit.SECONDS).join());
        for (CompletableFuture<CommandResult> f : commands) {
            assertTrue(f.isDone(), "answered by the time close returned");
        }
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
