package com.cyclex.net;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an exchange is and which certificate proves it: {@code cyclex://HOST:PORT#FINGERPRINT}, one line a
 * person can type or paste. The fingerprint is the SHA-256 of the host's certificate in hex; a client trusts
 * exactly that certificate and no other.
 */
public record JoinAddress(String host, int port, String fingerprint) {
    private static final Pattern FORM = Pattern.compile(
            "cyclex://(\\[[0-9A-Fa-f:.]+]|[A-Za-z0-9.\\-]+):(\\d{1,5})#([0-9A-Fa-f:]{64,95})");

    public JoinAddress {
        fingerprint = fingerprint.replace(":", "").toLowerCase(Locale.ROOT);
    }

    /** Reads a join address, or throws IllegalArgumentException with a sentence that shows the right form. */
    public static JoinAddress parse(String text) {
        String t = text == null ? "" : text.trim();
        Matcher m = FORM.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + WireException.clip(t) + "' is not a join address: it looks like "
                    + "cyclex://192.168.1.20:7741#<64 hex digits of the host's certificate fingerprint>.");
        }
        int port = Integer.parseInt(m.group(2));
        String fp = m.group(3).replace(":", "");
        if (port < 1 || port > 65535 || fp.length() != 64) {
            throw new IllegalArgumentException("The join address needs a port from 1 to 65535 and a fingerprint of 64 hex digits.");
        }
        String host = m.group(1);
        if (host.startsWith("[")) {
            host = host.substring(1, host.length() - 1);
        }
        return new JoinAddress(host, port, fp);
    }

    /** The base of the gateway's URLs, e.g. {@code https://192.168.1.20:7741}. */
    public String httpsBase() {
        return "https://" + hostForUri() + ":" + port;
    }

    public String wssBase() {
        return "wss://" + hostForUri() + ":" + port;
    }

    private String hostForUri() {
        return host.contains(":") ? "[" + host + "]" : host;
    }

    @Override
    public String toString() {
        return "cyclex://" + hostForUri() + ":" + port + "#" + fingerprint;
    }
}
