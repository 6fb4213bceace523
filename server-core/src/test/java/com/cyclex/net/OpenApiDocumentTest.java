package com.cyclex.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OpenAPI document in docs/ is what the gateway serves, documents every route, and every route it documents answers. */
class OpenApiDocumentTest {
    @TempDir
    Path dir;

    @Test
    void theDocumentAndTheRoutesAgree() throws Exception {
        byte[] kept = Files.readAllBytes(Path.of("..", "docs", "openapi.json"));
        try (NetFixture f = new NetFixture(dir)) {
            com.cyclex.agent.Delivery.start(f.host); // the blob routes answer only where jobs are delivered
            Membership m = f.joinActive("reader");
            HostileClient client = new HostileClient(f.address());
            HttpResponse<String> served = client.send("GET", "/api/v1/openapi.json", null).join();
            assertEquals(200, served.statusCode());
            assertArrayEquals(kept, served.body().getBytes(java.nio.charset.StandardCharsets.UTF_8), "served = docs/openapi.json");

            JsonNode doc = Wire.mapper().readTree(kept);
            SortedSet<String> documented = new TreeSet<>();
            for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
                Map.Entry<String, JsonNode> p = paths.next();
                for (Iterator<String> methods = p.getValue().fieldNames(); methods.hasNext(); ) {
                    documented.add(methods.next().toUpperCase(java.util.Locale.ROOT) + " " + p.getKey());
                }
            }
            assertEquals(f.gateway.routes(), documented, "every route documented, every documented route served");

            for (String route : documented) {
                String method = route.substring(0, route.indexOf(' '));
                String path = route.substring(route.indexOf(' ') + 1).replace("{market}", Integer.toString(f.market))
                        .replace("{kind}", "input").replace("{hash}", "0".repeat(64));
                if (path.endsWith("/stream")) {
                    continue; // a WebSocket: the stream tests open it
                }
                byte[] body = method.equals("POST") ? "{}".getBytes() : method.equals("PUT") ? "bytes".getBytes() : null;
                HttpResponse<String> r = client.send(method, path, body, "Authorization", "Bearer " + m.credential()).join();
                assertNotEquals(404, r.statusCode(), route + " answers: " + r.body());
                assertTrue(r.statusCode() < 500, route + ": " + r.body());
            }
            JsonNode schemas = doc.at("/components/schemas");
            for (String name : new String[] {"WireResult", "PlaceOrder", "Trade", "OrderInfo", "PastOrder", "BookDepth", "Lease"}) {
                assertTrue(schemas.has(name), name + " is documented");
            }
            // the wire records and the document name the same fields
            assertEquals(fields(WireResult.class), fields(schemas.get("WireResult")));
            assertEquals(fields(com.cyclex.market.Trade.class), fields(schemas.get("Trade")));
            assertEquals(fields(com.cyclex.api.OrderInfo.class), fields(schemas.get("OrderInfo")));
            assertEquals(fields(com.cyclex.api.PastOrder.class), fields(schemas.get("PastOrder")));
            assertEquals(fields(com.cyclex.api.AccountInfo.class), fields(schemas.get("AccountInfo")));
            assertEquals(fields(WireCommand.Place.class), without(fields(schemas.get("PlaceOrder")), "command"));
            assertEquals(fields(com.cyclex.lease.Job.class), fields(schemas.get("Job")));
            assertEquals(fields(com.cyclex.member.Reputation.class), fields(schemas.get("Reputation")));
            assertEquals(fields(com.cyclex.api.AskRecord.class), fields(schemas.get("AskRecord")));
            assertEquals(fields(GatewayRoutes.StoredBlob.class), fields(schemas.get("StoredBlob")));
            assertEquals(fields(WireCommand.Submit.class), without(fields(schemas.get("SubmitJob")), "command"));
            assertEquals(fields(WireCommand.Claim.class), without(fields(schemas.get("ClaimJob")), "command"));
            assertEquals(fields(WireCommand.Report.class), without(fields(schemas.get("ReportJob")), "command"));
            assertEquals(fields(com.cyclex.sim.session.SeatView.class), fields(schemas.get("SeatView")));
            assertEquals(fields(com.cyclex.sim.session.SessionBoard.class), fields(schemas.get("SessionBoard")));
            assertEquals(fields(SessionRoutes.ShoutRequest.class), fields(schemas.get("ShoutRequest")));
        }
    }

    private static SortedSet<String> fields(Class<? extends Record> type) {
        SortedSet<String> out = new TreeSet<>();
        for (var c : type.getRecordComponents()) {
            out.add(c.getName());
        }
        return out;
    }

    private static SortedSet<String> fields(JsonNode schema) {
        SortedSet<String> out = new TreeSet<>();
        schema.get("properties").fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static SortedSet<String> without(SortedSet<String> s, String name) {
        s.remove(name);
        return s;
    }
}
