package com.cyclex.ui.host;

import static com.cyclex.ui.host.Themed.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.api.CreateMarket;
import com.cyclex.api.MarketInfo;
import com.cyclex.api.RegisterMember;
import com.cyclex.host.ExchangeHost;
import com.cyclex.host.LocalClient;
import com.cyclex.market.MarketSpec;
import com.cyclex.market.MarketStatus;
import com.cyclex.member.MemberStatus;
import com.cyclex.ui.Snapshots;
import com.cyclex.ui.TestPictures;
import com.cyclex.ui.Terminal;
import com.cyclex.ui.TerminalOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;

class HostViewTest extends ApplicationTest {
    @TempDir
    Path dir;
    ExchangeHost host;
    Terminal terminal;
    HostView view;
    final FakeDemo demo = new FakeDemo();
    final AtomicBoolean trafficStops = new AtomicBoolean();

    @Override
    public void start(Stage stage) {
        host = ExchangeHost.open(dir);
        terminal = new Terminal(LocalClient.forHost(host), new TerminalOptions(false, demo, "test"));
        view = new HostView(terminal);
        // About the size of the Host tab in the terminal's default window.
        stage.setScene(Themed.scene(view, 760, 300));
        stage.show();
        terminal.live().start();
    }

    @AfterEach
    void close() {
        trafficStops.set(true);
        interact(() -> terminal.live().stop());
        host.close();
    }

    private MemberStatus statusOf(long member) {
        return host.read(x -> x.member(member).status());
    }

    private MarketStatus statusOfMarket(int market) {
        return host.read(x -> x.market(market).status());
    }

    @Test
    void aPendingMemberIsListedAndAdmitMakesItActive() throws Exception {
        long alice = host.execute(new RegisterMember(0, "alice", "")).id();
        until(() -> view.members().row(alice) != null);
        assertEquals(MemberStatus.PENDING, view.members().row(alice).status());

        clickOn("#admit-" + alice);

        until(() -> view.members().row(alice).status() == MemberStatus.ACTIVE);
        assertEquals(MemberStatus.ACTIVE, statusOf(alice));
        until(() -> lookup("#suspend-" + alice).tryQuery().isPresent());
    }

    @Test
    void haltStopsAMarketAndResumeReopensIt() throws Exception {
        int market = (int) host.execute(new CreateMarket(1, MarketSpec.spot("CPU-10M", 10, 1, 1, 1000))).id();
        clickOn("#host-markets-tab");
        until(() -> lookup("#halt-" + market).tryQuery().isPresent());

        clickOn("#halt-" + market);
        until(() -> lookup("#resume-" + market).tryQuery().isPresent());
        assertEquals(MarketStatus.HALTED, statusOfMarket(market));

        clickOn("#resume-" + market);
        until(() -> lookup("#halt-" + market).tryQuery().isPresent());
        assertEquals(MarketStatus.OPEN, statusOfMarket(market));
    }

    @Test
    void aMarketCreatedInTheDialogIsListed() throws Exception {
        clickOn("#host-markets-tab");
        clickOn("#new-market");
        clickOn("#new-market-symbol").write("CPU-30M");
        setField("#new-market-term", "30");
        setField("#new-market-price-max", "40.00");
        clickOn("#dialog-ok");

        until(() -> terminal.markets().markets().stream().anyMatch(m -> m.spec().symbol().equals("CPU-30M")));
        List<MarketInfo> listed = host.read(x -> x.markets());
        assertEquals(1, listed.size());
        assertEquals(30, listed.get(0).spec().termMinutes());
        assertEquals(4_000, listed.get(0).spec().priceMax());
        until(() -> lookup("#dialog-ok").tryQuery().isEmpty());
    }

    @Test
    void anInvalidMarketIsRefusedBeforeItIsSent() throws Exception {
        clickOn("#host-markets-tab");
        clickOn("#new-market");
        clickOn("#new-market-symbol").write("CPU-BAD");
        setField("#new-market-price-min", "50.00");
        setField("#new-market-price-max", "10.00");
        clickOn("#dialog-ok");

        until(() -> !message().isEmpty());
        assertEquals("The highest price (10.00) is below the lowest (50.00).", message());
        assertTrue(host.read(x -> x.markets()).isEmpty());
        clickOn("Cancel");
    }

    @Test
    void aTakenSymbolShowsTheExchangesOwnSentence() throws Exception {
        host.execute(new CreateMarket(1, MarketSpec.spot("CPU", 10, 1, 1, 1000)));
        clickOn("#host-markets-tab");
        clickOn("#new-market");
        clickOn("#new-market-symbol").write("CPU");
        clickOn("#dialog-ok");

        until(() -> message().startsWith("A market called"));
        assertEquals("A market called CPU exists already.", message());
        assertTrue(terminal.notices().lastProperty().get().contains("A market called CPU exists already."));
        clickOn("Cancel");
    }

    @Test
    void mintAddsCreditsToTheMembersAccount() throws Exception {
        Marketplace exchange = new Marketplace(host);
        long bob = exchange.member("bob", 0, 0);
        exchange.settle();
        until(() -> view.members().row(bob) != null && view.members().row(bob).status() == MemberStatus.ACTIVE);
        clickOn("#mint-" + bob);
        setField("#mint-amount", "250.50");
        clickOn("#dialog-ok");

        until(() -> view.members().row(bob).available() == 25_050);
        assertEquals(25_050, host.read(x -> x.account(bob)).available());
    }

    @Test
    void theDemoRobotsStartAndStopFromTheExchangeSection() throws Exception {
        clickOn("#host-exchange-tab");
        clickOn("#demo-toggle");
        until(() -> demo.running && "TRADING".equals(((Label) lookup("#demo-state").query()).getText()));
        clickOn("#demo-toggle");
        until(() -> !demo.running && "STOPPED".equals(((Label) lookup("#demo-state").query()).getText()));
    }

    @Test
    void snapshotWithAClassroomExchange() throws Exception {
        Marketplace exchange = new Marketplace(host);
        exchange.fill();
        exchange.traffic(trafficStops);
        until(() -> view.members().rows().size() == 9 && terminal.markets().markets().size() == 4);
        // A pace needs two answers a second apart: wait until one shows some trading.
        until(() -> !List.of("0", "–", "…").contains(((Label) lookup("#figure-orders-rate").query()).getText()));
        interact(() -> Snapshots.write(view.getScene(), TestPictures.file("host-members.png")));
        clickOn("#host-markets-tab");
        interact(() -> Snapshots.write(view.getScene(), TestPictures.file("host-markets.png")));
        clickOn("#host-exchange-tab");
        interact(() -> Snapshots.write(view.getScene(), TestPictures.file("host-exchange.png")));
        clickOn("#host-markets-tab");
        clickOn("#new-market");
        clickOn("#new-market-symbol").write("CPU-10M");
        clickOn("#dialog-ok");
        until(() -> message().startsWith("A market called"));
        interact(() -> Snapshots.write(lookup("#dialog-ok").query().getScene(), TestPictures.file("host-new-market.png")));
        clickOn("Cancel");
    }

    private String message() {
        return lookup("#dialog-message").tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    private void setField(String id, String text) {
        TextField field = lookup(id).query();
        interact(() -> field.setText(text));
    }
}
