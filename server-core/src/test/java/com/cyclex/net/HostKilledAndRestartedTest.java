package com.cyclex.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.api.CommandResult;
import com.cyclex.api.DeclareCapacity;
import com.cyclex.api.ExchangeEvent;
import com.cyclex.api.PlaceOrder;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import com.cyclex.market.Trade;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A host in its own JVM, two members trading through it from this one. The host is killed with SIGKILL right
 * after its last acknowledgement and started again on the same data dir and port: every acknowledged command
 * is there, both clients reconnect by themselves, and each has heard every trade it was part of, no gap.
 */
class HostKilledAndRestartedTest {
    @TempDir
    Path dir;

    private final List<Process> children = new ArrayList<>();

    @AfterEach
    void stopChildren() {
        children.forEach(Process::destroyForcibly);
    }

    private String[] startHost(int port) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), GatewayChild.class.getName(), dir.toString(), Integer.toString(port))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        children.add(child);
        BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            if (line.startsWith("READY ")) {
                return line.split(" ");
            }
        }
        throw new AssertionError("the host child stopped before it was ready");
    }

    @Test
    void acknowledgedCommandsSurviveASigkillAndClientsResumeWithoutAGap() throws Exception {
        String[] ready = startHost(0);
        int port = Integer.parseInt(ready[1]);
        JoinAddress address = new JoinAddress("127.0.0.1", port, ready[2]);
        Membership buyerM = RemoteClient.join(address, "buyer");
        Membership sellerM = RemoteClient.join(address, "seller");
        try (RemoteClient buyer = RemoteClient.connect(buyerM); RemoteClient seller = RemoteClient.connect(sellerM)) {
            Set<Long> buyerHeard = new ConcurrentSkipListSet<>();
            Set<Long> sellerHeard = new ConcurrentSkipListSet<>();
            buyer.subscribe(events -> collect(events, buyerM.memberId(), buyerHeard));
            seller.subscribe(events -> collect(events, sellerM.memberId(), sellerHeard));
            NetFixture.await(() -> "ACTIVE".equals(buyer.status().memberStatus()) && "ACTIVE".equals(seller.status().memberStatus()),
                    () -> buyer.status() + " / " + seller.status());

            NetFixture.ok(seller.submit(new DeclareCapacity(sellerM.memberId(), 1000)).join());
            List<Long> acknowledgedAsks = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                CommandResult ask = seller.submit(PlaceOrder.limit(sellerM.memberId(), 1, Side.ASK, 300 + i, 2, TimeInForce.GTC)).join();
                NetFixture.ok(ask);
                acknowledgedAsks.add(ask.id());
            }
            long filledBefore = 0;
            for (int i = 0; i < 10; i++) {
                CommandResult bid = buyer.submit(PlaceOrder.limit(buyerM.memberId(), 1, Side.BID, 400, 1, TimeInForce.IOC)).join();
                NetFixture.ok(bid);
                filledBefore += bid.filledUnits();
            }
            assertEquals(10, filledBefore);

            children.get(0).destroyForcibly(); // SIGKILL: no checkpoint, no clean close
            assertTrue(children.get(0).waitFor(30, TimeUnit.SECONDS));
            String[] again = startHost(port);
            assertEquals(ready[2], again[2], "the same certificate after the restart");

            NetFixture.await(() -> buyer.streaming() && seller.streaming(), () -> buyer.status() + " / " + seller.status());
            long filledAfter = 0;
            for (int i = 0; i < 5; i++) {
                CommandResult bid = buyer.submit(PlaceOrder.limit(buyerM.memberId(), 1, Side.BID, 400, 1, TimeInForce.IOC)).join();
                NetFixture.ok(bid);
                filledAfter += bid.filledUnits();
            }
            assertEquals(5, filledAfter, "the asks acknowledged before the kill are still on the book");

            List<Trade> buyerTrades = buyer.recentTrades(1, 1000).join().stream()
                    .filter(t -> t.buyerId() == buyerM.memberId()).toList();
            assertEquals(15, buyerTrades.stream().mapToLong(Trade::units).sum(), "every acknowledged trade is on the host");
            Set<Long> truth = buyerTrades.stream().map(Trade::id).collect(Collectors.toCollection(TreeSet::new));
            NetFixture.await(() -> buyerHeard.equals(truth) && sellerHeard.equals(truth),
                    () -> "host " + truth + ", buyer heard " + buyerHeard + ", seller heard " + sellerHeard);
            long hostSeq = buyer.me().join().lastSeq();
            NetFixture.await(() -> buyer.lastSeq() >= hostSeq && seller.lastSeq() >= hostSeq,
                    () -> "host at " + hostSeq + ", clients at " + buyer.lastSeq() + " / " + seller.lastSeq());
            long open = seller.openOrders(sellerM.memberId()).join().stream().mapToLong(o -> o.openUnits()).sum();
            assertEquals(20 * 2 - 15, open, "the rest of the acknowledged asks rest on the book");
        }
    }

    private static void collect(List<ExchangeEvent> events, long me, Set<Long> heard) {
        for (ExchangeEvent e : events) {
            if (e instanceof ExchangeEvent.TradeExecuted t && (t.trade().buyerId() == me || t.trade().sellerId() == me)) {
                heard.add(t.trade().id());
            }
        }
    }
}
