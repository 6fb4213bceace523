package com.cyclex.ui.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.agent.Delivery;
import com.cyclex.api.CreateMarket;
import com.cyclex.api.EndLease;
import com.cyclex.api.PlaceOrder;
import com.cyclex.host.LocalClient;
import com.cyclex.job.builtin.MandelbrotTile;
import com.cyclex.lease.Job;
import com.cyclex.lease.JobState;
import com.cyclex.lease.Lease;
import com.cyclex.lease.LeaseEnd;
import com.cyclex.lease.LeaseState;
import com.cyclex.market.MarketSpec;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import com.cyclex.ui.TerminalOptions;
import com.cyclex.ui.entry.TerminalTestBase;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TabPane;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.Test;

/**
 * The Jobs view on a real exchange with delivery running: bob sells the operator two cores on a one-minute spot
 * market, his agent runs the jobs the operator puts on them in the real sandbox, and the view shows them come back.
 */
class JobsViewTest extends TerminalTestBase {
    private Delivery delivery;
    private int minute;

    @Override
    protected void seed() {
        delivery = Delivery.on(host);
        delivery.agentFor(new LocalClient(host, bob));
        minute = (int) ok(new CreateMarket(ME, MarketSpec.spot("CPU-1M", 1, 1, 1, 1000).withLots(1, 100))).id();
        ok(PlaceOrder.limit(bob, minute, Side.ASK, 300, 2, TimeInForce.GTC));
        ok(PlaceOrder.limit(ME, minute, Side.BID, 300, 2, TimeInForce.GTC));
    }

    @Override
    protected TerminalOptions options() {
        return super.options().withJobBlobs(JobBlobs.of(delivery.blobs()));
    }

    private Lease myLease() {
        return host.read(x -> x.leasesOf(ME)).stream().filter(l -> l.buyerId() == ME).findFirst().orElseThrow();
    }

    private JobsView jobsView() {
        return fx(() -> {
            TabPane tabs = (TabPane) stage.getScene().lookup("#bottom-tabs");
            tabs.getTabs().stream().filter(t -> "tab-jobs".equals(t.getId())).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
            return (JobsView) stage.getScene().lookup("#jobs");
        });
    }

    private void waitLong(String what, java.util.concurrent.Callable<Boolean> condition) {
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(45, TimeUnit.SECONDS,
                    () -> org.testfx.util.WaitForAsyncUtils.asyncFx(condition).get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Timed out waiting until " + what, e);
        }
    }

    @Test
    void aMandelbrotRunOnABoughtLeaseFillsThePictureAsItsTilesComeBack() throws Exception {
        JobsView view = jobsView();
        Lease lease = myLease();
        assertEquals(LeaseState.ACTIVE, lease.state());
        waitUntil("the view knows the lease", () -> view.model().leasesToRunOn(System.currentTimeMillis()).size() == 1);
        List<MandelbrotTile> tiles = WorkloadForm.mandelbrot("128", "128", "64", "64");
        JobSubmitter.Submitted submitted = fx(() -> view.run(lease, tiles)).get(10, TimeUnit.SECONDS);
        assertEquals(4, submitted.jobs().size(), String.valueOf(submitted.refusal()));

        waitLong("every tile is painted", () -> view.picture().paintedTiles() == 4);
        WritableImage image = fx(() -> view.picture().imageProperty().get());
        assertEquals(128, (int) image.getWidth());
        PixelReader pixels = image.getPixelReader();
        int opaque = 0;
        for (int y = 0; y < 128; y += 4) {
            for (int x = 0; x < 128; x += 4) {
                opaque += (pixels.getArgb(x, y) >>> 24) == 0xff ? 1 : 0;
            }
        }
        assertEquals(32 * 32, opaque, "every pixel of a finished tile is painted over the empty background");
        int inside = pixels.getArgb(3 * 128 / 5, 64); // re ≈ -0.4, im ≈ 0: inside the set
        int outside = pixels.getArgb(2, 2);           // the picture's corner: far outside
        assertEquals(0xff000000, inside);
        assertTrue(outside != inside, "outside the set has a colour of its own");

        assertEquals(List.of("done", "done", "done", "done"), fx(() -> view.model().jobs().stream()
                .filter(j -> j.lease() == lease.id()).map(j -> JobWords.state(j.state())).toList()));
        assertEquals("Mandelbrot 128 × 128: 4 of 4 tiles", fx(() -> view.picture().captionProperty().get()));
    }

    @Test
    void aPrimeCountShowsItsCountAndCostInTheTable() throws Exception {
        JobsView view = jobsView();
        Lease lease = myLease();
        waitUntil("the view knows the lease", () -> view.model().leasesToRunOn(System.currentTimeMillis()).size() == 1);
        JobSubmitter.Submitted submitted = fx(() -> view.run(lease, WorkloadForm.primes("0", "100,000", 2)))
                .get(10, TimeUnit.SECONDS);
        assertEquals(2, submitted.jobs().size());
        waitLong("both counts are shown", () -> view.table().getItems().stream().filter(j -> j.state() == JobState.DONE)
                .count() == 2 && cells(view.table(), "Result").stream().allMatch(t -> t.endsWith("primes")));
        // The primes below 50,000 and from 50,000 to 100,000: 5,133 and 4,459.
        assertEquals(List.of("4,459 primes", "5,133 primes"), cells(view.table(), "Result"));
        assertTrue(cells(view.table(), "Cost").stream().allMatch(c -> !c.isEmpty()), "a finished job has a cost");
    }

    @Test
    void theRunDialogSubmitsAPrimeCountOnTheChosenLease() {
        JobsView view = jobsView();
        waitUntil("the view knows the lease", () -> view.model().leasesToRunOn(System.currentTimeMillis()).size() == 1);
        clickOn("#jobs-run");
        clickOn(lookup(".toggle-button").match((javafx.scene.control.ToggleButton b) -> "Prime count".equals(b.getText()))
                .queryAs(javafx.scene.control.ToggleButton.class));
        typeInto("#primes-to", "30,000");
        clickOn("#job-dialog-ok");
        waitLong("the counts are done", () -> view.model().count(JobState.DONE) == 2);
        assertTrue(lastNotice().startsWith("Submitted 2 prime counts to lease "), lastNotice());
    }

    @Test
    void aModuleTheExchangeRefusesIsRefusedWithItsSentence() throws Exception {
        JobsView view = jobsView();
        JobSubmitter submitter = new JobSubmitter(terminal.client(), JobBlobs.of(delivery.blobs()), Runnable::run);
        java.nio.file.Path module = java.nio.file.Files.write(host.dataDir().resolve("x.wasm"), new byte[] {0, 'a', 's', 'm'});
        // A lease that is not the operator's: the exchange says who submits to it.
        JobSubmitter.Submitted refused = submitter.module(999, module, List.of("x"), null).get(10, TimeUnit.SECONDS);
        assertEquals(List.of(), refused.jobs());
        assertEquals("Lease 999 is not open: jobs go to a lease that is scheduled or active.", refused.refusal());
        assertTrue(view != null);
    }

    @Test
    void theLeasesTableShowsWhatWasPaidAndRefundedAndWhyALeaseEnded() throws Exception {
        Lease lease = myLease();
        TableView<Lease> table = fx(() -> {
            TabPane tabs = (TabPane) stage.getScene().lookup("#bottom-tabs");
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> "tab-leases".equals(t.getId())).findFirst().orElseThrow());
            @SuppressWarnings("unchecked")
            TableView<Lease> t = (TableView<Lease>) stage.getScene().lookup("#leases-table");
            return t;
        });
        // A one-minute lease pays its seller every second.
        waitUntil("the seller has been paid", () -> host.read(x -> x.leasesOf(ME)).get(0).paid() > 0);
        ok(new EndLease(ME, lease.id(), LeaseEnd.HOST_ENDED));
        waitUntil("the table shows the ended lease", () -> "host ended".equals(cells(table, "Ended").get(0)));
        Lease ended = fx(() -> table.getItems().get(0));
        assertEquals(LeaseState.FAILED, ended.state());
        assertTrue(ended.paid() > 0 && ended.refunded() > 0, ended.toString());
        assertEquals(com.cyclex.ui.format.Credits.format(ended.paid()), cells(table, "Paid").get(0));
        assertEquals(com.cyclex.ui.format.Credits.format(ended.refunded()), cells(table, "Refunded").get(0));
        assertEquals("failed", JobWords.state(JobState.FAILED));
    }

    /** What a column shows in each row, as text. */
    private <S> List<String> cells(TableView<S> table, String column) {
        return fx(() -> {
            TableColumn<S, ?> c = table.getColumns().stream().filter(x -> column.equals(x.getText())).findFirst().orElseThrow();
            return table.getItems().stream().map(row -> {
                Object v = c.getCellObservableValue(row).getValue();
                return v instanceof LeaseEnd e ? e.name().toLowerCase().replace('_', ' ') : String.valueOf(v);
            }).toList();
        });
    }
}
