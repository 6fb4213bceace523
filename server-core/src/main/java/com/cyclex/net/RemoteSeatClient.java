package com.cyclex.net;

import com.cyclex.api.CommandResult;
import com.cyclex.api.ResultCode;
import com.cyclex.sim.session.SeatClient;
import com.cyclex.sim.session.SeatView;
import com.cyclex.sim.session.SessionBoard;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;

/**
 * A member's seat across the network, over the gateway's session routes. A shout is sent once and not retried
 * (a shout has no idempotency key, and a stale one retried could trade): a lost answer reads as unavailable.
 */
public final class RemoteSeatClient implements SeatClient {
    private static final String SESSION = "/session";
    private final RemoteHttp http;

    RemoteSeatClient(RemoteHttp http) {
        this.http = http;
    }

    @Override
    public CompletableFuture<CommandResult> claimSeat() {
        return command("POST", SESSION + "/seat", null);
    }

    @Override
    public CompletableFuture<SeatView> seat() {
        return read(SESSION + "/seat", SeatView.class);
    }

    @Override
    public CompletableFuture<SessionBoard> board() {
        return read(SESSION, SessionBoard.class);
    }

    @Override
    public CompletableFuture<CommandResult> shout(long price) {
        return command("POST", SESSION + "/shouts", Wire.write(new SessionRoutes.ShoutRequest(price)));
    }

    @Override
    public CompletableFuture<CommandResult> withdraw() {
        return command("DELETE", SESSION + "/shouts", null);
    }

    @Override
    public CompletableFuture<CommandResult> releaseSeat() {
        return command("DELETE", SESSION + "/seat", null);
    }

    private CompletableFuture<CommandResult> command(String method, String path, byte[] body) {
        return http.send(method, path, body, null).handle((r, e) -> {
            if (e != null) {
                return CommandResult.reject(ResultCode.EXCHANGE_UNAVAILABLE, http.sentence(e));
            }
            try {
                return http.decode(r.body(), WireResult.class).toResult();
            } catch (RuntimeException bad) {
                return CommandResult.reject(ResultCode.EXCHANGE_UNAVAILABLE, bad.getMessage());
            }
        });
    }

    /** The answer, or null when the host says there is no session or no seat; other refusals fail the future. */
    private <T> CompletableFuture<T> read(String path, Class<T> type) {
        return http.send("GET", path, null, null).handle((HttpResponse<byte[]> r, Throwable e) -> {
            if (e != null) {
                throw new RemoteException(http.sentence(e));
            }
            if (r.statusCode() == 200) {
                return http.decode(r.body(), type);
            }
            WireResult refusal = http.decode(r.body(), WireResult.class);
            ResultCode code = WireResult.code(refusal.name(), refusal.code());
            if (code == ResultCode.SEAT_NONE || code == ResultCode.SESSION_NONE) {
                return null;
            }
            throw new RemoteException(refusal.sentence(), refusal);
        });
    }
}
