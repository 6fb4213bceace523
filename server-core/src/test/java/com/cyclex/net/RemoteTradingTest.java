package com.cyclex.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.api.CommandResult;
import com.cyclex.api.DeclareCapacity;
import com.cyclex.api.ExchangeEvent;
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
