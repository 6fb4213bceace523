package com.cyclex.net;

import com.cyclex.api.Command;
import com.cyclex.api.CommandResult;
import com.cyclex.api.ResultCode;
import java.util.concurrent.CompletableFuture;

/**
 * Where every remote command goes, from HTTP or from the stream alike: the member's standing at the gateway
 * (disconnected, over its rate), who may send it (host commands stay with the host), then the exchange.
 * What the command means is the exchange's business alone.
 */
final class CommandDesk {
    private final HostPort host;
    private final Traffic traffic;
    private final RateLimiter limiter;

    CommandDesk(HostPort host, Traffic traffic, RateLimiter limiter) {
        this.host = host;
        this.traffic = traffic;
        this.limiter = limiter;
    }

    /** Whether a member may send anything now; null when it may, else the refusal. */
    WireResult admission(long member) {
        if (traffic.isDisconnected(member)) {
            return WireResult.refusal(ResultCode.MEMBER_DISCONNECTED,
                    "The host disconnected you; ask the host to admit you again.");
        }
        if (!limiter.tryTake(member)) {
            return WireResult.refusal(ResultCode.RATE_LIMITED, ResultCode.RATE_LIMITED.sentence());
        }
        return null;
    }

    CompletableFuture<WireResult> submit(long member, WireCommand command, String key) {
        String keyProblem = keyProblem(key);
        if (keyProblem != null) {
            return CompletableFuture.completedFuture(WireResult.refusal(ResultCode.IDEMPOTENCY_KEY_INVALID, keyProblem));
        }
        WireResult refusal = admission(member);
        if (refusal != null) {
            return CompletableFuture.completedFuture(refusal);
        }
        if (command.hostOnly()) {
            return CompletableFuture.completedFuture(WireResult.refusal(ResultCode.NOT_HOST,
                    "Only the host can send " + WireException.commandName(command) + "; a member who joined over the "
                            + "network cannot."));
        }
        CompletableFuture<CommandResult> f;
        try {
            Command asked = command.toCommand(member);
            CommandResult refused = host.refusal(asked); // the host's own rules, which its terminal hears too
            if (refused != null) {
                return CompletableFuture.completedFuture(WireResult.of(refused));
            }
            traffic.command(member);
            f = host.submit(asked, key);
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(unavailable(e));
        }
        return f.handle((r, e) -> e != null || r == null ? unavailable(e) : WireResult.of(r));
    }

    static WireResult unavailable(Throwable e) {
        return WireResult.refusal(ResultCode.EXCHANGE_UNAVAILABLE, "The exchange did not take the command"
                + (e == null || e.getMessage() == null ? "." : ": " + WireException.clip(e.getMessage()) + "."));
    }

    /** Why an idempotency key cannot be one, or null (no key, or a good one). */
    static String keyProblem(String key) {
        if (key == null) {
            return null;
        }
        if (key.isEmpty() || key.length() > 64) {
            return ResultCode.IDEMPOTENCY_KEY_INVALID.sentence();
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 0x21 || c > 0x7E) {
                return ResultCode.IDEMPOTENCY_KEY_INVALID.sentence() + " This one has a space or another character outside that range.";
            }
        }
        return null;
    }
}
