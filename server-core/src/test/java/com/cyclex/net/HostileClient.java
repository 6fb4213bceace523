package com.cyclex.net;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;

/** Raw HTTPS to a gateway (pinned to its certificate), for tests that send what no well-behaved client would. */
final class HostileClient {
    final HttpClient http;
    final JoinAddress address;

    HostileClient(JoinAddress address) throws Exception {
        this.address = address;
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, new TrustManager[] {new PinnedTrustManager(address.fingerprint())}, new SecureRandom());
        this.http = HttpClient.newBuilder().sslContext(ssl).version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    CompletableFuture<HttpResponse<String>> send(String method, String path, byte[] body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(address.httpsBase() + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.sendAsync(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
