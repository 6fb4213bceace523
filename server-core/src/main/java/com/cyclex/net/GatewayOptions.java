package com.cyclex.net;

/**
 * How the gateway listens and what it allows.
 *
 * @param bindHost the address to listen on ("0.0.0.0" for every interface)
 * @param port 0 for any free port
 * @param tls encrypted (the default); plain HTTP only for tests that say so
 * @param commandsPerSecond each member's command rate, with bursts up to {@code commandBurst}
 * @param queriesPerSecond each member's query rate, with bursts up to {@code queryBurst}
 * @param anonymousPerSecond requests a second from one address before it signs in (joining, failed sign-ins)
 * @param maxBodyBytes the largest request body taken
 * @param keepEvents how many recent events the stream keeps for members that reconnect
 * @param maxQueuedFrames how far a member's stream may fall behind before it is closed
 */
public record GatewayOptions(String bindHost, int port, boolean tls, long commandsPerSecond, long commandBurst,
                             long queriesPerSecond, long queryBurst, long anonymousPerSecond, int maxBodyBytes,
                             int keepEvents, int maxQueuedFrames) {

    public GatewayOptions {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("A port is 0 to 65535; " + port + " is not.");
        }
        if (commandsPerSecond < 1 || commandBurst < 1 || queriesPerSecond < 1 || queryBurst < 1 || anonymousPerSecond < 1) {
            throw new IllegalArgumentException("Rate limits are at least 1 a second.");
        }
        if (maxBodyBytes < 256 || keepEvents < 1 || maxQueuedFrames < 16) {
            throw new IllegalArgumentException("The body limit is at least 256 bytes and the stream keeps at least 1 event.");
        }
    }

    /** Listens on {@code bindHost:port} with TLS and the usual limits. */
    public static GatewayOptions defaults(String bindHost, int port) {
        return new GatewayOptions(bindHost, port, true, 1_000, 2_000, 2_000, 4_000, 20, 16 * 1024, 200_000, 20_000);
    }

    public GatewayOptions withCommandRate(long perSecond, long burst) {
        return new GatewayOptions(bindHost, port, tls, perSecond, burst, queriesPerSecond, queryBurst,
                anonymousPerSecond, maxBodyBytes, keepEvents, maxQueuedFrames);
    }

    public GatewayOptions withQueryRate(long perSecond, long burst) {
        return new GatewayOptions(bindHost, port, tls, commandsPerSecond, commandBurst, perSecond, burst,
                anonymousPerSecond, maxBodyBytes, keepEvents, maxQueuedFrames);
    }

    public GatewayOptions withAnonymousRate(long perSecond) {
        return new GatewayOptions(bindHost, port, tls, commandsPerSecond, commandBurst, queriesPerSecond, queryBurst,
                perSecond, maxBodyBytes, keepEvents, maxQueuedFrames);
    }

    public GatewayOptions withTls(boolean on) {
        return new GatewayOptions(bindHost, port, on, commandsPerSecond, commandBurst, queriesPerSecond, queryBurst,
                anonymousPerSecond, maxBodyBytes, keepEvents, maxQueuedFrames);
    }

    public GatewayOptions withKeepEvents(int events) {
        return new GatewayOptions(bindHost, port, tls, commandsPerSecond, commandBurst, queriesPerSecond, queryBurst,
                anonymousPerSecond, maxBodyBytes, events, maxQueuedFrames);
    }

    /** Reads {@code [ADDR:]PORT} as the --listen flag takes it. */
    public static GatewayOptions parseListen(String text) {
        String t = text == null ? "" : text.trim();
        int colon = t.lastIndexOf(':');
        String host = colon < 0 ? "0.0.0.0" : t.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        String portText = colon < 0 ? t : t.substring(colon + 1);
        int port;
        try {
            port = Integer.parseInt(portText);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--listen takes [ADDR:]PORT, e.g. 7741 or 127.0.0.1:7741; '"
                    + WireException.clip(t) + "' is not that.");
        }
        if (host.isEmpty() || port < 0 || port > 65535) {
            throw new IllegalArgumentException("--listen takes [ADDR:]PORT with a port from 0 to 65535.");
        }
        return defaults(host, port);
    }
}
