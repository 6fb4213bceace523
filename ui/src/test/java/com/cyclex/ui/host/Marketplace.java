package com.cyclex.ui.host;

import com.cyclex.api.AdmitMember;
import com.cyclex.api.CancelAll;
import com.cyclex.api.Command;
import com.cyclex.api.CommandResult;
import com.cyclex.api.CreateMarket;
import com.cyclex.api.DeclareCapacity;
import com.cyclex.api.HaltMarket;
import com.cyclex.api.MintCredits;
import com.cyclex.api.PlaceOrder;
import com.cyclex.api.RegisterMember;
import com.cyclex.api.SuspendMember;
import com.cyclex.host.ExchangeHost;
import com.cyclex.market.MarketSpec;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A small classroom exchange with some history, for views to be looked at: markets, members, orders, trades.
 * Commands are sent without waiting for each (the sequencer keeps their order; waiting on every commit would
 * cost a disk flush each) and {@link #settle()} checks them all.
 */
final class Marketplace {
    static final long HOST = 1;

    private final ExchangeHost host;
    private final List<CompletableFuture<CommandResult>> sent = new ArrayList<>();
    private final List<Command> commands = new ArrayList<>();
    private long nextMember;
    private int nextMarket;

    Marketplace(ExchangeHost host) {
        this.host = host;
        nextMember = host.read(x -> x.members().size()) + 1;
        nextMarket = host.read(x -> x.markets().size()) + 1;
    }

    void ok(Command c) {
        commands.add(c);
        sent.add(host.submit(c));
    }

    /** Waits for everything sent and fails on the first refusal. */
    void settle() {
        for (int i = 0; i < sent.size(); i++) {
            CommandResult r = sent.get(i).join();
            if (!r.accepted()) {
                throw new AssertionError(commands.get(i) + " was refused: " + r);
            }
        }
        sent.clear();
        commands.clear();
    }

    /** Ids count up from 1 in the order members register: the new one's is known before the exchange answers. */
    private long register(String name) {
        ok(new RegisterMember(0, name, ""));
        return nextMember++;
    }

    long member(String name, long credits, int cores) {
        long id = register(name);
        ok(new AdmitMember(HOST, id));
        if (credits > 0) {
            ok(new MintCredits(HOST, id, credits));
        }
        if (cores > 0) {
            ok(new DeclareCapacity(id, cores));
        }
        return id;
    }

    int market(MarketSpec spec) {
        ok(new CreateMarket(HOST, spec));
        return nextMarket++;
    }

    void ask(long member, int market, long price, long units) {
        ok(PlaceOrder.limit(member, market, Side.ASK, price, units, TimeInForce.GTC));
    }

    void bid(long member, int market, long price, long units) {
        ok(PlaceOrder.limit(member, market, Side.BID, price, units, TimeInForce.GTC));
    }

    /** Four markets, eight members in every status, a few trades and resting orders. */
    void fill() {
        int tenMinutes = market(MarketSpec.spot("CPU-10M", 10, 1, 1, 5_000).withLots(1, 64).withFees(2, 5));
        int hour = market(MarketSpec.spot("CPU-1H", 60, 5, 2, 2_000).withLots(1, 128).withFees(2, 5));
        market(MarketSpec.spot("CPU-1D", 1440, 10, 10, 50_000).withLots(1, 256).withFees(0, 3));
        long nine = LocalDate.now().plusDays(1).atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
        int window = market(MarketSpec.spot("WIN-0900", 120, 1, 1, 10_000).withWindow(nine).withLots(1, 32));
        ok(new HaltMarket(HOST, window));

        ok(new MintCredits(HOST, HOST, 2_000_000));
        ok(new DeclareCapacity(HOST, 6));
        long alice = member("alice", 2_500_000, 8);
        long bob = member("bob", 1_200_000, 16);
        long carol = member("carol", 800_000, 4);
        long dave = member("dave", 500_000, 32);
        member("erin", 1_000_000, 0);
        register("frank");
        register("grace");
        long heidi = member("heidi", 150_000, 2);
        ok(new SuspendMember(HOST, heidi));

        ask(HOST, tenMinutes, 115, 2);
        ask(bob, tenMinutes, 120, 6);
        ask(dave, tenMinutes, 131, 10);
        bid(alice, tenMinutes, 125, 5);
        bid(carol, tenMinutes, 110, 3);
        ask(HOST, tenMinutes, 140, 2);
        ask(bob, hour, 30, 4);
        bid(alice, hour, 32, 2);
        bid(carol, hour, 26, 2);
        ask(dave, hour, 34, 8);
        settle();
    }

    /**
     * Background trading until {@code stop}: members place and cancel bids, now and then one crosses, so the
     * figures have a pace to show: a few hundred orders a second, gentle on a busy test machine.
     */
    Thread traffic(AtomicBoolean stop) {
        Thread t = new Thread(() -> {
            long alice = 2;
            long carol = 4;
            int market = 1;
            long n = 0;
            while (!stop.get()) {
                List<CompletableFuture<CommandResult>> batch = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    batch.add(host.submit(PlaceOrder.limit(carol, market, Side.BID, 100 + i % 5, 1, TimeInForce.GTC)));
                }
                batch.add(host.submit(new CancelAll(carol, market)));
                if (n++ % 4 == 0) {
                    batch.add(host.submit(PlaceOrder.limit(alice, market, Side.BID, 131, 1, TimeInForce.IOC)));
                }
                batch.forEach(CompletableFuture::join);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "marketplace-traffic");
        t.setDaemon(true);
        t.start();
        return t;
    }
}
