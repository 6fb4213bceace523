package com.cyclex.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cyclex.agent.Delivery;
import com.cyclex.api.CreateMarket;
import com.cyclex.api.PlaceOrder;
import com.cyclex.host.LocalClient;
import com.cyclex.lease.JobState;
import com.cyclex.lease.Lease;
import com.cyclex.market.MarketSpec;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import com.cyclex.ui.entry.TerminalTestBase;
import com.cyclex.ui.jobs.JobBlobs;
import com.cyclex.ui.jobs.JobsView;
import com.cyclex.ui.jobs.WorkloadForm;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** At 1280 by 720, the Jobs tab with done prime counts, π estimates and a picture's tiles cuts no label short. */
class JobsNothingElidedTest extends TerminalTestBase {
    private Delivery delivery;

    @Override
    protected void seed() {
        delivery = Delivery.on(host);
        delivery.agentFor(new LocalClient(host, bob));
        int minute = (int) ok(new CreateMarket(ME, MarketSpec.spot("CPU-1M", 1, 1, 1, 1000).withLots(1, 100))).id();
        ok(PlaceOrder.limit(bob, minute, Side.ASK, 300, 2, TimeInForce.GTC));
        ok(PlaceOrder.limit(ME, minute, Side.BID, 300, 2, TimeInForce.GTC));
    }

    @Override
    protected TerminalOptions options() {
        return super.options().withJobBlobs(JobBlobs.of(delivery.blobs()));
    }

    @Test
    void theJobsTabWithFinishedJobsCutsNothingShortAt1280By720() throws Exception {
        interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        JobsView view = fx(() -> {
            TabPane tabs = (TabPane) stage.getScene().lookup("#bottom-tabs");
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> "tab-jobs".equals(t.getId())).findFirst().orElseThrow());
            return (JobsView) stage.getScene().lookup("#jobs");
        });
        waitUntil("the view knows the lease", () -> !view.model().leasesToRunOn(System.currentTimeMillis()).isEmpty());
        Lease lease = fx(() -> view.model().leasesToRunOn(System.currentTimeMillis()).get(0));
        fx(() -> view.run(lease, WorkloadForm.primes("0", "1,000,000", 2))).get(10, TimeUnit.SECONDS);
        fx(() -> view.run(lease, WorkloadForm.pi("1,000,000", "7", 2))).get(10, TimeUnit.SECONDS);
        fx(() -> view.run(lease, WorkloadForm.mandelbrot("256", "256", "64", "128"))).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                view.model().count(JobState.DONE) + view.model().count(JobState.FAILED) == 20).get());
        Thread.sleep(1000); // the columns fit what the last frames brought
        List<String> elided = fx(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            return Elided.under(stage.getScene().getRoot());
        });
        assertEquals(List.of(), elided, "labels cut short");
    }
}
