package com.cyclex.net;

import java.net.Socket;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Trusts one certificate: the one whose SHA-256 fingerprint the join address carries. There is no certificate
 * authority between a host and its members, so the name in the certificate does not matter and is not checked;
 * the fingerprint is the whole proof.
 */
public final class PinnedTrustManager extends X509ExtendedTrustManager {
    private final String fingerprint;
    private volatile String refusal;

    public PinnedTrustManager(String fingerprint) {
        this.fingerprint = fingerprint;
    }

    /** Why the last handshake was refused, or null. */
    public String refusal() {
        return refusal;
    }

    public static String fingerprintOf(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(Tokens.sha256(certificate.getEncoded()));
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("The certificate cannot be encoded", e);
        }
    }

    private void check(X509Certificate[] chain) throws CertificateException {
        if (chain == null || chain.length == 0) {
            refusal = "The host showed no certificate.";
            throw new CertificateException(refusal);
        }
        String seen = fingerprintOf(chain[0]);
        if (!seen.equals(fingerprint)) {
            refusal = "The host's certificate fingerprint is " + seen + ", but the join address expects "
                    + fingerprint + ": this is not the exchange the address was made for. Ask the host for its "
                    + "current join address (and do not connect if you did not expect a change).";
            throw new CertificateException(refusal);
        }
        refusal = null;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        check(chain);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("Members do not accept connections.");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        throw new CertificateException("Members do not accept connections.");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        throw new CertificateException("Members do not accept connections.");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}
