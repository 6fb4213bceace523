package com.cyclex.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;

/**
 * A participant's identity at one exchange, kept in its own data dir: where the exchange is, which member it is
 * there, and its secret token. With it the participant is the same member after a restart.
 */
public record Membership(JoinAddress address, long memberId, String token, String name) {
    static final String FILE = "membership.properties";

    /** The credential the gateway takes: {@code MEMBER.TOKEN}. */
    public String credential() {
        return memberId + "." + token;
    }

    /** The membership kept in {@code dir} for this exchange, or null when there is none. */
    public static Membership load(Path dir, JoinAddress address) {
        Path file = dir.resolve(FILE);
        if (!Files.exists(file)) {
            return null;
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The membership file " + file + " cannot be read: " + e.getMessage(), e);
        }
        JoinAddress kept;
        long id;
        try {
            kept = JoinAddress.parse(p.getProperty("address"));
            id = Long.parseLong(p.getProperty("member", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The membership file " + file + " is damaged: " + e.getMessage()
                    + " Delete it to join again as a new member.", e);
        }
        if (!kept.fingerprint().equals(address.fingerprint())) {
            return null; // another exchange: join it afresh (the file is replaced when that succeeds)
        }
        return new Membership(address, id, p.getProperty("token"), p.getProperty("name", ""));
    }

    /** Keeps this membership in {@code dir}, readable by its owner only. */
    public void save(Path dir) {
        Properties p = new Properties();
        p.setProperty("address", address.toString());
        p.setProperty("member", Long.toString(memberId));
        p.setProperty("token", token);
        p.setProperty("name", name);
        try {
            Files.createDirectories(dir);
            Path tmp = dir.resolve(FILE + ".new");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                p.store(out, "Cyclex membership: this file is who you are at the exchange; keep it private");
            }
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not POSIX: the data dir's permissions protect it
            }
            Files.move(tmp, dir.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("The membership cannot be kept in " + dir + ": " + e.getMessage(), e);
        }
    }
}
