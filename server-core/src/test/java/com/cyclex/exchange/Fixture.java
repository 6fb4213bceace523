package com.cyclex.exchange;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.api.AdmitMember;
import com.cyclex.api.Command;
import com.cyclex.api.CommandResult;
import com.cyclex.api.CreateMarket;
import com.cyclex.api.DeclareCapacity;
import com.cyclex.api.MintCredits;
import com.cyclex.api.PlaceOrder;
import com.cyclex.api.RegisterMember;
import com.cyclex.market.MarketSpec;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import com.cyclex.member.MemberRegistry;

/** Builds exchanges for tests: members with credits and cores, a market, and short ways to trade. */
public final class Fixture {
    public static final long HOST = MemberRegistry.HOST_ID;
    public static final long T0 = 1_764_000_000_000L;

    public final Exchange exchange;
    private long now = T0;

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
        return exchange.apply(c, now);
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

    public CommandResult order(long member, int market, Side side, long price, long units, TimeInForce tif) {
        return apply(PlaceOrder.limit(member, market, side, price, units, tif));
    }
}
