package com.cyclex.ui.trades;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.api.AdmitMember;
import com.cyclex.api.CancelAll;
import com.cyclex.api.Command;
import com.cyclex.api.CommandResult;
import com.cyclex.api.CreateMarket;
import com.cyclex.api.DeclareCapacity;
import com.cyclex.api.MintCredits;
import com.cyclex.api.PlaceOrder;
import com.cyclex.api.RegisterMember;
import com.cyclex.host.ExchangeHost;
import com.cyclex.host.SequencerOptions;
import com.cyclex.market.MarketSpec;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import com.cyclex.member.MemberRegistry;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A real exchange on a test directory with a clock the test sets, and short ways to fill it: members with
 * credits and cores, a market, orders. For the book and trades view tests.
 */
public final class TestExchange implements AutoCloseable {
    public static final long HOST = MemberRegistry.HOST_ID;

    public final ExchangeHost host;
    private final AtomicLong clock;

    private TestExchange(ExchangeHost host, AtomicLong clock) {
        this.host = host;
        this.clock = clock;
    }

    /** An exchange whose clock starts at {@code start} and moves only when the test says. */
    public static TestExchange open(Path dir, long start) {
        AtomicLong clock = new AtomicLong(start);
        return new TestExchange(ExchangeHost.open(dir, SequencerOptions.defaults().withClock(clock::get)), clock);
    }

    public long now() {
        return clock.get();
    }

    public void setTime(long millis) {
        clock.set(millis);
    }

    public CommandResult ok(Command c) {
        CommandResult r = host.execute(c);
        assertTrue(r.accepted(), () -> c + " was rejected: " + r);
        return r;
    }

    /** An active member with plenty of credits and cores. */
    public long member(String name) {
        long id = ok(new RegisterMember(0, name, "")).id();
        ok(new AdmitMember(HOST, id));
        ok(new MintCredits(HOST, id, 1_000_000_000_000L));
        ok(new DeclareCapacity(id, MemberRegistry.MAX_CORES));
        return id;
    }

    /** Credits and cores for the host member, so the terminal's operator can trade too. */
    public void fundHost() {
        ok(new MintCredits(HOST, HOST, 1_000_000_000_000L));
        ok(new DeclareCapacity(HOST, MemberRegistry.MAX_CORES));
    }

    /** A spot market of prices 1 to 100,000 ticks and lots up to 1,000. */
    public int market(String symbol, long tickSize) {
        return (int) ok(new CreateMarket(HOST, MarketSpec.spot(symbol, 10, tickSize, 1, 100_000).withLots(1, 1000))).id();
    }

    public CommandResult bid(long member, int market, long price, long units) {
        return ok(PlaceOrder.limit(member, market, Side.BID, price, units, TimeInForce.GTC));
    }

    public CommandResult ask(long member, int market, long price, long units) {
        return ok(PlaceOrder.limit(member, market, Side.ASK, price, units, TimeInForce.GTC));
    }

    /** Takes liquidity: an order that trades what it can at once and leaves nothing on the book. */
    public CommandResult take(long member, int market, Side side, long limit, long units) {
        return ok(PlaceOrder.limit(member, market, side, limit, units, TimeInForce.IOC));
    }

    /** Sends without waiting; the exchange keeps the order commands were sent in. */
    public CompletableFuture<CommandResult> send(Command c) {
        return host.submit(c);
    }

    public void cancelAll(long member, int market) {
        ok(new CancelAll(member, market));
    }

    @Override
    public void close() {
        host.close();
    }
}
