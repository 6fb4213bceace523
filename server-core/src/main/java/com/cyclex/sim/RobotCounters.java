package com.cyclex.sim;

import com.cyclex.api.CommandResult;
import com.cyclex.api.ResultCode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/** Counts what the robots did. Written on the robots' thread, read from any (the UI reads them live). */
final class RobotCounters {
    private static final ResultCode[] CODES = ResultCode.values();

    private final LongAdder sent = new LongAdder();
    private final LongAdder accepted = new LongAdder();
    private final LongAdder trades = new LongAdder();
    private final LongAdder robotFailures = new LongAdder();
    private final AtomicLongArray rejected = new AtomicLongArray(CODES.length);

    void sent() {
        sent.increment();
    }

    void answered(CommandResult result) {
        if (result.accepted()) {
            accepted.increment();
        } else {
            rejected.incrementAndGet(result.code().ordinal());
        }
    }

    void trade() {
        trades.increment();
    }

    void robotFailed() {
        robotFailures.increment();
    }

    RobotStats snapshot(int inFlight, int maxInFlight, int rate) {
        Map<ResultCode, Long> byCode = new EnumMap<>(ResultCode.class);
        long total = 0;
        for (ResultCode code : CODES) {
            long n = rejected.get(code.ordinal());
            if (n > 0) {
                byCode.put(code, n);
                total += n;
            }
        }
        return new RobotStats(sent.sum(), accepted.sum(), total, Collections.unmodifiableMap(byCode), trades.sum(), inFlight, maxInFlight,
                rate, robotFailures.sum());
    }
}
