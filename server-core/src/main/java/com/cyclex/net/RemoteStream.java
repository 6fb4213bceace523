package com.cyclex.net;

import com.cyclex.api.CommandResult;
import com.cyclex.api.ExchangeEvent;
import com.cyclex.api.ResultCode;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The member's end of the live stream: connects, hears batches and remembers the last sequence seen, and when the
 * connection drops, connects again by itself and resumes from there. Commands can be pipelined on it too.
 */
final class RemoteStream implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RemoteStream.class);
    private static final long MAX_BACKOFF_MS = 2_000;

    private final RemoteHttp http;
    private final Consumer<List<ExchangeEvent>> events;
    private final Consumer<RemoteStatus> status;
    private final Runnable resync;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Gateway.daemon("cyclex-remote-stream"));
    /**
     * Sends on a thread of its own, so a caller only queues: what it queues while a message is on its way goes
     * in the next one together. (Sent on the caller's thread, each command was a message and a TLS record.)
     */
    private final java.util.concurrent.ExecutorService sender = Executors.newSingleThreadExecutor(
            Gateway.daemon("cyclex-remote-send"));
    private final Map<Long, CompletableFuture<CommandResult>> pending = new ConcurrentHashMap<>();
    private final AtomicLong refs = new AtomicLong();
    private final ArrayDeque<String> outbox = new ArrayDeque<>();
    private volatile WebSocket socket;
    private volatile long lastSeq;
    private volatile boolean closed;
    private volatile String memberStatus;
    private boolean sending;
    private long backoffMs = 100;

    RemoteStream(RemoteHttp http, long fromSeq, Consumer<List<ExchangeEvent>> events, Consumer<RemoteStatus> status,
                 Runnable resync) {
        this.http = http;
        this.lastSeq = fromSeq;
        this.events = events;
        this.status = status;
        this.resync = resync;
    }

    /** The last sequence whose events this member has heard. */
    long lastSeq() {
        return lastSeq;
    }

    boolean isOpen() {
        return socket != null;
    }

    void start() {
        connect();
    }

    private void connect() {
        if (closed) {
            return;
        }
        status.accept(new RemoteStatus(RemoteStatus.State.CONNECTING, memberStatus, "Connecting to "
                + http.address().host() + ":" + http.address().port() + "…"));
        http.client().newWebSocketBuilder()
                .header("Authorization", Authenticator.SCHEME + http.credential())
                .connectTimeout(java.time.Duration.ofSeconds(5))
                .buildAsync(http.uri("wss", "/stream?from=" + lastSeq), new Listener())
                .whenComplete((ws, e) -> {
                    if (e != null) {
                        failed(e);
                    }
                });
    }

    private void failed(Throwable e) {
        socket = null;
        failPending("The connection to the host broke before the answer came.");
        if (closed) {
            return;
        }
        Throwable t = GatewayRoutes.unwrap(e);
        String sentence = http.sentence(t);
        String refusal = http.trustRefusal();
        if (refusal != null) {
            status.accept(new RemoteStatus(RemoteStatus.State.REFUSED, memberStatus, refusal));
            return;
        }
        if (t instanceof java.net.http.WebSocketHandshakeException h) {
            int code = h.getResponse().statusCode();
            if (code == 401 || code == 403) {
                status.accept(new RemoteStatus(RemoteStatus.State.REFUSED, memberStatus, refusalSentence(h)));
                retryLater(10_000);
                return;
            }
        }
        status.accept(new RemoteStatus(RemoteStatus.State.DISCONNECTED, memberStatus, sentence + " Trying again."));
        retryLater(backoffMs);
        backoffMs = Math.min(MAX_BACKOFF_MS, backoffMs * 2);
    }

    private String refusalSentence(java.net.http.WebSocketHandshakeException h) {
        Object body = h.getResponse().body();
        if (body instanceof byte[] b) {
            try {
                return http.decode(b, WireResult.class).sentence();
            } catch (RuntimeException ignored) {
                // fall through
            }
        }
        return "The host refused this member (HTTP " + h.getResponse().statusCode() + ").";
    }

    private void retryLater(long ms) {
        if (!closed) {
            timer.schedule(this::connect, ms, TimeUnit.MILLISECONDS);
        }
    }

    /** Sends a command on the stream; the answer comes back as a result frame. */
    CompletableFuture<CommandResult> submit(WireCommand command, String key) {
        CompletableFuture<CommandResult> f = new CompletableFuture<>();
        if (socket == null) {
            f.complete(CommandResult.reject(ResultCode.EXCHANGE_UNAVAILABLE, "The stream to the host is not open."));
            return f;
        }
        long ref = refs.incrementAndGet();
        pending.put(ref, f);
        String frame = "{\"type\":\"command\",\"ref\":" + ref + (key == null ? "" : ",\"key\":" + Wire.writeString(key))
                + ",\"command\":" + Wire.writeString(command) + "}";
        enqueue(frame);
        return f;
    }

    private void enqueue(String frame) {
        synchronized (outbox) {
            outbox.add(frame);
            if (sending) {
                return;
            }
            sending = true;
        }
        try {
            sender.execute(this::sendNext);
        } catch (java.util.concurrent.RejectedExecutionException closedMeanwhile) {
            synchronized (outbox) {
                outbox.clear();
                sending = false;
            }
        }
    }

    /** java.net.http allows one send at a time: the next goes when the last is done. */
    private void sendNext() {
        String next;
        synchronized (outbox) {
            if (outbox.isEmpty()) {
                sending = false;
                return;
            }
            // everything queued meanwhile goes in one message, one frame a line
            StringBuilder b = new StringBuilder(outbox.poll());
            while (!outbox.isEmpty() && b.length() < StreamSession.PACKED) {
                b.append('\n').append(outbox.poll());
            }
            next = b.toString();
        }
        WebSocket ws = socket;
        if (ws == null) {
            synchronized (outbox) {
                outbox.clear();
                sending = false;
            }
            return;
        }
        ws.sendText(next, true).whenComplete((w, e) -> sendNext());
    }

    private void failPending(String sentence) {
        for (Long ref : pending.keySet()) {
            CompletableFuture<CommandResult> f = pending.remove(ref);
            if (f != null) {
                f.complete(CommandResult.reject(ResultCode.EXCHANGE_UNAVAILABLE, sentence));
            }
        }
    }

    private void frame(String text) {
        StreamFrame f;
        try {
            f = StreamFrameReader.read(text);
        } catch (java.io.IOException e) {
            throw new RemoteException("The host's message could not be read: " + e.getMessage());
        }
        switch (f.type()) {
            case "hello" -> {
                memberStatus = f.status();
                backoffMs = 100;
                status.accept(new RemoteStatus(RemoteStatus.State.LIVE, memberStatus, memberStatus != null
                        && memberStatus.equals("PENDING") ? "Waiting for the host to admit you." : "Connected."));
                if (lastSeq == 0 && f.lastSeq() != null) {
                    lastSeq = f.lastSeq();
                }
            }
            case "batch" -> {
                if (f.lastSeq() != null) {
                    lastSeq = Math.max(lastSeq, f.lastSeq());
                }
                if (f.events() != null && !f.events().isEmpty()) {
                    noticeOwnStatus(f.events());
                    events.accept(f.events());
                }
            }
            case "reset" -> {
                lastSeq = f.lastSeq() == null ? lastSeq : f.lastSeq();
                LOG.info("Stream reset: {}", f.sentence());
                resync.run();
            }
            case "lost" -> {
                lastSeq = f.lastSeq() == null ? lastSeq : f.lastSeq();
                status.accept(new RemoteStatus(RemoteStatus.State.LOST, memberStatus, f.sentence()));
                resync.run();
            }
            case "ping" -> enqueue("{\"type\":\"pong\",\"t\":" + f.t() + "}");
            case "result", "refused" -> {
                CompletableFuture<CommandResult> p = f.ref() == null ? null : pending.remove(f.ref());
                if (p != null && f.result() != null) {
                    p.complete(f.result().toResult());
                }
            }
            default -> {
                // a newer host's message: nothing to do with it
            }
        }
    }

    private void noticeOwnStatus(List<ExchangeEvent> list) {
        for (ExchangeEvent e : list) {
            if (e instanceof ExchangeEvent.MemberUpdated m) {
                String now = m.member().status().name();
                if (!now.equals(memberStatus)) {
                    memberStatus = now;
                    status.accept(new RemoteStatus(RemoteStatus.State.LIVE, now,
                            now.equals("ACTIVE") ? "Admitted: you can trade." : "Your membership is " + now + "."));
                }
            }
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public void onOpen(WebSocket webSocket) {
            socket = webSocket;
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            // CharBuffer.toString copies in bulk; StringBuilder.append(CharSequence) went char by char, and that
            // was most of what receiving cost
            String piece = data.toString();
            if (last) {
                String text;
                if (partial.length() == 0) {
                    text = piece;
                } else {
                    text = partial.append(piece).toString();
                    partial.setLength(0);
                }
                for (String line : text.split("\n")) {
                    try {
                        if (!line.isBlank()) {
                            frame(line);
                        }
                    } catch (RuntimeException e) {
                        LOG.warn("A stream message could not be handled", e);
                    }
                }
            } else {
                partial.append(piece);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            socket = null;
            failPending("The host closed the stream: " + reason);
            if (!closed) {
                if (statusCode == 4003) {
                    status.accept(new RemoteStatus(RemoteStatus.State.REFUSED, memberStatus, reason));
                    retryLater(10_000);
                } else {
                    status.accept(new RemoteStatus(RemoteStatus.State.DISCONNECTED, memberStatus,
                            "The host closed the stream" + (reason == null || reason.isEmpty() ? "" : ": " + reason)
                                    + ". Reconnecting."));
                    retryLater(backoffMs);
                }
            }
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            failed(error);
        }
    }

    @Override
    public void close() {
        closed = true;
        timer.shutdownNow();
        sender.shutdownNow();
        WebSocket ws = socket;
        socket = null;
        if (ws != null) {
            ws.abort();
        }
        failPending("The client closed.");
    }
}
