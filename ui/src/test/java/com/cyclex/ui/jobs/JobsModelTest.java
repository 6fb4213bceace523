package com.cyclex.ui.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.api.ExchangeEvent;
import com.cyclex.job.JobCode;
import com.cyclex.job.builtin.BuiltInWorkload;
import com.cyclex.job.builtin.PrimeCount;
import com.cyclex.lease.Job;
import com.cyclex.lease.JobState;
import com.cyclex.lease.Lease;
import com.cyclex.lease.LeaseState;
import com.cyclex.market.Side;
import com.cyclex.market.Trade;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The jobs model follows the exchange's events, keeps every open job and only the latest finished ones. */
class JobsModelTest {
    private static final long ME = 1;
    private static final long SELLER = 2;
    private static final String EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    /** A 10-minute lease of 2 cores worth 12.00 credits. */
    private static final Lease LEASE = new Lease(7, new Trade(1, 1, 10, 11, ME, SELLER, 600, 2, Side.BID, 0),
            2, 0, 600_000, 1_200, 3, LeaseState.ACTIVE);

    private static Job queued(long id) {
        PrimeCount p = new PrimeCount(0, 1000);
        return Job.submitted(id, LEASE, BuiltInWorkload.PRIME_COUNT.moduleHash(), p.args(), EMPTY, 1_000);
    }

    private static Job done(Job j) {
        return j.started(2_000).reported(JobState.DONE, JobCode.OK, 0, EMPTY, 4, null, 60_000, 60_000, false, 62_000);
    }

    private static List<ExchangeEvent> events(Job... jobs) {
        List<ExchangeEvent> e = new ArrayList<>();
        for (Job j : jobs) {
            e.add(new ExchangeEvent.JobUpdated(j));
        }
        return e;
    }

    @Test
    void aJobGoesFromQueuedToRunningToDoneAsItsEventsArrive() {
        JobsModel model = new JobsModel(ME);
        Job job = queued(3);
        model.apply(events(job));
        assertEquals(JobState.QUEUED, model.jobs().get(0).state());
        assertEquals(1, model.count(JobState.QUEUED));

        model.apply(events(job.started(2_000)));
        assertEquals(JobState.RUNNING, model.jobs().get(0).state());
        assertEquals(0, model.count(JobState.QUEUED));
        assertEquals(1, model.count(JobState.RUNNING));

        model.apply(List.of(new ExchangeEvent.LeaseUpdated(LEASE)));
        assertNull(model.cost(model.jobs().get(0)), "an open job has cost nothing yet");
        model.apply(events(done(job)));
        assertEquals(1, model.jobs().size());
        assertEquals(JobState.DONE, model.jobs().get(0).state());
        assertEquals(1, model.count(JobState.DONE));
        // A minute of one core of a 10-minute, 2-core lease worth 1,200: a twentieth.
        assertEquals(60L, model.cost(model.jobs().get(0)));
    }

    @Test
    void aFramesEventsChangeEachJobOnceToItsLatestCopy() {
        JobsModel model = new JobsModel(ME);
        Job job = queued(3);
        List<Job> changed = model.apply(events(job, job.started(2_000), done(job)));
        assertEquals(1, changed.size());
        assertEquals(JobState.DONE, changed.get(0).state());
        assertEquals(List.of(changed.get(0)), model.jobs());
    }

    @Test
    void anOlderCopyFromALateAnswerDoesNotUndoAnEvent() {
        JobsModel model = new JobsModel(ME);
        Job job = queued(3);
        model.apply(events(done(job)));
        model.answered(List.of(job.started(2_000)), List.of());
        assertEquals(JobState.DONE, model.jobs().get(0).state());
    }

    @Test
    void jobsOfOthersAreNotShownButThoseOnMyCoresAre() {
        JobsModel model = new JobsModel(SELLER);
        Job mine = queued(3);
        JobsModel stranger = new JobsModel(99);
        model.apply(events(mine));
        stranger.apply(events(mine));
        assertEquals(JobsModel.Role.SELLER, model.role(model.jobs().get(0)));
        assertTrue(stranger.jobs().isEmpty());
    }

    @Test
    void onlyTheLatestFinishedJobsAreKeptAndEveryOpenOne() {
        JobsModel model = new JobsModel(ME, 10);
        Job open = queued(1);
        model.apply(events(open));
        for (long id = 2; id <= 100; id++) {
            model.apply(events(done(queued(id))));
        }
        assertEquals(11, model.jobs().size());
        assertEquals(10, model.count(JobState.DONE));
        assertEquals(LongStream.concat(LongStream.rangeClosed(91, 100).map(i -> 191 - i), LongStream.of(1)).boxed().toList(),
                model.jobs().stream().map(Job::id).toList(), "newest first, the open job kept");
        // A finished job older than all kept ones, from a late history answer, is not brought back.
        model.answered(List.of(), List.of(done(queued(50))));
        assertEquals(11, model.jobs().size());
    }
}
