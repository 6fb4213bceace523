package com.cyclex.net;

import com.cyclex.api.ResultCode;
import java.util.EnumMap;
import java.util.Map;

/**
 * The one table from the exchange's result codes to HTTP statuses. Every code has a row (a test checks it), so a
 * new code cannot fall through to a 500: a refusal is always a 4xx, and only an exchange that stopped taking
 * commands answers 503.
 */
public final class HttpStatuses {
    private static final Map<ResultCode, Integer> STATUS = new EnumMap<>(ResultCode.class);

    static {
        put(200, ResultCode.OK);
        put(400, ResultCode.COMMAND_INVALID, ResultCode.REQUEST_INVALID, ResultCode.COMMAND_UNKNOWN,
                ResultCode.IDEMPOTENCY_KEY_INVALID);
        put(401, ResultCode.AUTH_REQUIRED, ResultCode.AUTH_FAILED);
        put(403, ResultCode.NOT_HOST, ResultCode.MEMBER_NOT_ACTIVE, ResultCode.ORDER_NOT_YOURS,
                ResultCode.MEMBER_DISCONNECTED, ResultCode.NOT_YOUR_DATA, ResultCode.LEASE_NOT_YOURS,
                ResultCode.JOB_NOT_YOURS);
        put(404, ResultCode.MEMBER_UNKNOWN, ResultCode.MARKET_UNKNOWN, ResultCode.ORDER_UNKNOWN, ResultCode.ROUTE_UNKNOWN,
                ResultCode.LEASE_UNKNOWN, ResultCode.JOB_UNKNOWN);
        put(409, ResultCode.MEMBER_STATUS_CONFLICT, ResultCode.NAME_TAKEN, ResultCode.MARKET_HALTED,
                ResultCode.MARKET_CLOSED, ResultCode.SYMBOL_TAKEN, ResultCode.MARKET_STATUS_CONFLICT,
                ResultCode.NO_LIQUIDITY, ResultCode.CAPACITY_BELOW_COMMITTED, ResultCode.LEASE_NOT_ACTIVE,
                ResultCode.JOB_QUEUE_FULL, ResultCode.JOB_STATE_INVALID, ResultCode.LEASE_CORES_BUSY,
                ResultCode.SESSION_NONE, ResultCode.SEAT_NONE, ResultCode.SEATS_FULL, ResultCode.PERIOD_CLOSED,
                ResultCode.PERIOD_PAUSED, ResultCode.SESSION_STATE_CONFLICT, ResultCode.SESSION_MARKET);
        put(413, ResultCode.REQUEST_TOO_LARGE);
        put(422, ResultCode.NAME_INVALID, ResultCode.CAPACITY_INVALID, ResultCode.MARKET_SPEC_INVALID,
                ResultCode.PRICE_OUTSIDE_BAND, ResultCode.UNITS_OUT_OF_LIMITS, ResultCode.ORDER_TYPE_INVALID,
                ResultCode.INSUFFICIENT_CREDITS, ResultCode.INSUFFICIENT_CAPACITY, ResultCode.AMOUNT_INVALID,
                ResultCode.LIMIT_EXCEEDED, ResultCode.FEES_INVALID, ResultCode.LEASE_END_INVALID, ResultCode.RULES_INVALID,
                ResultCode.JOB_INVALID, ResultCode.SEAT_UNITS_USED, ResultCode.SHOUT_NOT_IMPROVING,
                ResultCode.SHOUT_AT_A_LOSS);
        put(429, ResultCode.RATE_LIMITED);
        put(503, ResultCode.EXCHANGE_UNAVAILABLE);
    }

    private HttpStatuses() {
    }

    private static void put(int status, ResultCode... codes) {
        for (ResultCode c : codes) {
            if (STATUS.put(c, status) != null) {
                throw new IllegalStateException(c + " is in the status table twice");
            }
        }
    }

    /** The HTTP status for a code; a code missing from the table counts as a bad request. */
    public static int of(ResultCode code) {
        return STATUS.getOrDefault(code, 400);
    }

    /** Whether the table has a row for the code (for the test that every code has one). */
    static boolean has(ResultCode code) {
        return STATUS.containsKey(code);
    }
}
