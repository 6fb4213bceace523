package com.cyclex.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cyclex.api.CreateMarket;
import com.cyclex.host.ExchangeHost;
import com.cyclex.host.LocalClient;
import com.cyclex.market.MarketSpec;
import com.cyclex.member.MemberRegistry;
import com.cyclex.ui.layout.SavedLayout;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The layout the operator leaves (dividers, selected market and tab) is saved to the data dir and the next
 * terminal on that exchange opens with it.
 */
class LayoutRoundTripTest extends ApplicationTest {
    @TempDir
    Path dir;
    ExchangeHost host;
    Stage stage;
    int second;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        host = ExchangeHost.open(dir.resolve("data"));
        long me = MemberRegistry.HOST_ID;
        host.execute(new CreateMarket(me, MarketSpec.spot("CPU-10M", 10, 1, 1, 1000)));
        second = (int) host.execute(new CreateMarket(me, MarketSpec.spot("CPU-1H", 60, 1, 1, 1000))).id();
    }

    @AfterEach
    void close() {
        host.close();
    }

    @Test
    void dividersMarketAndTabComeBackOnTheNextStart() throws Exception {
        Path file = dir.resolve("data").resolve("terminal-layout.properties");
        Opened first = open(0);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> first.terminal.markets().markets().size() == 2));
        interact(() -> {
            first.terminal.markets().select(second);
            split(first.window, "#split-center").setDividerPositions(0.71);
            split(first.window, "#split-market").setDividerPositions(0.5, 0.8);
            first.window.tabs().getSelectionModel().select(3);
        });
        interact(() -> TerminalApp.layoutOf(first.window, first.terminal,
                new SavedLayout.Bounds(10, 20, 1300, 700), false).write(file));
        interact(() -> first.terminal.live().stop());

        SavedLayout saved = SavedLayout.read(file);
        Opened next = open(saved.market());
        interact(() -> next.window.apply(saved));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> next.terminal.markets().selectedId() == second));
        assertEquals("tab-leases", fx(() -> next.window.tabs().getSelectionModel().getSelectedItem().getId()));
        assertArrayEquals(new double[] {0.71}, fx(() -> split(next.window, "#split-center").getDividerPositions()), 0.01);
        assertArrayEquals(new double[] {0.5, 0.8}, fx(() -> split(next.window, "#split-market").getDividerPositions()), 0.01);
        assertEquals(new SavedLayout.Bounds(10, 20, 1300, 700), saved.window().orElseThrow());
        interact(() -> next.terminal.live().stop());
    }

    private record Opened(Terminal terminal, TerminalWindow window) {
    }

    private Opened open(int preferredMarket) throws Exception {
        return fx(() -> {
            Terminal terminal = new Terminal(LocalClient.forHost(host), new TerminalOptions(false, null, "test"));
            terminal.markets().prefer(preferredMarket);
            TerminalWindow window = new TerminalWindow(terminal);
            stage.setScene(TerminalApp.scene(window));
            stage.show();
            terminal.live().start();
            return new Opened(terminal, window);
        });
    }

    private static SplitPane split(TerminalWindow window, String id) {
        return (SplitPane) window.root().lookup(id);
    }

    private static <T> T fx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(60, TimeUnit.SECONDS);
    }
}
