package com.cyclex.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.api.Command;
import com.cyclex.api.CommandResult;
import com.cyclex.api.ExchangeReader;
import com.cyclex.api.PlaceOrder;
import com.cyclex.api.ResultCode;
import com.cyclex.exchange.Fixture;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client whose answer was lost (a dropped connection, a host that died between commit and reply) sends the
 * same command again with the same key: it must be applied once, and the retry answered with the first result,
 * whether the retry comes at once, after a checkpoint, or after a crash and restart.
 */
class IdempotencyTest {
    @TempDir
    Path dir;

    private final AtomicLong clock = new AtomicLong(Fixture.T0);

    private SequencerOptions options() {
        return SequencerOptions.defaults().withClock(clock::get);
    }

    private ExchangeHost openWithTraders() {
        ExchangeHost host = ExchangeHost.open(dir, options());
        TradingScript.setup().forEach(c -> assertTrue(host.execute(c).accepted(), c::toString));
        return host;
    }

    private static PlaceOrder bid(long member, long price) {
        return PlaceOrder.limit(member, TradingScript.SPOT, Side.BID, price, 2, TimeInForce.GTC);
    }

    private static int openOrders(ExchangeHost host) {
        return host.read(r -> r.orders(TradingScript.SPOT).size());
    }

    @Test
    void aRetryGetsTheFirstAnswerAndIsAppliedOnce() {
        try (ExchangeHost host = openWithTraders()) {
            CommandResult first = host.submit(bid(2, 400), "order-1").join();
            CommandResult retry = host.submit(bid(2, 400), "order-1").join();
            assertTrue(first.accepted(), first.toString());
            assertEquals(first, retry, "the retry is answered with the original result");
            assertEquals(1, openOrders(host), "applied once");

            CommandResult other = host.submit(bid(2, 400), "order-2").join();
            assertNotEquals(first.id(), other.id(), "a new key is a new command");
            assertEquals(2, openOrders(host));
        }
    }

    @Test
    void aRetryAfterACrashAndRestartStillGetsTheFirstAnswer() {
        ExchangeHost host = openWithTraders();
        CommandResult first = host.submit(bid(3, 410), "lost-answer").join();
        host.crash();

        try (ExchangeHost reopened = ExchangeHost.open(dir, options())) {
            assertTrue(reopened.recovered().replayed() > 0, "the key came back from the journal");
            assertEquals(first, reopened.submit(bid(3, 410), "lost-answer").join());
            assertEquals(1, openOrders(reopened));
        }
    }

    @Test
    void keysAreKeptInTheCheckpointToo() {
        CommandResult first;
        long hash;
        try (ExchangeHost host = openWithTraders()) {
            first = host.submit(bid(4, 420), "kept").join();
            hash = host.read(ExchangeReader::stateHash);
        }
        try (ExchangeHost reopened = ExchangeHost.open(dir, options())) {
            assertEquals(0, reopened.recovered().replayed(), "everything came from the checkpoint");
            assertEquals(hash, (long) reopened.read(ExchangeReader::stateHash), "kept answers are part of the state");
            assertEquals(first, reopened.submit(bid(4, 420), "kept").join());
            assertEquals(1, openOrders(reopened));
        }
    }

    @Test
    void aKeyBelongsToItsMember() {
        try (ExchangeHost host = openWithTraders()) {
            CommandResult a = host.submit(bid(2, 300), "same-key").join();
            CommandResult b = host.submit(bid(3, 300), "same-key").join();
            assertTrue(a.accepted() && b.accepted());
            assertNotEquals(a.id(), b.id(), "another member's key is not this member's");
            assertEquals(2, openOrders(host));
        }
    }

    @Test
    void aMalformedKeyIsRefusedWithTheReasonAndChangesNothing() {
        try (ExchangeHost host = openWithTraders()) {
            long before = host.read(ExchangeReader::stateHash);
            for (String key : new String[] {"", "x".repeat(65), "has space", "caf\u00e9", "tab\there"}) {
                CommandResult r = host.submit(bid(2, 300), key).join();
                assertEquals(ResultCode.COMMAND_INVALID, r.code(), key);
                assertTrue(r.message().startsWith("An idempotency key is "), r.message());
            }
            assertEquals(before, (long) host.read(ExchangeReader::stateHash));
            assertEquals(0, openOrders(host));
        }
    }

    @Test
    void aRejectedCommandIsNotKeptSoItsRetryIsJudgedAfresh() {
        try (ExchangeHost host = openWithTraders()) {
            Command tooDear = bid(2, 5_000);
            assertEquals(ResultCode.PRICE_OUTSIDE_BAND, host.submit(tooDear, "k").join().code());
            assertEquals(ResultCode.PRICE_OUTSIDE_BAND, host.submit(tooDear, "k").join().code());
            assertTrue(host.submit(bid(2, 500), "k").join().accepted(), "the key was never used by an accepted command");
        }
    }

    @Test
    void aKeyIsForgottenAfterAQuarterOfAnHour() {
        try (ExchangeHost host = openWithTraders()) {
            CommandResult first = host.submit(bid(2, 300), "old").join();
            clock.addAndGet(16 * 60_000L);
            CommandResult later = host.submit(bid(2, 300), "old").join();
            assertTrue(later.accepted());
            assertNotEquals(first.id(), later.id(), "a key this old names a new command");
        }
    }
}
