package com.cyclex.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.api.CommandResult;
import com.cyclex.api.DeclareCapacity;
import com.cyclex.api.ExchangeEvent;
import com.cyclex.api.HistoryQuery;
import com.cyclex.api.PastOrder;
import com.cyclex.api.MintCredits;
import com.cyclex.api.PlaceOrder;
import com.cyclex.api.ResultCode;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import com.cyclex.market.Trade;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RemoteTradingTest {
    @TempDir
    Path dir;

    @Test
    void twoRemoteMembersTradeAndEachHearsOnlyItsOwnPrivateEvents() {
        try (NetFixture f = new NetFixture(dir)) {
            Membership buyerM = f.joinActive("buyer");
            Membership sellerM = f.joinActive("seller");
            try (RemoteClient buyer = RemoteClient.connect(buyerM); RemoteClient seller = RemoteClient.connect(sellerM)) {
                List<ExchangeEvent> heardByBuyer = new CopyOnWriteArrayList<>();
                List<ExchangeEvent> heardBySeller = new CopyOnWriteArrayList<>();
                buyer.subscribe(heardByBuyer::addAll);
                seller.subscribe(heardBySeller::addAll);
                NetFixture.await(() -> buyer.streaming() && seller.streaming(), () -> buyer.status() + " / " + seller.status());

                NetFixture.ok(seller.submit(new DeclareCapacity(sellerM.memberId(), 8)).join());
                CommandResult ask = seller.submit(PlaceOrder.limit(sellerM.memberId(), f.market, Side.ASK, 500, 3,
                        TimeInForce.GTC)).join();
                NetFixture.ok(ask);
                CommandResult bid = buyer.submit(PlaceOrder.limit(buyerM.memberId(), f.market, Side.BID, 500, 2,
                        TimeInForce.GTC)).join();
                NetFixture.ok(bid);
                assertEquals(2, bid.filledUnits());

                NetFixture.await(() -> trades(heardByBuyer).size() == 1 && trades(heardBySeller).size() == 1,
                        () -> heardByBuyer + " / " + heardBySeller);
                Trade seenByBuyer = trades(heardByBuyer).get(0);
                assertEquals(buyerM.memberId(), seenByBuyer.buyerId());
                assertEquals(0, seenByBuyer.sellerId(), "the buyer does not learn who sold");
                Trade seenBySeller = trades(heardBySeller).get(0);
                assertEquals(sellerM.memberId(), seenBySeller.sellerId());
                assertEquals(0, seenBySeller.buyerId(), "the seller does not learn who bought");

                for (ExchangeEvent e : heardByBuyer) {
                    assertFalse(e instanceof ExchangeEvent.AccountUpdated a && a.account().memberId() != buyerM.memberId(), e.toString());
                    assertFalse(e instanceof ExchangeEvent.OrderUpdated o && o.order().memberId() == sellerM.memberId(), e.toString());
                    assertFalse(e instanceof ExchangeEvent.MemberUpdated m && m.member().id() != buyerM.memberId(), e.toString());
                }
                for (ExchangeEvent e : heardBySeller) {
                    assertFalse(e instanceof ExchangeEvent.AccountUpdated a && a.account().memberId() != sellerM.memberId(), e.toString());
                    assertFalse(e instanceof ExchangeEvent.OrderUpdated o && o.order().memberId() == buyerM.memberId(), e.toString());
                }
                assertEquals(1, buyer.openOrders(buyerM.memberId()).join().size() + seller.openOrders(sellerM.memberId()).join().size(),
                        "the ask's remaining unit rests");
                assertEquals(1, buyer.depth(f.market, 5).join().askLevels());
                assertEquals(1, buyer.leases(buyerM.memberId()).join().size());
            }
        }
    }

    @Test
    void aRemoteSellerWithdrawsItsOwnLeaseAndNoOneElseCanEndIt() {
        try (NetFixture f = new NetFixture(dir)) {
            Membership buyerM = f.joinActive("buyer");
            Membership sellerM = f.joinActive("seller");
            try (RemoteClient buyer = RemoteClient.connect(buyerM); RemoteClient seller = RemoteClient.connect(sellerM)) {
                NetFixture.ok(seller.submit(new DeclareCapacity(sellerM.memberId(), 8)).join());
                NetFixture.ok(seller.submit(PlaceOrder.limit(sellerM.memberId(), f.market, Side.ASK, 500, 2, TimeInForce.GTC)).join());
                NetFixture.ok(buyer.submit(PlaceOrder.limit(buyerM.memberId(), f.market, Side.BID, 500, 2, TimeInForce.GTC)).join());
                long lease = buyer.leases(buyerM.memberId()).join().get(0).id();

                CommandResult byBuyer = buyer.submit(new com.cyclex.api.EndLease(buyerM.memberId(), lease,
                        com.cyclex.lease.LeaseEnd.SELLER_WITHDREW)).join();
                assertEquals(com.cyclex.api.ResultCode.LEASE_NOT_YOURS, byBuyer.code(), byBuyer.toString());
                CommandResult hostReason = seller.submit(new com.cyclex.api.EndLease(sellerM.memberId(), lease,
                        com.cyclex.lease.LeaseEnd.HOST_ENDED)).join();
                assertEquals(com.cyclex.api.ResultCode.LEASE_END_INVALID, hostReason.code(), hostReason.toString());
                // A client cannot even ask as another member (and the wire form has no actor for the gateway to believe).
                CommandResult posing = buyer.submit(new com.cyclex.api.EndLease(sellerM.memberId(), lease,
                        com.cyclex.lease.LeaseEnd.SELLER_WITHDREW)).join();
                assertEquals(com.cyclex.api.ResultCode.COMMAND_INVALID, posing.code(), posing.toString());
                assertEquals(1, buyer.leases(buyerM.memberId()).join().size(), "the refusals changed nothing");

                NetFixture.ok(seller.submit(new com.cyclex.api.EndLease(sellerM.memberId(), lease,
                        com.cyclex.lease.LeaseEnd.SELLER_WITHDREW)).join());
                assertEquals(List.of(), buyer.leases(buyerM.memberId()).join(), "the lease has ended");
                assertEquals(0, seller.account(sellerM.memberId()).join().leasedCores(), "the seller has its cores back");
            }
        }
    }

    @Test
    void aRemoteMemberReadsItsOwnOrderHistoryAndNoOneElses() throws Exception {
        try (NetFixture f = new NetFixture(dir)) {
            Membership buyerM = f.joinActive("buyer");
            Membership sellerM = f.joinActive("seller");
            try (RemoteClient buyer = RemoteClient.connect(buyerM); RemoteClient seller = RemoteClient.connect(sellerM)) {
                NetFixture.ok(seller.submit(new DeclareCapacity(sellerM.memberId(), 8)).join());
                CommandResult ask = seller.submit(PlaceOrder.limit(sellerM.memberId(), f.market, Side.ASK, 500, 3,
                        TimeInForce.GTC)).join();
                NetFixture.ok(ask);
                NetFixture.ok(buyer.submit(PlaceOrder.limit(buyerM.memberId(), f.market, Side.BID, 500, 2,
                        TimeInForce.GTC)).join());
                NetFixture.ok(seller.submit(new com.cyclex.api.CancelOrder(sellerM.memberId(), f.market, ask.id())).join());

                // the history is written just after the commit: ask until it has the cancel
                NetFixture.await(() -> history(seller, sellerM.memberId()).stream()
                        .anyMatch(o -> o.reason() == com.cyclex.market.CancelReason.CANCELLED), () -> history(seller, sellerM.memberId()).toString());
                List<PastOrder> sellers = history(seller, sellerM.memberId());
                assertEquals(1, sellers.size(), sellers.toString());
                assertEquals(PastOrder.Outcome.ENDED, sellers.get(0).outcome());
                assertEquals(2, sellers.get(0).order().filledUnits());
                List<PastOrder> buyers = history(buyer, buyerM.memberId());
                assertEquals(1, buyers.size(), buyers.toString());
                assertEquals(PastOrder.Outcome.FILLED, buyers.get(0).outcome());
                assertEquals(List.of(), buyer.orderHistory(new HistoryQuery(buyerM.memberId(), f.market + 1, Long.MIN_VALUE,
                        Long.MAX_VALUE, 10)).join(), "another market has none of the buyer's orders");
                assertTrue(buyer.orderHistory(HistoryQuery.allOf(sellerM.memberId(), 10)).isCompletedExceptionally(),
                        "the seller's history is not the buyer's to read");

                // whatever the request names, the gateway answers for the member signed in
                HostileClient raw = new HostileClient(f.address());
                var r = raw.send("GET", "/api/v1/orders/history?memberId=" + sellerM.memberId(), null,
                        "Authorization", "Bearer " + buyerM.credential()).join();
                assertEquals(200, r.statusCode(), r.body());
                assertFalse(r.body().contains("\"memberId\":" + sellerM.memberId()), r.body());
                var bad = raw.send("GET", "/api/v1/orders/history?from=9&to=1", null,
                        "Authorization", "Bearer " + buyerM.credential()).join();
                assertEquals(400, bad.statusCode(), bad.body());
            }
        }
    }

    @Test
    void aCommandGoesOnTheOpenStreamAndItsRetryOverHttpIsAppliedOnce() {
        try (NetFixture f = new NetFixture(dir)) {
            Membership m = f.joinActive("alice");
            try (RemoteClient alice = RemoteClient.connect(m)) {
                NetFixture.await(alice::streaming, () -> alice.status().toString());
                long before = f.host.lastSeq();
                PlaceOrder bid = PlaceOrder.limit(m.memberId(), f.market, Side.BID, 100, 1, TimeInForce.GTC);
                CommandResult first = alice.submit(bid, "retried-1").join();
                NetFixture.ok(first);
                // the answer that broke on the stream is asked for again over HTTP, with the same key
                CommandResult again = alice.submitOverHttp(bid, "retried-1").join();
                NetFixture.ok(again);
                assertEquals(first.id(), again.id(), "the retry is answered with the first order, not a second one");
                assertEquals(before + 1, f.host.lastSeq(), "one command was sequenced for the two sends");
                assertEquals(1, alice.openOrders(m.memberId()).join().size());
            }
        }
    }

    private static List<PastOrder> history(RemoteClient client, long member) {
        return client.orderHistory(HistoryQuery.allOf(member, 100)).join();
    }

    @Test
    void aMemberCannotActForAnotherOrSendHostCommands() {
        try (NetFixture f = new NetFixture(dir)) {
            Membership m = f.joinActive("alice");
            try (RemoteClient alice = RemoteClient.connect(m)) {
                CommandResult other = alice.submit(new MintCredits(NetFixture.HOST, m.memberId(), 5)).join();
                assertEquals(ResultCode.COMMAND_INVALID, other.code(), other.toString());
                CommandResult mint = alice.submit(new MintCredits(m.memberId(), m.memberId(), 5)).join();
                assertEquals(ResultCode.NOT_HOST, mint.code(), mint.toString());
                assertTrue(alice.account(NetFixture.HOST).isCompletedExceptionally());
            }
        }
    }

    @Test
    void aPendingMemberWaitsForTheHostToAdmitIt() {
        try (NetFixture f = new NetFixture(dir)) {
            Membership m = RemoteClient.join(f.address(), "newcomer");
            try (RemoteClient c = RemoteClient.connect(m)) {
                NetFixture.await(() -> c.status().state() == RemoteStatus.State.LIVE, () -> c.status().toString());
                assertTrue(c.status().waitingForAdmission(), c.status().toString());
                CommandResult early = c.submit(PlaceOrder.limit(m.memberId(), f.market, Side.BID, 100, 1, TimeInForce.GTC)).join();
                assertEquals(ResultCode.MEMBER_NOT_ACTIVE, early.code(), early.toString());
                NetFixture.ok(f.host.execute(new com.cyclex.api.AdmitMember(NetFixture.HOST, m.memberId())));
                NetFixture.await(() -> "ACTIVE".equals(c.status().memberStatus()), () -> c.status().toString());
            }
        }
    }

    private static List<Trade> trades(List<ExchangeEvent> events) {
        return events.stream().filter(e -> e instanceof ExchangeEvent.TradeExecuted)
                .map(e -> ((ExchangeEvent.TradeExecuted) e).trade()).toList();
    }
}
