package com.cyclex.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cyclex.api.DeclareCapacity;
import com.cyclex.api.PlaceOrder;
import com.cyclex.host.ExchangeHost;
import com.cyclex.host.LocalClient;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import com.cyclex.member.MemberRegistry;
import com.cyclex.net.ConnectedMember;
import com.cyclex.sim.DemoMarketplace;
import com.cyclex.sim.DemoPlan;
import com.cyclex.sim.RobotRunner;
import com.cyclex.ui.net.NetworkControl;
import com.cyclex.ui.session.ClassOnHost;
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
    ClassOnHost classroom;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        host = ExchangeHost.open(dir);
        classroom = new ClassOnHost(host);
        // The Session tab and the Host tab's Network section too: three students joined from a lab's addresses.
        terminal = new Terminal(LocalClient.forHost(host), new TerminalOptions(false, new com.cyclex.ui.host.NoDemo(), "test",
                false, null, new JoinedLab()).withClassroom(classroom));
        window = new TerminalWindow(terminal);
        stage.setScene(TerminalApp.scene(window));
        stage.setWidth(1280);
        stage.setHeight(720);
        stage.show();
        terminal.live().start();
    }

    /** A gateway's view of three members on a lab's network, as long as such figures get. */
    static final class JoinedLab implements NetworkControl {
        @Override
        public String joinAddress() {
            return "cyclex://192.168.100.200:7741#" + "9f".repeat(32);
        }

        @Override
        public List<ConnectedMember> members() {
            long now = System.currentTimeMillis();
            return List.of(new ConnectedMember(2, "192.168.100.201:54321", 12_345, 1_234, now, 1, false),
                    new ConnectedMember(3, "192.168.100.202:54322", 2_500, 17, now - 60_000, 0, false),
                    new ConnectedMember(4, "[fe80::1c2b:3dff:fe4e:5f60]:54323", -1, 0, now - 3_600_000, 0, true));
        }

        @Override
        public void disconnect(long member) {
        }

        @Override
        public void allow(long member) {
        }
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
        // A class's session beside the demo (it lists a market of its own), as an instructor would run one.
        classroom.open("elided").get(30, TimeUnit.SECONDS);
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
