package com.cyclex.net;

import com.cyclex.api.ResultCode;
import com.cyclex.member.MemberInfo;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.websocket.WsContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The live stream at {@code /api/v1/stream?from=SEQ}: the member signs in on the upgrade request, then hears what
 * it may see of every committed batch from {@code from} on. It may also send commands on it (pipelined: each
 * answered by a result frame with the same ref) and answers pings, which give the host its latency figure.
 */
final class StreamRoute {
    static final String PATH = GatewayRoutes.PREFIX + "/stream";
    private static final String MEMBER = "cyclex-member";

    private final HostPort host;
    private final StreamHub hub;
    private final CommandDesk desk;
    private final Authenticator auth;
    private final Traffic traffic;
    private final RateLimiter anonymous;
    private final ExecutorService workers;
    private final GatewayOptions options;
    private final Map<String, StreamSession> bySession = new ConcurrentHashMap<>();

    StreamRoute(HostPort host, StreamHub hub, CommandDesk desk, Authenticator auth, Traffic traffic,
                RateLimiter anonymous, ExecutorService workers, GatewayOptions options) {
        this.host = host;
        this.hub = hub;
        this.desk = desk;
        this.auth = auth;
        this.traffic = traffic;
        this.anonymous = anonymous;
        this.workers = workers;
        this.options = options;
    }

    void install(RoutesConfig r) {
        r.wsBeforeUpgrade(PATH, this::beforeUpgrade);
        r.ws(PATH, ws -> {
            ws.onConnect(this::connected);
            ws.onMessage(ctx -> {
                // a message may carry several frames, one a line
                for (String frame : ctx.message().split("\n")) {
                    if (!frame.isBlank()) {
                        message(ctx, frame);
                    }
                }
            });
            ws.onClose(this::gone);
            ws.onError(this::gone);
        });
    }

    /** Signs the member in on the HTTP upgrade, so a refusal is a plain 4xx with a code and a sentence. */
    private void beforeUpgrade(Context ctx) throws Exception {
        long member;
        try {
            member = auth.authenticate(ctx.header("Authorization")).get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = GatewayRoutes.unwrap(e);
            if (cause instanceof WireException w) {
                if (!anonymous.tryTake(ctx.ip())) {
                    throw new WireException(ResultCode.RATE_LIMITED, "Too many failed sign-ins from " + ctx.ip() + ".");
                }
                throw w;
            }
            throw new WireException(ResultCode.EXCHANGE_UNAVAILABLE, ResultCode.EXCHANGE_UNAVAILABLE.sentence());
        } catch (TimeoutException e) {
            throw new WireException(ResultCode.EXCHANGE_UNAVAILABLE, "The exchange did not answer in time.");
        }
        if (traffic.isDisconnected(member)) {
            throw new WireException(ResultCode.MEMBER_DISCONNECTED, "The host disconnected you; ask the host to admit you again.");
        }
        GatewayRoutes.intParam(ctx.queryParam("from"), "from", 0, Integer.MAX_VALUE, 0);
        ctx.attribute(MEMBER, member);
    }

    private void connected(WsContext ctx) {
        Long member = ctx.attribute(MEMBER);
        if (member == null) {
            ctx.closeSession(4001, "Sign in first.");
            return;
        }
        long from = fromParam(ctx.queryParam("from"));
        String address = String.valueOf(ctx.session.getRemoteSocketAddress()).replaceFirst("^/", "");
        StreamSession session = new StreamSession(member, address, ctx.session, workers, options.maxQueuedFrames());
        bySession.put(ctx.sessionId(), session);
        traffic.streams(member, 1);
        traffic.request(member, address);
        host.heard(member);
        MemberInfo info = host.<MemberInfo>query(x -> x.member(member)).join();
        hub.attach(session, info == null ? "UNKNOWN" : info.status().name(), from);
    }

    private static long fromParam(String text) {
        try {
            return text == null ? 0 : Math.max(0, Long.parseLong(text));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void gone(WsContext ctx) {
        StreamSession s = bySession.remove(ctx.sessionId());
        if (s != null) {
            hub.detach(s);
            traffic.streams(s.member(), -1);
        }
    }

    private void message(WsContext ctx, String text) {
        StreamSession session = bySession.get(ctx.sessionId());
        if (session == null) {
            return;
        }
        long member = session.member();
        traffic.request(member, session.address());
        host.heard(member);
        Long ref = null;
        try {
            StreamCommandReader.CommandMessage plain = StreamCommandReader.read(text);
            if (plain != null) {
                ref = plain.ref();
                submit(session, ref, plain.key(), plain.command());
                return;
            }
            JsonNode frame = Wire.tree(text);
            if (frame == null || !frame.isObject()) {
                throw new WireException(ResultCode.REQUEST_INVALID, "A stream message is a JSON object with a \"type\".");
            }
            ref = StreamCommandReader.ref(frame);
            String type = frame.path("type").asText("");
            switch (type) {
                case "pong" -> {
                    long t = frame.path("t").asLong(0);
                    long rtt = System.nanoTime() - t;
                    if (t != 0 && rtt > 0 && rtt < 60_000_000_000L) {
                        traffic.latency(member, rtt / 1000);
                    }
                }
                case "ping" -> session.send(new StreamFrame("pong", null, null, null, null, null, null, null, null,
                        frame.path("t").asLong(0)));
                case "command" -> {
                    StreamCommandReader.CommandMessage m = StreamCommandReader.fromTree(frame, ref);
                    submit(session, m.ref(), m.key(), m.command());
                }
                default -> throw new WireException(ResultCode.REQUEST_INVALID, "A stream message's type is command, "
                        + "ping or pong; '" + WireException.clip(type) + "' is none of them.");
            }
        } catch (WireException e) {
            session.send(StreamFrame.refused(ref, WireResult.refusal(e.code(), e.getMessage())));
        }
    }

    private void submit(StreamSession session, long ref, String key, WireCommand command) {
        desk.submit(session.member(), command, key).thenAccept(r -> session.send(StreamFrame.result(ref, r)));
    }

    /** Sends each open stream a ping carrying the time, to measure its round trip. */
    void pingAll() {
        long now = System.nanoTime();
        for (StreamSession s : hub.sessions()) {
            if (!s.closed()) {
                s.send(StreamFrame.ping(now));
            }
        }
    }
}
