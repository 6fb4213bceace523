package com.cyclex.net;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManager;

/**
 * HTTP to one gateway: TLS that trusts only the certificate the join address names, JSON both ways, the
 * member's credential on every request. Answers are read leniently (a newer host may add fields).
 */
final class RemoteHttp implements AutoCloseable {
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final JoinAddress address;
    private final PinnedTrustManager trust;
    private final HttpClient http;
    private final ExecutorService pool;
    /** Requests in flight at once: over HTTP/1.1 each needs a connection of its own, and each new one a TLS handshake. */
    static final int IN_FLIGHT = 8;
    /**
     * Each request waits for its answer on one of these (reused) threads, at most {@link #IN_FLIGHT} at once; the
     * rest queue. java.net.http's sendAsync hands every answer to the common fork-join pool, and on a machine of
     * two cores that pool has no threads to spare: it starts a new thread for each answer (CompletableFuture's
     * thread-per-task fallback), a thread start per command. And with no bound, a burst of requests opened as many
     * connections, each with a handshake that cost more than the request, so a burst made the next one worse.
     */
    private final ExecutorService waiters;
    private final ObjectReader reader = Wire.hostReader();
    private volatile String credential;

    RemoteHttp(JoinAddress address) {
        this.address = address;
        this.trust = new PinnedTrustManager(address.fingerprint());
        this.pool = Executors.newFixedThreadPool(2, Gateway.daemon("cyclex-remote-" + address.port()));
        java.util.concurrent.ThreadPoolExecutor w = new java.util.concurrent.ThreadPoolExecutor(IN_FLIGHT, IN_FLIGHT,
                30, java.util.concurrent.TimeUnit.SECONDS, new java.util.concurrent.LinkedBlockingQueue<>(),
                Gateway.daemon("cyclex-remote-request-" + address.port()));
        w.allowCoreThreadTimeOut(true);
        this.waiters = w;
        HttpClient.Builder b = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(pool);
        try {
            SSLContext ssl = SSLContext.getInstance("TLS");
            ssl.init(null, new TrustManager[] {trust}, new SecureRandom());
            b.sslContext(ssl);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS is not available in this Java runtime", e);
        }
        this.http = b.build();
    }

    JoinAddress address() {
        return address;
    }

    HttpClient client() {
        return http;
    }

    void credential(String credential) {
        this.credential = credential;
    }

    String credential() {
        return credential;
    }

    URI uri(String scheme, String pathAndQuery) {
        String base = "wss".equals(scheme) ? address.wssBase() : address.httpsBase();
        return URI.create(base + GatewayRoutes.PREFIX + pathAndQuery);
    }

    /** Why the last handshake failed, when the certificate was the reason. */
    String trustRefusal() {
        return trust.refusal();
    }

    CompletableFuture<HttpResponse<byte[]>> send(String method, String pathAndQuery, byte[] body, String key) {
        return send(method, pathAndQuery, body, key, "application/json");
    }

    CompletableFuture<HttpResponse<byte[]>> send(String method, String pathAndQuery, byte[] body, String key, String contentType) {
        HttpRequest.Builder r = HttpRequest.newBuilder(uri("https", pathAndQuery)).timeout(TIMEOUT)
                .header("Accept", "application/json");
        if (credential != null) {
            r.header("Authorization", Authenticator.SCHEME + credential);
        }
        if (key != null) {
            r.header(GatewayRoutes.IDEMPOTENCY_HEADER, key);
        }
        if (body != null) {
            r.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        } else {
            r.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpRequest request = r.build();
        CompletableFuture<HttpResponse<byte[]>> answer = new CompletableFuture<>();
        try {
            waiters.execute(() -> {
                try {
                    answer.complete(http.send(request, HttpResponse.BodyHandlers.ofByteArray()));
                } catch (IOException e) {
                    answer.completeExceptionally(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    answer.completeExceptionally(e);
                } catch (RuntimeException e) {
                    answer.completeExceptionally(e);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            answer.completeExceptionally(new IOException("This client is closed."));
        }
        return answer;
    }

    <T> T decode(byte[] json, JavaType type) {
        try {
            return reader.forType(type).readValue(json);
        } catch (IOException e) {
            throw new RemoteException("The host's answer could not be read: " + e.getMessage());
        }
    }

    <T> T decode(byte[] json, Class<T> type) {
        return decode(json, Wire.mapper().constructType(type));
    }

    /** A sentence for a failure to reach the host. */
    String sentence(Throwable e) {
        Throwable t = GatewayRoutes.unwrap(e);
        String refusal = trust.refusal();
        if (refusal != null && (t instanceof SSLHandshakeException || t instanceof IOException)) {
            return refusal;
        }
        if (t instanceof java.net.ConnectException) {
            return "The host at " + address.host() + ":" + address.port() + " does not answer (is it listening?).";
        }
        if (t instanceof java.net.http.HttpTimeoutException) {
            return "The host at " + address.host() + ":" + address.port() + " took too long to answer.";
        }
        return "The host at " + address.host() + ":" + address.port() + " cannot be reached: "
                + (t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage());
    }

    @Override
    public void close() {
        waiters.shutdownNow();
        pool.shutdownNow();
    }
}
