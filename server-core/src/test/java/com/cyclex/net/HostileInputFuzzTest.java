package com.cyclex.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.api.ResultCode;
import com.cyclex.api.PlaceOrder;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sends over 10,000 hostile requests through real loopback sockets: every one is answered with a 4xx that carries
 * a result code (number and name) and a sentence, never a 500, and the exchange's state hash does not move.
 * The gateway still serves a good request afterwards.
 */
class HostileInputFuzzTest {
    private static final int REQUESTS = 10_400;

    @TempDir
    Path dir;

    record Hostile(String what, String method, String path, byte[] body, String[] headers) {
    }

    @Test
    void tenThousandHostileRequestsAreRefusedWithACodeAndChangeNothing() throws Exception {
        GatewayOptions generous = GatewayOptions.defaults("127.0.0.1", 0).withCommandRate(1_000_000, 1_000_000)
                .withQueryRate(1_000_000, 1_000_000).withAnonymousRate(1_000_000);
        try (NetFixture f = new NetFixture(dir, generous)) {
            Membership m = f.joinActive("fuzzer");
            NetFixture.ok(f.host.execute(new com.cyclex.api.DeclareCapacity(m.memberId(), 4)));
            // one resting order of its own, so cancels and replaces of real ids are exercised too (and refused)
            NetFixture.ok(f.host.execute(PlaceOrder.limit(m.memberId(), f.market, Side.BID, 10, 1, TimeInForce.GTC)));
            // delivery on, so the blob routes are open to abuse too; its salting of verification is done first
            com.cyclex.agent.Delivery.start(f.host);
            NetFixture.await(() -> f.host.read(x -> x.verificationSalted()), () -> "the host salts verification");
            long hashBefore = f.host.<Long>read(x -> x.stateHash());
            HostileClient client = new HostileClient(f.address());
            Random random = new Random(20261201);
            HostileRequests requests = new HostileRequests(random, m, f.market);

            Semaphore inFlight = new Semaphore(16);
            List<String> problems = new ArrayList<>();
            Map<String, Integer> byCode = new TreeMap<>();
            List<CompletableFuture<?>> all = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                Hostile h = requests.next();
                inFlight.acquire();
                all.add(client.send(h.method(), h.path(), h.body(), h.headers()).handle((r, e) -> {
                    inFlight.release();
                    String problem = e != null ? "no answer: " + e : check(r);
                    synchronized (problems) {
                        if (problem != null && problems.size() < 20) {
                            problems.add(h.what() + " " + h.method() + " " + h.path() + " -> " + problem);
                        }
                        if (problem == null) {
                            byCode.merge(Wire.tree(r.body()).path("name").asText(), 1, Integer::sum);
                        }
                    }
                    return null;
                }));
            }
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
            assertTrue(problems.isEmpty(), String.join("\n", problems));
            assertEquals(hashBefore, (long) f.host.<Long>read(x -> x.stateHash()), "hostile requests changed the exchange");
            assertTrue(byCode.size() >= 10, "the hostile mix reached many kinds of refusal: " + byCode);

            HttpResponse<String> fine = client.send("GET", "/api/v1/markets", null,
                    "Authorization", "Bearer " + m.credential()).join();
            assertEquals(200, fine.statusCode(), fine.body());
        }
    }

    /** Null when the answer is a proper refusal; else what is wrong with it. */
    static String check(HttpResponse<String> r) {
        if (r.statusCode() < 400 || r.statusCode() >= 500) {
            return "status " + r.statusCode() + " " + r.body();
        }
        JsonNode body;
        try {
            body = Wire.tree(r.body());
        } catch (RuntimeException e) {
            return "body is not JSON: " + r.body();
        }
        int number = body.path("code").asInt(-1);
        String name = body.path("name").asText("");
        String sentence = body.path("sentence").asText("");
        ResultCode code = null;
        for (ResultCode c : ResultCode.values()) {
            if (c.number() == number) {
                code = c;
            }
        }
        if (code == null || code == ResultCode.OK || !code.name().equals(name)) {
            return "code " + number + " / " + name + " is not a refusal code";
        }
        if (sentence.length() < 10 || !sentence.endsWith(".") && !sentence.endsWith("…") && !sentence.endsWith(")")) {
            return "sentence '" + sentence + "'";
        }
        if (HttpStatuses.of(code) != r.statusCode()) {
            return "status " + r.statusCode() + " but the table says " + HttpStatuses.of(code) + " for " + code;
        }
        return null;
    }

    /** The hostile mix: each request is wrong in one way that is sure to be refused. */
    static final class HostileRequests {
        private final Random random;
        private final Membership member;
        private final int market;
        private final String auth;

        HostileRequests(Random random, Membership member, int market) {
            this.random = random;
            this.member = member;
            this.market = market;
            this.auth = "Bearer " + member.credential();
        }

        Hostile next() {
            int kind = random.nextInt(16);
            return switch (kind) {
                case 0 -> command("malformed JSON", garbage());
                case 1 -> command("truncated JSON", truncate(validPlace()));
                case 2 -> command("unknown command", "{\"command\":\"" + pick("Steal", "MintCredits2", "", "placeorder",
                        "AdvanceClock", "RegisterMember") + "\",\"market\":1}");
                case 3 -> command("wrong types", wrongTypes());
                case 4 -> command("out of range", outOfRange());
                case 5 -> oversized();
                case 6 -> badAuth();
                case 7 -> unknownRoute();
                case 8 -> command("deep nesting", "[".repeat(200 + random.nextInt(2000)));
                case 9 -> badQuery();
                case 14 -> blobs();
                case 15 -> command("bad job command", badJob());
                case 10 -> new Hostile("bad idempotency key", "POST", "/api/v1/commands",
                        bytes(outOfRange()), new String[] {"Authorization", auth, "Idempotency-Key",
                        pick("x".repeat(65), "a b", "é", "\t")});
                case 11 -> command("host command", pick(
                        "{\"command\":\"MintCredits\",\"member\":" + member.memberId() + ",\"amount\":1000}",
                        "{\"command\":\"AdmitMember\",\"member\":" + member.memberId() + "}",
                        "{\"command\":\"HaltMarket\",\"market\":" + market + "}",
                        "{\"command\":\"SetFees\",\"market\":" + market + ",\"makerFeeBps\":1,\"takerFeeBps\":1}"));
                case 12 -> command("extra or missing fields", pick(
                        "{\"command\":\"CancelOrder\",\"market\":1}",
                        "{\"command\":\"CancelOrder\",\"market\":1,\"orderId\":1,\"actor\":1}",
                        "{\"command\":\"PlaceOrder\",\"market\":1,\"side\":\"BID\",\"type\":\"LIMIT\",\"timeInForce\":\"GTC\",\"price\":5,\"units\":1,\"units\":2}",
                        "{\"command\":\"DeclareCapacity\",\"cores\":null}",
                        "{}", "null", "[]", "\"PlaceOrder\"", "42", ""));
                default -> bodyOnQuery();
            };
        }

        private Hostile command(String what, String body) {
            return new Hostile(what, "POST", "/api/v1/commands", bytes(body),
                    new String[] {"Authorization", auth, "Content-Type", "application/json"});
        }

        private static byte[] bytes(String s) {
            return s.getBytes(StandardCharsets.UTF_8);
        }

        private String pick(String... options) {
            return options[random.nextInt(options.length)];
        }

        private String garbage() {
            int n = 1 + random.nextInt(200);
            StringBuilder b = new StringBuilder();
            String alphabet = "{}[]\":,0123456789abcdefXYZ-+.eE \\\n\t\u00e9\u0000";
            for (int i = 0; i < n; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = b.toString();
            return s.startsWith("{") && s.endsWith("}") ? s + "}" : s; // never by chance a valid object
        }

        private String validPlace() {
            return "{\"command\":\"PlaceOrder\",\"market\":" + market
                    + ",\"side\":\"BID\",\"type\":\"LIMIT\",\"timeInForce\":\"GTC\",\"price\":10,\"units\":1}";
        }

        private String truncate(String s) {
            return s.substring(0, 1 + random.nextInt(s.length() - 2));
        }

        private String wrongTypes() {
            String[] fields = {"market", "side", "type", "timeInForce", "price", "units"};
            String[] bad = {"\"12\"", "1.5", "true", "[1]", "{\"a\":1}", "\"\"", "-0.0", "1e3", "\"BUY\"", "0"};
            String field = fields[random.nextInt(fields.length)];
            String value = bad[random.nextInt(bad.length)];
            if (value.equals("0") && !(field.equals("side") || field.equals("type") || field.equals("timeInForce"))) {
                value = "\"0\"";
            }
            if (value.equals("1e3") && (field.equals("price") || field.equals("units"))) {
                value = "1.0e3x";
            }
            return validPlace().replaceFirst("\"" + field + "\":(\"[A-Z]+\"|\\d+)", "\"" + field + "\":" + value);
        }

        private String outOfRange() {
            return switch (random.nextInt(8)) {
                case 0 -> validPlace().replace("\"price\":10", "\"price\":" + (1001 + random.nextInt(1_000_000)));
                case 1 -> validPlace().replace("\"price\":10", "\"price\":" + -random.nextInt(1_000_000));
                case 2 -> validPlace().replace("\"units\":1", "\"units\":" + pick("0", "-1", "1001", "9223372036854775807"));
                case 3 -> validPlace().replace("\"units\":1", "\"units\":" + pick("9223372036854775808", "1e400", "-99999999999999999999"));
                case 4 -> validPlace().replace("\"market\":" + market, "\"market\":" + pick("0", "-3", "99", "2147483648"));
                case 5 -> "{\"command\":\"CancelOrder\",\"market\":" + market + ",\"orderId\":" + (1_000_000 + random.nextInt(1000)) + "}";
                case 6 -> "{\"command\":\"DeclareCapacity\",\"cores\":" + pick("-1", "1048577", "2147483647") + "}";
                default -> "{\"command\":\"ReplaceOrder\",\"market\":" + market + ",\"orderId\":" + (5_000_000 + random.nextInt(1000))
                        + ",\"newPrice\":10,\"newUnits\":1}";
            };
        }

        private Hostile oversized() {
            int size = 16 * 1024 + 1 + random.nextInt(200_000);
            StringBuilder b = new StringBuilder("{\"command\":\"PlaceOrder\",\"pad\":\"");
            while (b.length() < size) {
                b.append("xxxxxxxxxxxxxxxx");
            }
            return new Hostile("oversized", "POST", "/api/v1/commands", bytes(b + "\"}"),
                    new String[] {"Authorization", auth});
        }

        private Hostile badAuth() {
            String header = pick("", "Bearer", "Bearer ", "Basic abc", "Bearer 1.short",
                    "Bearer " + member.memberId() + "." + Tokens.newToken(),
                    "Bearer " + (member.memberId() + 1000) + "." + member.token(),
                    "Bearer 1." + member.token(),
                    "Bearer " + member.token(), "Bearer -5." + member.token(),
                    "Bearer 99999999999999999999." + member.token());
            String path = pick("/api/v1/commands", "/api/v1/account", "/api/v1/orders", "/api/v1/me");
            String method = path.equals("/api/v1/commands") ? "POST" : "GET";
            List<String> headers = new ArrayList<>();
            if (!header.isEmpty()) {
                headers.add("Authorization");
                headers.add(header);
            }
            return new Hostile("bad auth " + header, method, path, method.equals("POST") ? bytes(validPlace()) : null,
                    headers.toArray(String[]::new));
        }

        private Hostile unknownRoute() {
            String path = pick("/", "/api", "/api/v2/commands", "/api/v1/commands/x", "/api/v1/admin", "/etc/passwd",
                    "/api/v1/markets/1/depth/x", "/api/v1/%2e%2e/%2e%2e", "/api/v1/markets//depth");
            String method = pick("GET", "POST", "PUT", "DELETE", "PATCH");
            return new Hostile("unknown route " + method + " " + path, method, path, null, new String[] {"Authorization", auth});
        }

        private Hostile badQuery() {
            String path = pick("/api/v1/markets/abc/depth", "/api/v1/markets/0/depth", "/api/v1/markets/-1/depth",
                    "/api/v1/markets/99999999999/depth", "/api/v1/markets/1/depth?levels=0",
                    "/api/v1/markets/1/depth?levels=-5", "/api/v1/markets/1/depth?levels=101",
                    "/api/v1/markets/1/depth?levels=1.5", "/api/v1/markets/1/depth?levels=%00",
                    "/api/v1/trades?count=0", "/api/v1/trades?count=1001", "/api/v1/trades?market=-1",
                    "/api/v1/trades?count=abc", "/api/v1/markets/77/depth");
            return new Hostile("bad query " + path, "GET", path, null, new String[] {"Authorization", auth});
        }

        /** Blob routes: a kind that is none, a name that is no hash, a hash no job of this member names. */
        private Hostile blobs() {
            String hex = "0123456789abcdef";
            StringBuilder hash = new StringBuilder();
            for (int i = 0; i < 64; i++) {
                hash.append(hex.charAt(random.nextInt(16)));
            }
            return switch (random.nextInt(4)) {
                case 0 -> new Hostile("blob of no kind", "PUT", "/api/v1/blobs/" + pick("picture", "MODULES", "%2e%2e", "stderr"),
                        bytes("x"), new String[] {"Authorization", auth});
                case 1 -> new Hostile("blob name not a hash", "GET", "/api/v1/blobs/" + pick("abc", hash.toString().toUpperCase(),
                        hash + "0", "..%2f..%2fetc%2fpasswd", hash.substring(1) + "g"), null, new String[] {"Authorization", auth});
                case 2 -> new Hostile("someone else's blob", "GET", "/api/v1/blobs/" + hash, null, new String[] {"Authorization", auth});
                default -> new Hostile("blob without a member", "PUT", "/api/v1/blobs/module", bytes("x"),
                        new String[] {"Authorization", pick("Bearer 1.x", "Bearer ", "Basic Zm9vOmJhcg==")});
            };
        }

        /** Job commands that name nothing this member has, or carry what no job can. */
        private String badJob() {
            String hash = "\"" + "ab".repeat(32) + "\"";
            return pick("{\"command\":\"SubmitJob\",\"lease\":99,\"moduleHash\":" + hash + ",\"args\":[\"x\"],\"inputHash\":" + hash + "}",
                    "{\"command\":\"SubmitJob\",\"lease\":1,\"moduleHash\":\"xyz\",\"args\":[],\"inputHash\":" + hash + "}",
                    "{\"command\":\"SubmitJob\",\"lease\":1,\"moduleHash\":" + hash + ",\"args\":[null],\"inputHash\":" + hash + "}",
                    "{\"command\":\"ClaimJob\",\"job\":" + random.nextInt(1000) + "}",
                    "{\"command\":\"ReportJob\",\"job\":1,\"outcome\":\"FINE\",\"exitCode\":0,\"outputHash\":null,"
                            + "\"outputBytes\":0,\"stderrHash\":null,\"cpuMillis\":0,\"wallMillis\":0}",
                    "{\"command\":\"ReportJob\",\"job\":7,\"outcome\":\"OK\",\"exitCode\":0,\"outputHash\":" + hash + ","
                            + "\"outputBytes\":1,\"stderrHash\":null,\"cpuMillis\":0,\"wallMillis\":0}",
                    "{\"command\":\"ReportVerification\",\"job\":1}",
                    "{\"command\":\"SetVerification\",\"shareBps\":10000,\"salt\":1}");
        }

        private Hostile bodyOnQuery() {
            return new Hostile("POST to a query route", "POST", pick("/api/v1/markets", "/api/v1/account"),
                    bytes(validPlace()), new String[] {"Authorization", auth});
        }
    }
}
