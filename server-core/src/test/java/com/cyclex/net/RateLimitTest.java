package com.cyclex.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.api.CommandResult;
import com.cyclex.api.PlaceOrder;
import com.cyclex.api.ResultCode;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RateLimitTest {
    @TempDir
    Path dir;

    @Test
    void aFloodFromOneMemberIsSlowedWith429AndOthersAreStillServed() throws Exception {
        GatewayOptions tight = GatewayOptions.defaults("127.0.0.1", 0).withCommandRate(5, 20).withQueryRate(5, 20);
        try (NetFixture f = new NetFixture(dir, tight)) {
            Membership flooder = f.joinActive("flooder");
            Membership calm = f.joinActive("calm");
            HostileClient raw = new HostileClient(f.address());
            List<CompletableFuture<HttpResponse<String>>> flood = new ArrayList<>();
            byte[] bid = ("{\"command\":\"PlaceOrder\",\"market\":" + f.market
                    + ",\"side\":\"BID\",\"type\":\"LIMIT\",\"timeInForce\":\"GTC\",\"price\":5000,\"units\":1}").getBytes();
            for (int i = 0; i < 200; i++) {
                flood.add(raw.send("POST", "/api/v1/commands", bid, "Authorization", "Bearer " + flooder.credential()));
            }
            long limited = 0;
            for (CompletableFuture<HttpResponse<String>> r : flood) {
                HttpResponse<String> answer = r.join();
                assertEquals(null, HostileInputFuzzTest.check(answer));
                if (answer.statusCode() == 429) {
                    limited++;
                    assertTrue(answer.body().contains("RATE_LIMITED"), answer.body());
                }
            }
            assertTrue(limited >= 200 - 20 - 5 * 60, "a burst of 200 over a limit of 20 is mostly refused: " + limited);
            try (RemoteClient c = RemoteClient.connect(calm)) {
                CommandResult r = c.submit(PlaceOrder.limit(calm.memberId(), f.market, Side.BID, 10, 1, TimeInForce.GTC)).join();
                assertEquals(ResultCode.OK, r.code(), "the flood of another member does not slow this one: " + r);
            }
        }
    }
}
