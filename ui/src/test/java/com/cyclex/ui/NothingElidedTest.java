package com.cyclex.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cyclex.api.DeclareCapacity;
import com.cyclex.api.PlaceOrder;
import com.cyclex.host.ExchangeHost;
import com.cyclex.host.LocalClient;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import com.cyclex.member.MemberRegistry;
import com.cyclex.sim.DemoMarketplace;
import com.cyclex.sim.DemoPlan;
import com.cyclex.sim.RobotRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * At the smallest screen the terminal is made for (1280 by 720), with the demo's robots trading and the host
 * holding orders of its own, no label in any main view, any bottom tab or any host section is cut short.
 */
class NothingElidedTest extends ApplicationTest {
    private static final long ME = MemberRegistry.HOST_ID;

    @TempDir
    Path dir;
    ExchangeHost host;
    RobotRunner robots;
    Terminal terminal;
    TerminalWindow window;
    Stage stage;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        host = ExchangeHost.open(dir);
        terminal = new Terminal(LocalClient.forHost(host), new TerminalOptions(false, new com.cyclex.ui.host.NoDemo(), "test"));
        window = new TerminalWindow(terminal);
        stage.setScene(TerminalApp.scene(window));
        stage.setWidth(1280);
        stage.setHeight(720);
        stage.show();
        terminal.live().start();
    }

    @AfterEach
    void close() throws Exception {
        if (robots != null) {
            robots.close();
        }
        WaitForAsyncUtils.asyncFx(() -> terminal.live().stop()).get();
        host.close();
    }

    @Test
    void noVisibleLabelIsCutShortAt1280By720OnABusyExchange() throws Exception {
        robots = DemoMarketplace.createOrResume(host).get(30, TimeUnit.SECONDS);
        robots.setRate(400);
        robots.start();
        host.execute(new DeclareCapacity(ME, 12));
        int hour = host.read(x -> x.markets().stream().filter(m -> m.spec().symbol().equals(DemoPlan.SPOT_1H))
                .findFirst().orElseThrow().id());
        // Four-digit prices far from the touch, so they rest: the ticket's hints, my orders and the ladder grow.
        host.execute(PlaceOrder.limit(ME, hour, Side.BID, 1205, 12, TimeInForce.GTC));
        host.execute(PlaceOrder.limit(ME, hour, Side.ASK, 4990, 3, TimeInForce.GTC));
        Thread.sleep(3000);

        List<String> elided = new ArrayList<>();
        for (String market : List.of(DemoPlan.SPOT_10M, DemoPlan.SPOT_1H)) {
            interact(() -> terminal.markets().markets().stream().filter(m -> m.spec().symbol().equals(market))
                    .findFirst().ifPresent(terminal.markets().selectedProperty()::set));
            interact(() -> terminal.ticket().priceProperty().set(market.equals(DemoPlan.SPOT_1H) ? 3125 : 498));
            TabPane tabs = window.tabs();
            for (Tab tab : List.copyOf(tabs.getTabs())) {
                interact(() -> tabs.getSelectionModel().select(tab));
                if (tab.getContent().lookup("#host-sections") instanceof TabPane sections) {
                    for (Tab section : List.copyOf(sections.getTabs())) {
                        interact(() -> sections.getSelectionModel().select(section));
                        elided.addAll(look(market + ", " + tab.getText() + " › " + section.getText()));
                    }
                } else {
                    elided.addAll(look(market + ", " + tab.getText()));
                }
            }
        }
        assertEquals(List.of(), elided.stream().distinct().toList(), "labels cut short");
    }

    /** Lets a few frames pass (the robots keep trading), then lists what is elided in the whole window. */
    private List<String> look(String where) throws Exception {
        Thread.sleep(600);
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> {
            Parent root = stage.getScene().getRoot();
            root.applyCss();
            root.layout();
            return Elided.under(root).stream().map(e -> where + ": " + e).toList();
        }).get(10, TimeUnit.SECONDS);
    }
}
