package com.cyclex.net;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.cyclex.api.AdmitMember;
import com.cyclex.api.CommandResult;
import com.cyclex.api.CreateMarket;
import com.cyclex.api.MintCredits;
import com.cyclex.host.ExchangeHost;
import com.cyclex.market.MarketSpec;
import com.cyclex.member.MemberRegistry;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** A host with a gateway on a loopback port, a market, and helpers to join members to it. */
final class NetFixture implements AutoCloseable {
    static final long HOST = MemberRegistry.HOST_ID;

    final Path dir;
    final ExchangeHost host;
    final Gateway gateway;
    final int market;

    NetFixture(Path dir) {
        this(dir, GatewayOptions.defaults("127.0.0.1", 0));
    }

    NetFixture(Path dir, GatewayOptions options) {
        this.dir = dir;
        this.host = ExchangeHost.open(dir.resolve("host"));
        this.gateway = Gateway.start(new HostAdapter(host), dir.resolve("host"), options);
        CommandResult m = host.execute(new CreateMarket(HOST, MarketSpec.spot("CPU-10M", 10, 100, 1, 1000)));
        assertTrue(m.accepted(), m.toString());
        this.market = (int) m.id();
    }

    JoinAddress address() {
        return gateway.joinAddress();
    }

    /** Joins a member over the network, admits it, gives it credits and cores. */
    Membership joinActive(String name) {
        Membership m = RemoteClient.join(address(), name);
        ok(host.execute(new AdmitMember(HOST, m.memberId())));
        ok(host.execute(new MintCredits(HOST, m.memberId(), 10_000_000)));
        return m;
    }

    static void ok(CommandResult r) {
        assertTrue(r.accepted(), r.toString());
    }

    static void await(BooleanSupplier condition, Supplier<String> seen) {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("Waited 20 s in vain; saw " + seen.get());
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }

    @Override
    public void close() {
        gateway.close();
        host.close();
    }
}
