package com.cyclex.net;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Member tokens: a participant makes a random secret once and keeps it; the host keeps only its SHA-256 hash and
 * compares hashes in constant time, so neither a stolen database nor the time an answer takes gives it away.
 */
public final class Tokens {
    private static final SecureRandom RANDOM = new SecureRandom();
    static final int MIN_LENGTH = 32;
    static final int MAX_LENGTH = 128;

    private Tokens() {
    }

    /** A new secret: 32 random bytes, base64url without padding (43 characters). */
    public static String newToken() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** The hash the host keeps: SHA-256 of the token, in lower-case hex. */
    public static String hash(String token) {
        return HexFormat.of().formatHex(sha256(token.getBytes(StandardCharsets.US_ASCII)));
    }

    /** Whether a presented token matches a kept hash, in time that does not depend on where they differ. */
    public static boolean matches(String token, String keptHash) {
        if (token == null || keptHash == null || keptHash.isEmpty()) {
            return false;
        }
        byte[] presented = hash(token).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(presented, keptHash.getBytes(StandardCharsets.US_ASCII));
    }

    /** Why a token cannot be one, or null when it can: 32 to 128 characters of base64url. */
    public static String problem(String token) {
        if (token == null || token.length() < MIN_LENGTH || token.length() > MAX_LENGTH) {
            return "A member token is " + MIN_LENGTH + " to " + MAX_LENGTH + " characters long.";
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
                return "A member token has only letters, digits, '-' and '_'.";
            }
        }
        return null;
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
