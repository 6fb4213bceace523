package com.cyclex.net;

import com.cyclex.api.ResultCode;
import com.cyclex.member.MemberStatus;
import com.cyclex.sim.session.LiveSession;
import com.cyclex.sim.session.SeatView;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The live session's routes: a member asks for a seat, reads its own seat and shouts for it; everyone reads the
 * public board. The seat is always the one the signed-in member holds, never one the request names, so a member
 * can neither see another seat's schedule nor act for it. The instructor's steps are the host's alone.
 */
final class SessionRoutes {
    private static final String SESSION = GatewayRoutes.PREFIX + "/session";

    private final GatewayRoutes routes;
    private final HostPort host;
    private final CommandDesk desk;

    SessionRoutes(GatewayRoutes routes, HostPort host, CommandDesk desk) {
        this.routes = routes;
        this.host = host;
        this.desk = desk;
    }

    /** A shout: a one-unit bid (a buyer's seat) or ask (a seller's) at this price, in ticks. */
    record ShoutRequest(long price) {
    }

    void install(RoutesConfig r) {
        r.get(SESSION, ctx -> routes.query(ctx, m -> withSession(m, live -> done(live.board()))));
        r.get(SESSION + "/seat", ctx -> routes.query(ctx, m -> withSession(m, live -> {
            SeatView seat = live.seatOf(m);
            return done(seat != null ? seat : WireResult.refusal(ResultCode.SEAT_NONE, ResultCode.SEAT_NONE.sentence()));
        })));
        r.post(SESSION + "/seat", ctx -> command(ctx, m -> withSession(m, live -> host.query(x -> x.member(m))
                .thenCompose(me -> me == null || me.status() != MemberStatus.ACTIVE
                        ? done(WireResult.refusal(ResultCode.MEMBER_NOT_ACTIVE,
                                "The host has to admit you before you can take a seat."))
                        : live.claimSeat(m, me.name()).thenApply(WireResult::of)))));
        r.delete(SESSION + "/seat", ctx -> command(ctx, m -> withSession(m,
                live -> live.releaseSeat(m).thenApply(WireResult::of))));
        r.post(SESSION + "/shouts", ctx -> {
            byte[] body = routes.body(ctx);
            command(ctx, m -> {
                ShoutRequest shout = Wire.read(body, ShoutRequest.class);
                return withSession(m, live -> live.shout(m, shout.price()).thenApply(WireResult::of));
            });
        });
        r.delete(SESSION + "/shouts", ctx -> command(ctx, m -> withSession(m,
                live -> live.withdraw(m).thenApply(WireResult::of))));
        r.post(SESSION + "/periods", ctx -> command(ctx, m -> done(WireResult.refusal(ResultCode.NOT_HOST,
                "Only the instructor at the host starts, pauses and ends periods; a member who joined over the network"
                        + " cannot."))));
    }

    /** A request that changes something: the member's standing and command rate first, as for any command. */
    private void command(Context ctx, Function<Long, CompletableFuture<?>> work) {
        routes.withMember(ctx, m -> {
            WireResult refusal = desk.admission(m);
            return refusal != null ? done(refusal) : work.apply(m);
        });
    }

    /** Every session request is the holder's heartbeat: a seat whose robot stood in is its holder's again. */
    private CompletableFuture<?> withSession(long member, Function<LiveSession, CompletableFuture<?>> work) {
        LiveSession live = host.liveSession();
        if (live == null) {
            return done(WireResult.refusal(ResultCode.SESSION_NONE, ResultCode.SESSION_NONE.sentence()));
        }
        live.heard(member);
        return work.apply(live);
    }

    private static <T> CompletableFuture<T> done(T value) {
        return CompletableFuture.completedFuture(value);
    }
}
