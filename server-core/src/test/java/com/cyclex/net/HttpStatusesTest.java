package com.cyclex.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.api.ResultCode;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HttpStatusesTest {
    @Test
    void everyCodeHasAStatusAndEveryRefusalIsAClientErrorOrUnavailable() {
        for (ResultCode c : ResultCode.values()) {
            assertTrue(HttpStatuses.has(c), c + " has no HTTP status");
            int s = HttpStatuses.of(c);
            if (c == ResultCode.OK) {
                assertEquals(200, s);
            } else if (c == ResultCode.EXCHANGE_UNAVAILABLE) {
                assertEquals(503, s);
            } else {
                assertTrue(s >= 400 && s < 500, c + " maps to " + s);
            }
        }
    }

    @Test
    void resultCodeNumbersAreUniqueAndInsideTheirGroup() {
        Set<Integer> seen = new HashSet<>();
        for (ResultCode c : ResultCode.values()) {
            assertTrue(seen.add(c.number()), c + " reuses " + c.number());
            assertTrue(c.sentence().endsWith("."), c + "'s sentence");
        }
        for (ResultCode c : new ResultCode[] {ResultCode.AUTH_REQUIRED, ResultCode.RATE_LIMITED, ResultCode.ROUTE_UNKNOWN,
                ResultCode.NOT_YOUR_DATA}) {
            assertEquals(8, c.number() / 100, c + " belongs to the gateway's group");
        }
    }
}
