package com.cyclex.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.api.AdmitMember;
import com.cyclex.api.Command;
import com.cyclex.api.CommandResult;
import com.cyclex.api.CreateMarket;
import com.cyclex.api.DeclareCapacity;
import com.cyclex.api.MintCredits;
import com.cyclex.api.PlaceOrder;
import com.cyclex.api.RegisterMember;
import com.cyclex.api.ResultCode;
import com.cyclex.market.MarketSpec;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import com.cyclex.member.MemberRegistry;
import java.util.ArrayList;
import java.util.List;

/** Builds exchanges for tests: members with credits and cores, a market, and short ways to trade. */
public final class Fixture {
    public static final long HOST = MemberRegistry.HOST_ID;
    public static final long T0 = 1_764_000_000_000L;

    public final Exchange exchange;
    /** Every command applied through this fixture with its time, so a test can replay exactly what it did. */
    public final List<Applied> journal = new ArrayList<>();
    private long now = T0;

    /** One command as it was applied, what the exchange answered, and the state hash after it. */
    public record Applied(Command command, long time, CommandResult result, boolean changed, long hashAfter) {
    }

    public Fixture() {
        this(new Exchange());
    }

    public Fixture(Exchange exchange) {
        this.exchange = exchange;
    }

    public long now() {
        return now;
    }

    public void advance(long millis) {
        now += millis;
    }

    public CommandResult apply(Command c) {
        now++;
        return applyAt(c, now);
    }

    /** Applies at an explicit time, which may be earlier than the exchange's clock (it then counts as the clock). */
    public CommandResult applyAt(Command c, long time) {
        now = Math.max(now, time);
        CommandResult r = exchange.apply(c, time);
        journal.add(new Applied(c, time, r, exchange.lastChangedState(), exchange.stateHash()));
        return r;
    }

    /**
     * Applies a command that must be refused for {@code code}, with a sentence that contains every fragment,
     * and checks that the refusal changed nothing at all.
     */
    public CommandResult reject(Command c, ResultCode code, String... fragments) {
        long before = exchange.stateHash();
        CommandResult r = apply(c);
        assertEquals(code, r.code(), () -> c + " gave " + r);
        for (String fragment : fragments) {
            assertTrue(r.message().contains(fragment), () -> "\"" + r.message() + "\" does not say \"" + fragment + "\"");
        }
        assertEquals(before, exchange.stateHash(), () -> c + " was refused but changed the state");
        assertFalse(exchange.lastChangedState(), () -> c + " was refused but reported a change");
        return r;
    }

    public CommandResult ok(Command c) {
        CommandResult r = apply(c);
        assertTrue(r.accepted(), () -> c + " was rejected: " + r);
        return r;
    }

    /** An active member with credits and spare cores. */
    public long member(String name, long credits, int cores) {
        long id = ok(new RegisterMember(0, name, "")).id();
        ok(new AdmitMember(HOST, id));
        if (credits > 0) {
            ok(new MintCredits(HOST, id, credits));
        }
        if (cores > 0) {
            ok(new DeclareCapacity(id, cores));
        }
        return id;
    }

    /** A registered member the host has not admitted yet. */
    public long pending(String name) {
        return ok(new RegisterMember(0, name, "")).id();
    }

    public int market(MarketSpec spec) {
        return (int) ok(new CreateMarket(HOST, spec)).id();
    }

    /** A spot market, 10-minute term, 1 minor unit per tick, prices 1..1000, lots 1..100. */
    public int spotMarket(String symbol) {
        return market(MarketSpec.spot(symbol, 10, 1, 1, 1000).withLots(1, 100));
    }

    public CommandResult bid(long member, int market, long price, long units) {
        return apply(PlaceOrder.limit(member, market, Side.BID, price, units, TimeInForce.GTC));
    }

    public CommandResult ask(long member, int market, long price, long units) {
        return apply(PlaceOrder.limit(member, market, Side.ASK, price, units, TimeInForce.GTC));
    }

    /** A limit order, GTC, not yet applied: for {@link #ok} and {@link #reject}. */
    public PlaceOrder limit(long member, int market, Side side, long price, long units) {
        return limit(member, market, side, price, units, TimeInForce.GTC);
    }

    public PlaceOrder limit(long member, int market, Side side, long price, long units, TimeInForce tif) {
        return PlaceOrder.limit(member, market, side, price, units, tif);
    }

    public CommandResult order(long member, int market, Side side, long price, long units, TimeInForce tif) {
        return apply(PlaceOrder.limit(member, market, side, price, units, tif));
    }
}
