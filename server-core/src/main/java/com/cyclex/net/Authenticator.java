package com.cyclex.net;

import com.cyclex.api.ResultCode;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who sends a request: {@code Authorization: Bearer MEMBER.TOKEN}. The token's hash is compared in constant time
 * with the one the member registered; a member's hash never changes, so it is asked of the exchange once.
 */
final class Authenticator {
    static final String SCHEME = "Bearer ";

    private final HostPort host;
    private final ConcurrentHashMap<Long, String> hashes = new ConcurrentHashMap<>();

    Authenticator(HostPort host) {
        this.host = host;
    }

    /** The member id the header proves, or a failed future with AUTH_REQUIRED / AUTH_FAILED. */
    CompletableFuture<Long> authenticate(String header) {
        if (header == null || header.isBlank()) {
            return CompletableFuture.failedFuture(new WireException(ResultCode.AUTH_REQUIRED, ResultCode.AUTH_REQUIRED.sentence()));
        }
        if (!header.startsWith(SCHEME)) {
            return failed(ResultCode.AUTH_REQUIRED, "The Authorization header is 'Bearer MEMBER.TOKEN'.");
        }
        String credential = header.substring(SCHEME.length()).trim();
        int dot = credential.indexOf('.');
        long member;
        try {
            member = dot < 1 || dot > 19 ? -1 : Long.parseLong(credential.substring(0, dot));
        } catch (NumberFormatException e) {
            member = -1;
        }
        String token = dot < 0 ? "" : credential.substring(dot + 1);
        if (member < 1 || Tokens.problem(token) != null) {
            return failed(ResultCode.AUTH_FAILED, "The credential is MEMBER.TOKEN: a member number, a dot and the token.");
        }
        long id = member;
        String known = hashes.get(id);
        if (known != null) {
            return check(id, token, known);
        }
        return host.query(x -> x.tokenHash(id)).thenCompose(hash -> {
            if (hash != null && !hash.isEmpty()) {
                hashes.put(id, hash);
            }
            return check(id, token, hash);
        });
    }

    private static CompletableFuture<Long> check(long member, String token, String hash) {
        if (!Tokens.matches(token, hash)) {
            return failed(ResultCode.AUTH_FAILED, ResultCode.AUTH_FAILED.sentence());
        }
        return CompletableFuture.completedFuture(member);
    }

    private static <T> CompletableFuture<T> failed(ResultCode code, String sentence) {
        return CompletableFuture.failedFuture(new WireException(code, sentence));
    }
}
