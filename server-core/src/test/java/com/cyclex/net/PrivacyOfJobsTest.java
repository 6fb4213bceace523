package com.cyclex.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.cyclex.api.ExchangeEvent;
import com.cyclex.lease.Job;
import com.cyclex.lease.JobState;
import com.cyclex.member.Reputation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A job is its buyer's and its seller's business only; a seller's record is everyone's. */
class PrivacyOfJobsTest {
    private static final Job JOB = new Job(7, 3, 2, 4, "a".repeat(64), List.of("p"), "b".repeat(64), JobState.QUEUED, 1, 0, 0,
            null, 0, null, 0, null, 0, 0, false);

    @Test
    void aJobGoesToItsBuyerAndItsSellerOnly() {
        ExchangeEvent e = new ExchangeEvent.JobUpdated(JOB);
        assertEquals(e, Privacy.view(e, 2));
        assertEquals(e, Privacy.view(e, 4));
        assertNull(Privacy.view(e, 5));
        assertNull(Privacy.view(e, 1), "not even the host's member sees a stranger's job on the stream");
    }

    @Test
    void aSellersRecordGoesToEveryone() {
        ExchangeEvent e = new ExchangeEvent.ReputationUpdated(new Reputation(4, 3, 1, 2, 0));
        for (long member = 1; member < 6; member++) {
            assertEquals(e, Privacy.view(e, member));
        }
    }
}
