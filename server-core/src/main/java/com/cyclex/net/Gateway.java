package com.cyclex.net;

import com.cyclex.api.ResultCode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The exchange's door to the network: HTTP for commands and questions, a WebSocket for the live stream, TLS with
 * the host's own certificate. A thin adapter: it decodes, authenticates, applies the gateway's own limits and
 * hands the exchange's command records to the host; every rule of the exchange stays in the exchange.
 */
public final class Gateway implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Gateway.class);

    private final Javalin app;
    private final StreamHub hub;
    private final Traffic traffic;
    private final ExecutorService workers;
    private final ScheduledExecutorService pinger;
    private final String fingerprint;
    private final GatewayOptions options;

    private Gateway(Javalin app, StreamHub hub, Traffic traffic, ExecutorService workers,
                    ScheduledExecutorService pinger, String fingerprint, GatewayOptions options) {
        this.app = app;
        this.hub = hub;
        this.traffic = traffic;
        this.workers = workers;
        this.pinger = pinger;
        this.fingerprint = fingerprint;
        this.options = options;
    }

    /**
     * Starts listening. {@code certificateDir} keeps the host's certificate (made on the first start); it is
     * not used when TLS is off.
     */
    public static Gateway start(HostPort host, Path certificateDir, GatewayOptions options) {
        HostCertificate certificate = options.tls() ? HostCertificate.loadOrCreate(certificateDir) : null;
        Traffic traffic = new Traffic();
        ExecutorService workers = Executors.newFixedThreadPool(2, daemon("cyclex-gateway-worker"));
        ScheduledExecutorService pinger = Executors.newSingleThreadScheduledExecutor(daemon("cyclex-gateway-ping"));
        StreamHub hub = new StreamHub(host, options.keepEvents());
        RateLimiter commands = new RateLimiter(options.commandsPerSecond(), options.commandBurst());
        RateLimiter queries = new RateLimiter(options.queriesPerSecond(), options.queryBurst());
        RateLimiter anonymous = new RateLimiter(options.anonymousPerSecond(), options.anonymousPerSecond() * 2);
        CommandDesk desk = new CommandDesk(host, traffic, commands);
        Authenticator auth = new Authenticator(host);
        GatewayRoutes routes = new GatewayRoutes(host, desk, auth, traffic, queries, anonymous, workers, options);
        StreamRoute stream = new StreamRoute(host, hub, desk, auth, traffic, anonymous, workers, options);

        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = options.maxBodyBytes();
            config.http.defaultContentType = "application/json";
            config.http.asyncTimeout = 30_000;
            config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrors()));
            config.jetty.modifyWebSocketServletFactory(f -> {
                f.setIdleTimeout(Duration.ofSeconds(60));
                f.setMaxTextMessageSize(4L * StreamSession.PACKED); // several frames a message, each read as strictly as a body
                f.setMaxBinaryMessageSize(256);
            });
            if (certificate != null) {
                config.jetty.addConnector((server, httpConfig) -> {
                    SslContextFactory.Server ssl = new SslContextFactory.Server();
                    ssl.setKeyStore(certificate.keyStore());
                    ssl.setKeyStorePassword(new String(HostCertificate.STORE_PASSWORD));
                    ssl.setIncludeProtocols("TLSv1.3", "TLSv1.2");
                    HttpConfiguration https = new HttpConfiguration(httpConfig);
                    SecureRequestCustomizer secure = new SecureRequestCustomizer();
                    // Members reach the host by address; no name in the certificate is checked on either side.
                    secure.setSniHostCheck(false);
                    https.addCustomizer(secure);
                    ServerConnector connector = new ServerConnector(server,
                            new SslConnectionFactory(ssl, "http/1.1"), new HttpConnectionFactory(https));
                    connector.setHost(options.bindHost());
                    connector.setPort(options.port());
                    return connector;
                });
            } else {
                config.jetty.host = options.bindHost();
                config.jetty.port = options.port();
            }
            routes.install(config.routes);
            stream.install(config.routes);
        });
        try {
            app.start();
        } catch (RuntimeException e) {
            hub.close();
            workers.shutdownNow();
            pinger.shutdownNow();
            throw new IllegalStateException("The gateway cannot listen on " + options.bindHost() + ":" + options.port()
                    + ": " + rootMessage(e), e);
        }
        pinger.scheduleAtFixedRate(stream::pingAll, 2, 5, TimeUnit.SECONDS);
        Gateway gateway = new Gateway(app, hub, traffic, workers, pinger,
                certificate == null ? null : certificate.fingerprint(), options);
        LOG.info("Gateway listening on {}:{}{}", options.bindHost(), gateway.port(),
                certificate == null ? " without TLS" : ", join address " + gateway.joinAddress());
        return gateway;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** The port it listens on (the chosen one when asked for port 0). */
    public int port() {
        return app.port();
    }

    /** The certificate's fingerprint, or null without TLS. */
    public String fingerprint() {
        return fingerprint;
    }

    /** The line to hand out: this host's address, the port and the certificate's fingerprint. */
    public JoinAddress joinAddress() {
        String host = options.bindHost();
        if (host.equals("0.0.0.0") || host.equals("::")) {
            host = lanAddress();
        }
        return new JoinAddress(host, port(), fingerprint == null ? "0".repeat(64) : fingerprint);
    }

    /** The first site-local IPv4 address of an interface that is up, else the loopback address. */
    static String lanAddress() {
        try {
            for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nif.isUp() || nif.isLoopback()) {
                    continue;
                }
                for (InetAddress a : Collections.list(nif.getInetAddresses())) {
                    if (a instanceof Inet4Address && a.isSiteLocalAddress()) {
                        return a.getHostAddress();
                    }
                }
            }
        } catch (SocketException e) {
            // no interfaces to list: fall back to this machine alone
        }
        return "127.0.0.1";
    }

    /**
     * Every route the server answers, as "METHOD /path" with Javalin's {param} placeholders; the stream counts
     * as a GET (its upgrade). Read from the router itself, for the test that holds the OpenAPI document to them.
     */
    public java.util.SortedSet<String> routes() {
        java.util.SortedSet<String> out = new java.util.TreeSet<>();
        for (var e : app.unsafe.internalRouter.allHttpHandlers()) {
            String method = e.endpoint.method.name();
            if (!method.startsWith("BEFORE") && !method.startsWith("AFTER") && !method.startsWith("WEBSOCKET")) {
                out.add(method + " " + e.endpoint.path);
            }
        }
        for (var w : app.unsafe.internalRouter.allWsHandlers()) {
            if (w.getType() == io.javalin.websocket.WsHandlerType.WEBSOCKET) {
                out.add("GET " + w.getPath());
            }
        }
        return out;
    }

    /** The members that have reached the gateway, for the host's view. */
    public List<ConnectedMember> members() {
        return traffic.snapshot();
    }

    /** Closes a member's streams and refuses its requests until {@link #allow} (the host admitting it again). */
    public void disconnect(long member) {
        traffic.disconnect(member);
        for (StreamSession s : hub.sessions()) {
            if (s.member() == member) {
                s.close(4003, ResultCode.MEMBER_DISCONNECTED.sentence());
            }
        }
        LOG.info("Host disconnected member {}", member);
    }

    public void allow(long member) {
        traffic.allow(member);
    }

    @Override
    public void close() {
        pinger.shutdownNow();
        hub.close();
        app.stop();
        workers.shutdown();
    }

    static void answer(Context ctx, int status, Object body) {
        ctx.attribute(GatewayRoutes.ANSWERED, Boolean.TRUE);
        ctx.status(status).contentType("application/json").result(Wire.write(body));
    }
}
