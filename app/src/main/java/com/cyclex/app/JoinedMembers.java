package com.cyclex.app;

import com.cyclex.api.AdmitMember;
import com.cyclex.api.BookDepth;
import com.cyclex.api.DeclareCapacity;
import com.cyclex.api.MarketInfo;
import com.cyclex.api.MintCredits;
import com.cyclex.api.PlaceOrder;
import com.cyclex.host.ExchangeHost;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import com.cyclex.member.MemberRegistry;
import com.cyclex.net.Gateway;
import com.cyclex.net.Membership;
import com.cyclex.net.RemoteClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * For the pictures: members that joined the host over the network, as students' computers would. Three are
 * admitted and trade now and then (one unit at the best price, through the gateway), one still waits to be admitted.
 */
final class JoinedMembers implements AutoCloseable {
    private static final String[] ADMITTED = {"alice-laptop", "bob-lab-pc", "carol-desktop"};

    private final List<RemoteClient> clients = new ArrayList<>();
    private final ScheduledExecutorService trader = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "pictures-joined-members");
        t.setDaemon(true);
        return t;
    });
    private final Random random = new Random(7);
    private final String address;

    JoinedMembers(ExchangeHost host, Gateway gateway) {
        address = gateway.joinAddress().host() + ":" + gateway.joinAddress().port();
        for (String name : ADMITTED) {
            Membership m = RemoteClient.join(gateway.joinAddress(), name);
            host.execute(new AdmitMember(MemberRegistry.HOST_ID, m.memberId()));
            host.execute(new MintCredits(MemberRegistry.HOST_ID, m.memberId(), 5_000_000));
            host.execute(new DeclareCapacity(m.memberId(), 2)); // a laptop's spare cores
            clients.add(RemoteClient.connect(m));
        }
        clients.add(RemoteClient.connect(RemoteClient.join(gateway.joinAddress(), "dave-tablet")));
        trader.scheduleWithFixedDelay(this::trade, 2, 1, TimeUnit.SECONDS);
    }

    /** Alice's client: the participant whose terminal is pictured. */
    RemoteClient participant() {
        return clients.get(0);
    }

    String participantTitle() {
        return ADMITTED[0] + " on " + address;
    }

    private void trade() {
        try {
            for (RemoteClient c : clients.subList(0, ADMITTED.length)) {
                List<MarketInfo> markets = c.markets().get(5, TimeUnit.SECONDS);
                if (markets.isEmpty()) {
                    return;
                }
                MarketInfo m = markets.get(random.nextInt(Math.min(2, markets.size())));
                BookDepth d = c.depth(m.id(), 1).get(5, TimeUnit.SECONDS);
                boolean buy = random.nextBoolean();
                if (buy && d.askLevels() > 0) {
                    c.submit(PlaceOrder.limit(c.memberId(), m.id(), Side.BID, d.askPrices()[0], 1, TimeInForce.IOC));
                } else if (!buy && d.bidLevels() > 0) {
                    c.submit(PlaceOrder.limit(c.memberId(), m.id(), Side.ASK, d.bidPrices()[0], 1, TimeInForce.IOC));
                }
                if (random.nextInt(4) == 0 && d.bidLevels() > 0) {
                    c.submit(PlaceOrder.limit(c.memberId(), m.id(), Side.BID, Math.max(1, d.bidPrices()[0] - 2), 1,
                            TimeInForce.GTC));
                }
            }
        } catch (Exception e) {
            // a picture with a quieter member is still a picture
        }
    }

    @Override
    public void close() {
        trader.shutdownNow();
        clients.forEach(RemoteClient::close);
    }
}
