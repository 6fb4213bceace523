package com.cyclex.ui.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import com.cyclex.api.AccountInfo;
import com.cyclex.api.CreateMarket;
import com.cyclex.api.DeclareCapacity;
import com.cyclex.api.ExchangeEvent;
import com.cyclex.api.PlaceOrder;
import com.cyclex.host.ExchangeHost;
import com.cyclex.host.LocalClient;
import com.cyclex.market.MarketSpec;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import com.cyclex.ui.Snapshots;
import com.cyclex.ui.TestPictures;
import com.cyclex.ui.Terminal;
import com.cyclex.ui.TerminalApp;
import com.cyclex.ui.TerminalOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

class MachineLoadViewTest extends ApplicationTest {
    private static final long ME = 1;

    @TempDir
    Path dir;
    ExchangeHost host;
    Terminal terminal;
    MachineLoadView view;
    final FakeSampler sampler = new FakeSampler();

    @Override
    public void start(Stage stage) {
        host = ExchangeHost.open(dir);
        terminal = new Terminal(LocalClient.forHost(host), new TerminalOptions(false, null, "test"));
        view = new MachineLoadView(terminal, sampler);
        Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
        // About the size of the machine panel in the terminal's default window.
        Scene scene = new Scene(view, 540, 330);
        scene.getStylesheets().add(TerminalApp.class.getResource(TerminalApp.RESOURCES + "theme/cyclex.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        terminal.live().start();
    }

    @AfterEach
    void close() {
        interact(() -> terminal.live().stop());
        host.close();
    }

    private static void until(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    private String text(String id) {
        return ((Label) lookup(id).query()).getText();
    }

    @Test
    void aSampleFromTheSamplerThreadIsShownAtTheNextFrame() throws Exception {
        sampler.put(FakeSampler.even(8, 0.42));
        until(() -> "42%".equals(text("#machine-cpu")));
        assertEquals("Memory 6.0 / 16.0 GiB", text("#machine-memory"));
        assertEquals(1, view.model().history().size());
    }

    @Test
    void theCoresOfCyclexAndOfTheJobsItRunsAreShownBesideTheMachinesLoad() throws Exception {
        double[] loads = {0.9, 0.8, 0.2, 0.1};
        sampler.put(new MachineSample(0.5, loads, 6L << 30, 16L << 30, 1.6, 1.3));
        until(() -> "1.3".equals(text("#machine-jobs")));
        assertEquals("1.6", text("#machine-cyclex"), "this process, jobs included");
        assertEquals("2.0", text("#machine-used"), "the whole machine");
        assertEquals(1.3, view.model().history().get(0).jobCores(), 1e-9, "the chart draws the jobs' share");

        // a counter that claims more for the jobs than the process used is held to the process
        assertEquals(0.5, new MachineSample(0.5, loads, 1, 2, 0.5, 0.9).jobCores(), 1e-9);
    }

    @Test
    void onTheFirstStartTheSpinnerOffersAllCoresButOne() throws Exception {
        sampler.put(FakeSampler.even(8, 0.1));
        until(() -> view.model().suggestedProperty().get());
        Spinner<?> spinner = lookup("#machine-spare-spinner").query();
        assertEquals(7, spinner.getValue());
        assertEquals("Suggested 7 of 8 cores: one kept for you.", text("#machine-message"));

        clickOn("#machine-declare");
        until(() -> view.model().account() != null && view.model().account().declaredCores() == 7);
        assertEquals(7, host.read(x -> x.account(ME)).declaredCores());
    }

    @Test
    void declaringFewerCoresThanAreCommittedShowsTheExchangesSentence() throws Exception {
        host.execute(new DeclareCapacity(ME, 4));
        int market = (int) host.execute(new CreateMarket(ME, MarketSpec.spot("CPU", 10, 1, 1, 100))).id();
        host.execute(PlaceOrder.limit(ME, market, Side.ASK, 50, 3, TimeInForce.GTC));
        until(() -> view.model().account() != null && view.model().account().askCores() == 3);

        Spinner<?> spinner = lookup("#machine-spare-spinner").query();
        clickOn(spinner.getEditor()).push(KeyCode.CONTROL, KeyCode.A).write("1");
        clickOn("#machine-declare");

        until(() -> text("#machine-message").startsWith("You have 3 cores committed"));
        assertTrue(terminal.notices().lastProperty().get().contains("You have 3 cores committed"));
        assertEquals(4, host.read(x -> x.account(ME)).declaredCores());
    }

    @Test
    void snapshotOfTwoMinutesOnABusyMachine() throws Exception {
        interact(() -> {
            MachineLoadModel model = view.model();
            int cores = 8;
            for (int second = 0; second < 120; second++) {
                // The member declares 6 spare cores, offers some, and sells more of them as the minutes pass.
                long leased = second < 25 ? 0 : second < 70 ? 2 : 4;
                long asks = second < 10 ? 0 : second < 95 ? 2 : 1;
                model.onEvents(List.of(new ExchangeEvent.AccountUpdated(
                        new AccountInfo(ME, 1_250_000, 40_000, 6, asks, leased))));
                double[] loads = new double[cores];
                double base = 0.12 + leased / (double) cores + 0.08 * Math.sin(second / 6.0);
                for (int c = 0; c < cores; c++) {
                    double work = c < leased ? 0.93 + 0.05 * Math.sin(second + c) : base * (0.6 + 0.5 * ((c * 7 + second) % 5) / 4.0);
                    loads[c] = Math.min(1, Math.max(0.02, work));
                }
                double total = 0;
                for (double l : loads) {
                    total += l;
                }
                // the leased cores run buyers' jobs inside this app; the app itself takes a little more
                double jobs = leased * 0.9;
                model.accept(new MachineSample(total / cores, loads, (11L << 30) + second * (8L << 20), 32L << 30,
                        jobs + 0.3, jobs));
            }
        });
        interact(() -> Snapshots.write(view.getScene(), TestPictures.file("machine-load.png")));
        assertEquals(MachineLoadModel.HISTORY_SECONDS, view.model().history().size());
    }
}
