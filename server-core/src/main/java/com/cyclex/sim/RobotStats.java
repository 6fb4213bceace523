package com.cyclex.sim;

import com.cyclex.api.ResultCode;
import java.util.Map;

/**
 * The robots' counters at one moment.
 *
 * @param sent commands sent
 * @param accepted commands the exchange accepted
 * @param rejected commands the exchange rejected; {@code rejections} splits them by code
 * @param trades trades heard of in the robots' markets, whoever traded
 * @param inFlight commands sent and not yet acknowledged
 * @param maxInFlight the most commands that were ever in flight at once
 * @param rate the target rate, commands per second
 * @param robotFailures turns in which a robot threw instead of returning
 */
public record RobotStats(long sent, long accepted, long rejected, Map<ResultCode, Long> rejections, long trades,
                         int inFlight, int maxInFlight, int rate, long robotFailures) {

    /** Rejected commands as a share of those answered, 0 to 1. */
    public double rejectedShare() {
        long answered = accepted + rejected;
        return answered == 0 ? 0 : rejected / (double) answered;
    }
}
