package com.cyclex.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.api.AdmitMember;
import com.cyclex.api.CancelAll;
import com.cyclex.api.CommandResult;
import com.cyclex.api.CreateMarket;
import com.cyclex.api.DeclareCapacity;
import com.cyclex.api.ExchangeEvent;
import com.cyclex.api.MintCredits;
import com.cyclex.api.PlaceOrder;
import com.cyclex.api.RegisterMember;
import com.cyclex.host.ExchangeHost;
import com.cyclex.market.MarketSpec;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import com.cyclex.member.MemberRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stream encodes each committed batch once for every member: what a member gets must be exactly what
 * filtering the batch for that member ({@link Privacy}) and encoding it would give, for buyers, sellers, bystanders
 * and the host, one batch at a time and several merged into one frame.
 */
class BatchViewsTest {
    private static final long HOST = MemberRegistry.HOST_ID;

    @TempDir
    Path dir;

    @Test
    void eachMemberGetsExactlyItsOwnViewOfEveryBatch() throws Exception {
        List<Batch> batches = new CopyOnWriteArrayList<>();
        List<Long> members = new ArrayList<>();
        try (ExchangeHost host = ExchangeHost.open(dir)) {
            HostAdapter adapter = new HostAdapter(host);
            adapter.subscribeBatches(batches::add);
            int market = (int) ok(host.execute(new CreateMarket(HOST, MarketSpec.spot("CPU-10M", 10, 1, 1, 1000)))).id();
            for (String name : new String[] {"ann", "ben", "cat"}) {
                long id = ok(host.execute(new RegisterMember(0, name, ""))).id();
                ok(host.execute(new AdmitMember(HOST, id)));
                ok(host.execute(new MintCredits(HOST, id, 1_000_000)));
                ok(host.execute(new DeclareCapacity(id, 8)));
                members.add(id);
            }
            long ann = members.get(0);
            long ben = members.get(1);
            ok(host.execute(PlaceOrder.limit(ann, market, Side.ASK, 480, 3, TimeInForce.GTC)));
            ok(host.execute(PlaceOrder.limit(ben, market, Side.BID, 500, 2, TimeInForce.GTC)));
            ok(host.execute(PlaceOrder.limit(ben, market, Side.BID, 400, 1, TimeInForce.GTC)));
            ok(host.execute(new CancelAll(ben, market)));
            host.read(x -> x.markets()); // every batch before this one is published by now
            Thread.sleep(200);
        }
        members.add(HOST);
        members.add(999L); // no one the events name
        assertTrue(batches.stream().anyMatch(b -> b.events().stream().anyMatch(e -> e instanceof ExchangeEvent.TradeExecuted)),
                "the run made a trade");

        for (long member : members) {
            List<ExchangeEvent> all = new ArrayList<>();
            for (Batch b : batches) {
                assertEquals(expected(b.firstSeq(), b.lastSeq(), Privacy.view(b.events(), member)),
                        StreamSession.batchFrame(List.of(new BatchViews(b)), member), "member " + member + ", batch " + b.firstSeq());
                all.addAll(Privacy.view(b.events(), member));
            }
            List<BatchViews> merged = batches.stream().map(BatchViews::new).toList();
            assertEquals(expected(batches.get(0).firstSeq(), batches.get(batches.size() - 1).lastSeq(), all),
                    StreamSession.batchFrame(merged, member), "member " + member + ", all batches in one frame");
        }
    }

    private static String expected(long first, long last, List<ExchangeEvent> events) {
        return Wire.writeString(StreamFrame.batch(first, last, events));
    }

    private static CommandResult ok(CommandResult r) {
        assertTrue(r.accepted(), r.toString());
        return r;
    }
}
