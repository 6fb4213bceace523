package com.cyclex.ui.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Queue;
import org.junit.jupiter.api.Test;

class DemoModelTest {
    /** Runs the model's worker tasks when the test says, so each step is seen in order. */
    private final Queue<Runnable> worker = new ArrayDeque<>();
    private final FakeDemo demo = new FakeDemo();

    private void work() {
        Runnable task;
        while ((task = worker.poll()) != null) {
            task.run();
        }
    }

    @Test
    void startAndStopRunOnTheWorkerAndShowAtTheNextFrame() {
        demo.rate = 200;
        DemoModel model = new DemoModel(demo, worker::add);
        work();
        model.pump();
        assertEquals(200, model.rateProperty().get());
        assertFalse(model.runningProperty().get());

        model.toggle();
        assertTrue(model.busyProperty().get());
        assertFalse(demo.running, "nothing runs until the worker does");
        work();
        model.pump();
        assertTrue(model.runningProperty().get());
        assertFalse(model.busyProperty().get());

        model.toggle();
        work();
        model.pump();
        assertFalse(demo.running);
        assertFalse(model.runningProperty().get());
    }

    @Test
    void aDraggedRateSendsOnlyTheLatestValue() {
        DemoModel model = new DemoModel(demo, worker::add);
        work();
        model.pump();
        for (int rate = 1; rate <= 3000; rate += 7) {
            model.rateProperty().set(rate);
        }
        model.rateProperty().set(2500);
        work();
        assertEquals(2500, demo.rate);
        assertEquals(1, demo.rateCalls);
    }
}
