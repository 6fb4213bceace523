package com.cyclex.net;

import com.cyclex.api.HistoryQuery;
import com.cyclex.api.RegisterMember;
import com.cyclex.api.ResultCode;
import com.cyclex.member.MemberInfo;
import com.cyclex.job.BlobKind;
import com.cyclex.job.BlobStore;
import com.cyclex.job.JobCode;
import com.cyclex.member.MemberStatus;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP routes: decode, check who asks, hand over, encode. Each answer is JSON: a query's value, or a
 * {@link WireResult} whose code picks the HTTP status from {@link HttpStatuses}.
 */
final class GatewayRoutes {
    static final String ANSWERED = "cyclex-answered";
    static final String PREFIX = "/api/v1";
    static final String IDEMPOTENCY_HEADER = "Idempotency-Key";
    private static final Logger LOG = LoggerFactory.getLogger(GatewayRoutes.class);
    private static final int MAX_LEVELS = 100;
    private static final int MAX_TRADES = 1000;
    private static final long DRAINED = 4L * 1024 * 1024;

    private final HostPort host;
    private final CommandDesk desk;
    private final Authenticator auth;
    private final Traffic traffic;
    private final RateLimiter queries;
    private final RateLimiter anonymous;
    private final Executor workers;
    private final GatewayOptions options;
    /** Uploads at once: each is held whole until it is stored, so their number bounds the memory they take. */
    private static final int UPLOADS = 4;
    private final java.util.concurrent.Semaphore uploads = new java.util.concurrent.Semaphore(UPLOADS);
    private final Executor uploadReaders = java.util.concurrent.Executors.newFixedThreadPool(UPLOADS,
            Gateway.daemon("cyclex-gateway-upload"));

    GatewayRoutes(HostPort host, CommandDesk desk, Authenticator auth, Traffic traffic, RateLimiter queries,
                  RateLimiter anonymous, Executor workers, GatewayOptions options) {
        this.host = host;
        this.desk = desk;
        this.auth = auth;
        this.traffic = traffic;
        this.queries = queries;
        this.anonymous = anonymous;
        this.workers = workers;
        this.options = options;
    }

    /** What a member learns of itself: its record and the host's last sequence. */
    record Me(MemberInfo member, long lastSeq) {
    }

    /** A request to join: a name for the host to see and the member's secret token (kept hashed). */
    record JoinRequest(String name, String token) {
    }

    record Joined(long memberId, String status, String sentence) {
    }

    void install(RoutesConfig r) {
        r.post(PREFIX + "/join", this::join);
        r.post(PREFIX + "/commands", this::command);
        r.get(PREFIX + "/me", ctx -> query(ctx, m -> host.query(x -> new Me(x.member(m), host.lastSeq()))));
        r.get(PREFIX + "/markets", ctx -> query(ctx, m -> host.query(x -> x.markets())));
        r.get(PREFIX + "/markets/{market}/depth", ctx -> {
            int market = intParam(ctx.pathParam("market"), "market", 1, Integer.MAX_VALUE, 0);
            int levels = intParam(ctx.queryParam("levels"), "levels", 1, MAX_LEVELS, 20);
            query(ctx, m -> host.query(x -> x.market(market) == null ? null : x.depth(market, levels))
                    .thenApply(d -> d != null ? d : WireResult.refusal(ResultCode.MARKET_UNKNOWN,
                            "No market has id " + market + ".")));
        });
        r.get(PREFIX + "/markets/{market}/ask-records", ctx -> {
            int market = intParam(ctx.pathParam("market"), "market", 1, Integer.MAX_VALUE, 0);
            int levels = intParam(ctx.queryParam("levels"), "levels", 1, MAX_LEVELS, 20);
            query(ctx, m -> host.query(x -> x.market(market) == null ? null : x.askRecords(market, levels))
                    .thenApply(d -> d != null ? d : WireResult.refusal(ResultCode.MARKET_UNKNOWN,
                            "No market has id " + market + ".")));
        });
        r.get(PREFIX + "/trades", ctx -> {
            int market = intParam(ctx.queryParam("market"), "market", 0, Integer.MAX_VALUE, 0);
            int count = intParam(ctx.queryParam("count"), "count", 1, MAX_TRADES, 50);
            query(ctx, m -> host.query(x -> Privacy.trades(x.recentTrades(market, count), m)));
        });
        r.get(PREFIX + "/account", ctx -> query(ctx, m -> host.query(x -> x.account(m))));
        r.get(PREFIX + "/orders", ctx -> query(ctx, m -> host.query(x -> x.openOrders(m))));
        r.get(PREFIX + "/orders/history", ctx -> {
            int market = intParam(ctx.queryParam("market"), "market", 0, Integer.MAX_VALUE, 0);
            long from = longParam(ctx.queryParam("from"), "from", Long.MIN_VALUE);
            long to = longParam(ctx.queryParam("to"), "to", Long.MAX_VALUE);
            int limit = intParam(ctx.queryParam("limit"), "limit", 1, HistoryQuery.MAX_LIMIT, 500);
            if (from > to) {
                throw new WireException(ResultCode.REQUEST_INVALID, "'from' must not be later than 'to'.");
            }
            // The member is the one signed in, never one the request names: a member reads only its own orders.
            query(ctx, m -> host.orderHistory(new HistoryQuery(m, market, from, to, limit)));
        });
        r.get(PREFIX + "/leases", ctx -> query(ctx, m -> host.query(x -> x.leasesOf(m))));
        r.get(PREFIX + "/leases/history", ctx -> {
            int limit = intParam(ctx.queryParam("limit"), "limit", 1, HistoryQuery.MAX_LIMIT, 200);
            query(ctx, m -> host.leaseHistory(m, limit));
        });
        r.get(PREFIX + "/trades/mine", ctx -> {
            int limit = intParam(ctx.queryParam("limit"), "limit", 1, HistoryQuery.MAX_LIMIT, 200);
            query(ctx, m -> host.tradeHistory(m, limit).thenApply(t -> Privacy.trades(t, m)));
        });
        r.get(PREFIX + "/members", ctx -> query(ctx, m -> host.query(x -> {
            MemberInfo me = x.member(m);
            return me == null ? List.of() : List.of(me);
        })));
        r.get(PREFIX + "/figures", ctx -> query(ctx, m -> host.query(x -> x.figures())));
        r.get(PREFIX + "/jobs", ctx -> query(ctx, m -> host.query(x -> x.jobsOf(m))));
        r.get(PREFIX + "/jobs/history", ctx -> {
            int limit = intParam(ctx.queryParam("limit"), "limit", 1, HistoryQuery.MAX_LIMIT, 200);
            query(ctx, m -> host.jobHistory(m, limit));
        });
        r.get(PREFIX + "/reputations", ctx -> query(ctx, m -> host.query(x -> x.reputations())));
        r.put(PREFIX + "/blobs/{kind}", this::putBlob);
        r.get(PREFIX + "/blobs/{hash}", ctx -> {
            String hash = ctx.pathParam("hash");
            if (!BlobStore.isHash(hash)) {
                throw new WireException(ResultCode.REQUEST_INVALID, JobCode.BLOB_HASH_INVALID.sentence());
            }
            query(ctx, m -> host.blobFor(m, hash).thenApply(b -> b != null ? (Object) b
                    : WireResult.refusal(ResultCode.NOT_YOUR_DATA, "No job of yours names a blob with this hash.")));
        });
        new SessionRoutes(this, host, desk).install(r);
        r.get(PREFIX + "/openapi.json", ctx -> {
            ctx.attribute(ANSWERED, Boolean.TRUE);
            ctx.status(200).contentType("application/json").result(OpenApiDocument.bytes());
        });

        r.exception(WireException.class, (e, ctx) -> refuse(ctx, e.code(), e.getMessage()));
        r.exception(HttpResponseException.class, (e, ctx) -> refuse(ctx, codeFor(e.getStatus()), sentenceFor(e)));
        r.exception(java.io.IOException.class, (e, ctx) -> {
            // the member went away mid-request: nothing to answer, nothing to alarm anyone about
            LOG.debug("Connection lost on {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
            Gateway.answer(ctx, 400, WireResult.refusal(ResultCode.REQUEST_INVALID, "The connection broke mid-request."));
        });
        r.exception(Exception.class, (e, ctx) -> {
            LOG.error("The gateway failed on {} {}", ctx.method(), ctx.path(), e);
            Gateway.answer(ctx, 500, WireResult.refusal(ResultCode.REQUEST_INVALID,
                    "The gateway could not handle this request; nothing was changed."));
        });
        for (int status : new int[] {400, 404, 405, 413, 414, 431}) {
            r.error(status, ctx -> {
                if (ctx.attribute(ANSWERED) == null) {
                    refuse(ctx, codeFor(status), sentenceFor(status, ctx));
                }
            });
        }
    }

    private static ResultCode codeFor(int status) {
        return switch (status) {
            case 404, 405 -> ResultCode.ROUTE_UNKNOWN;
            case 413, 414, 431 -> ResultCode.REQUEST_TOO_LARGE;
            case 401 -> ResultCode.AUTH_REQUIRED;
            case 429 -> ResultCode.RATE_LIMITED;
            case 503 -> ResultCode.EXCHANGE_UNAVAILABLE;
            default -> ResultCode.REQUEST_INVALID;
        };
    }

    private static String sentenceFor(int status, Context ctx) {
        return switch (status) {
            case 404, 405 -> "There is nothing at " + ctx.method() + " " + WireException.clip(ctx.path())
                    + "; the routes are listed at " + PREFIX + "/openapi.json.";
            case 413, 414, 431 -> ResultCode.REQUEST_TOO_LARGE.sentence();
            default -> ResultCode.REQUEST_INVALID.sentence();
        };
    }

    private static String sentenceFor(HttpResponseException e) {
        return switch (e.getStatus()) {
            case 404, 405 -> ResultCode.ROUTE_UNKNOWN.sentence() + " The routes are listed at " + PREFIX + "/openapi.json.";
            case 413 -> ResultCode.REQUEST_TOO_LARGE.sentence();
            default -> codeFor(e.getStatus()).sentence();
        };
    }

    static void refuse(Context ctx, ResultCode code, String sentence) {
        Gateway.answer(ctx, HttpStatuses.of(code), WireResult.refusal(code, sentence));
    }

    private void join(Context ctx) {
        if (!anonymous.tryTake(ctx.ip())) {
            refuse(ctx, ResultCode.RATE_LIMITED, "Too many requests to join from " + ctx.ip() + ": wait a moment.");
            return;
        }
        JoinRequest req = Wire.read(body(ctx), JoinRequest.class);
        String problem = Tokens.problem(req.token());
        if (problem != null) {
            throw new WireException(ResultCode.REQUEST_INVALID, problem);
        }
        String hash = Tokens.hash(req.token());
        // The key makes a join retried after a lost answer find the member it made, not a clash of names.
        String key = "join-" + hash.substring(0, 40);
        ctx.future(() -> host.submit(new RegisterMember(0, req.name(), hash), key)
                .handleAsync((r, e) -> {
                    if (e != null || r == null) {
                        respond(ctx, CommandDesk.unavailable(e));
                    } else if (r.accepted()) {
                        Gateway.answer(ctx, 200, new Joined(r.id(), "PENDING",
                                "Registered as member " + r.id() + "; the host has to admit you before you can trade."));
                    } else {
                        respond(ctx, WireResult.of(r));
                    }
                    return null;
                }, workers));
    }

    /**
     * A module or input a buyer will submit, or an output a seller will report: raw bytes, at most the host's
     * limit for the kind, from an admitted member. Few at once, since each is held whole until it is stored.
     */
    private void putBlob(Context ctx) {
        BlobKind kind;
        try {
            kind = BlobKind.valueOf(ctx.pathParam("kind").toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new WireException(ResultCode.REQUEST_INVALID, "A blob is a module, an input or an output; '"
                    + WireException.clip(ctx.pathParam("kind")) + "' is none of them.");
        }
        long max = Math.min(Integer.MAX_VALUE - 8, host.maxBlobBytes(kind));
        if (max <= 0) {
            throw new WireException(ResultCode.EXCHANGE_UNAVAILABLE, "This exchange runs no delivery: it keeps no blobs.");
        }
        String what = (kind == BlobKind.INPUT ? "An " : "A ") + kind.name().toLowerCase(java.util.Locale.ROOT) + " blob";
        withMember(ctx, m -> {
            WireResult refusal = queryRefusal(m);
            if (refusal == null && !uploads.tryAcquire()) {
                refusal = WireResult.refusal(ResultCode.RATE_LIMITED, "The host is taking other uploads now; send it again in a moment.");
            }
            if (refusal != null) {
                return CompletableFuture.completedFuture(refusal);
            }
            // Read on a thread of the uploads' own: authentication may have finished on the host's thread.
            return CompletableFuture.supplyAsync(() -> body(ctx, (int) max, what), uploadReaders)
                    .thenCompose(bytes -> host.query(x -> x.member(m)).thenCompose(me -> {
                        if (me == null || me.status() != MemberStatus.ACTIVE) {
                            return CompletableFuture.completedFuture((Object) WireResult.refusal(ResultCode.MEMBER_NOT_ACTIVE,
                                    "Only an admitted member may store blobs on this exchange."));
                        }
                        return host.putBlob(m, kind, bytes).thenApply(h -> (Object) new StoredBlob(h, bytes.length));
                    }))
                    .whenComplete((v, e) -> uploads.release());
        });
    }

    /** What the host stored: the hash that names the blob in a job, and its size. */
    record StoredBlob(String hash, long bytes) {
    }

    private void command(Context ctx) {
        byte[] body = body(ctx);
        String key = ctx.header(IDEMPOTENCY_HEADER);
        withMember(ctx, m -> {
            WireCommand command = Wire.read(body, WireCommand.class);
            return desk.submit(m, command, key);
        });
    }

    void query(Context ctx, Function<Long, CompletableFuture<?>> question) {
        withMember(ctx, m -> {
            WireResult refusal = queryRefusal(m);
            return refusal != null ? CompletableFuture.completedFuture(refusal) : question.apply(m);
        });
    }

    /** Why a member may not ask now (disconnected by the host, or over its rate), or null. */
    private WireResult queryRefusal(long m) {
        WireResult refusal = traffic.isDisconnected(m) ? desk.admission(m) : null;
        if (refusal != null) {
            return refusal;
        }
        return queries.tryTake(m) ? null : WireResult.refusal(ResultCode.RATE_LIMITED, ResultCode.RATE_LIMITED.sentence());
    }

    /** Authenticates, then answers with what {@code work} gives for the member. */
    void withMember(Context ctx, Function<Long, CompletableFuture<?>> work) {
        String address = ctx.ip() + ":" + ctx.req().getRemotePort();
        String ip = ctx.ip();
        String header = ctx.header("Authorization");
        ctx.future(() -> auth.authenticate(header)
                .thenCompose(m -> {
                    traffic.request(m, address);
                    host.heard(m);
                    return work.apply(m);
                })
                .handleAsync((value, e) -> {
                    if (e != null) {
                        Throwable cause = unwrap(e);
                        if (cause instanceof WireException w) {
                            boolean authFailure = w.code() == ResultCode.AUTH_FAILED || w.code() == ResultCode.AUTH_REQUIRED;
                            if (authFailure && !anonymous.tryTake(ip)) {
                                respond(ctx, WireResult.refusal(ResultCode.RATE_LIMITED,
                                        "Too many failed sign-ins from " + ip + ": wait a moment."));
                            } else {
                                respond(ctx, WireResult.refusal(w.code(), w.getMessage()));
                            }
                        } else if (cause instanceof IllegalStateException) {
                            respond(ctx, CommandDesk.unavailable(cause));
                        } else {
                            LOG.error("The gateway failed on {} {}", ctx.method(), ctx.path(), cause);
                            Gateway.answer(ctx, 500, WireResult.refusal(ResultCode.REQUEST_INVALID,
                                    "The gateway could not handle this request; nothing was changed."));
                        }
                    } else if (value instanceof WireResult r) {
                        respond(ctx, r);
                    } else if (value instanceof byte[] raw) {
                        ctx.attribute(ANSWERED, Boolean.TRUE);
                        ctx.status(200).contentType("application/octet-stream").result(raw);
                    } else {
                        Gateway.answer(ctx, 200, value);
                    }
                    return null;
                }, workers));
    }

    static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static void respond(Context ctx, WireResult r) {
        Gateway.answer(ctx, HttpStatuses.of(WireResult.code(r.name(), r.code())), r);
    }

    /**
     * The body, read up to the limit; more than that is refused before any of it is parsed. A body up to
     * {@link #DRAINED} is read to its end first, so the sender is still listening when the refusal comes.
     */
    byte[] body(Context ctx) {
        return body(ctx, options.maxBodyBytes(), "The body");
    }

    private byte[] body(Context ctx, int max, String what) {
        long declared = ctx.req().getContentLengthLong();
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] b = in.readNBytes(max + 1);
            if (b.length > max) {
                long rest = in.skip(DRAINED);
                if (rest >= DRAINED) {
                    ctx.header("Connection", "close");
                }
                throw new WireException(ResultCode.REQUEST_TOO_LARGE, what + " has "
                        + (declared > 0 ? declared + " bytes" : "more than " + max + " bytes") + "; at most " + max
                        + " are taken.");
            }
            return b;
        } catch (IOException e) {
            throw new WireException(ResultCode.REQUEST_INVALID, "The body could not be read: the connection broke.");
        }
    }

    /** A time in epoch milliseconds, or the default when absent. */
    static long longParam(String text, String name, long absent) {
        if (text == null) {
            return absent;
        }
        try {
            if (text.length() > 20) {
                throw new NumberFormatException();
            }
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new WireException(ResultCode.REQUEST_INVALID, "'" + name + "' must be a time in milliseconds since 1970; '"
                    + WireException.clip(text) + "' is not.");
        }
    }

    /** A whole-number parameter within bounds, or the default when absent. */
    static int intParam(String text, String name, int min, int max, int absent) {
        if (text == null) {
            if (absent >= min) {
                return absent;
            }
            throw new WireException(ResultCode.REQUEST_INVALID, "'" + name + "' is missing.");
        }
        long v;
        try {
            if (text.length() > 11) {
                throw new NumberFormatException();
            }
            v = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new WireException(ResultCode.REQUEST_INVALID, "'" + name + "' must be a whole number from " + min
                    + " to " + max + "; '" + WireException.clip(text) + "' is not.");
        }
        if (v < min || v > max) {
            throw new WireException(ResultCode.REQUEST_INVALID, "'" + name + "' must be from " + min + " to " + max
                    + "; " + v + " is not.");
        }
        return (int) v;
    }

}
