package com.cyclex.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The host's TLS identity: a self-signed certificate made on the first start and kept in the data dir, so the
 * join address (which carries its fingerprint) stays the same across restarts. The key file is readable by its
 * owner only; its store password protects nothing the file permissions do not, so it is a constant.
 */
public final class HostCertificate {
    static final String FILE = "gateway-tls.p12";
    static final char[] STORE_PASSWORD = "cyclex".toCharArray();
    private static final String ALIAS = "cyclex-host";

    private final KeyStore keyStore;
    private final X509Certificate certificate;

    private HostCertificate(KeyStore keyStore) throws GeneralSecurityException {
        this.keyStore = keyStore;
        this.certificate = (X509Certificate) keyStore.getCertificate(ALIAS);
    }

    /** Loads the certificate kept in {@code dir}, or makes and keeps one. */
    public static HostCertificate loadOrCreate(Path dir) {
        Path file = dir.resolve(FILE);
        try {
            if (Files.exists(file)) {
                KeyStore ks = KeyStore.getInstance("PKCS12");
                try (InputStream in = Files.newInputStream(file)) {
                    ks.load(in, STORE_PASSWORD);
                }
                return new HostCertificate(ks);
            }
            KeyStore ks = create();
            Path tmp = dir.resolve(FILE + ".new");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                ks.store(out, STORE_PASSWORD);
            }
            ownerOnly(tmp);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return new HostCertificate(ks);
        } catch (IOException e) {
            throw new UncheckedIOException("The gateway's certificate in " + file + " cannot be read or written: "
                    + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The gateway's certificate in " + file + " is damaged (" + e.getMessage()
                    + "); delete the file to make a new one, and hand out the new join address.", e);
        }
    }

    private static KeyStore create() throws GeneralSecurityException, IOException {
        KeyPairGenerator gen = KeyPairGenerator.getInstance("EC");
        gen.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
        KeyPair pair = gen.generateKeyPair();
        X500Name name = new X500Name("CN=Cyclex exchange host");
        Instant now = Instant.now();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name,
                new BigInteger(64, new SecureRandom()), Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(Duration.ofDays(3650))), name, pair.getPublic());
        ContentSigner signer;
        try {
            signer = new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate());
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
        X509Certificate cert = new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry(ALIAS, pair.getPrivate(), STORE_PASSWORD, new java.security.cert.Certificate[] {cert});
        return ks;
    }

    private static void ownerOnly(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // Not a POSIX file system (Windows): the data dir's own permissions protect it.
        }
    }

    public KeyStore keyStore() {
        return keyStore;
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** SHA-256 of the certificate, lower-case hex: what the join address carries. */
    public String fingerprint() {
        return PinnedTrustManager.fingerprintOf(certificate);
    }
}
