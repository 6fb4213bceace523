package com.cyclex.ui.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.api.AdmitMember;
import com.cyclex.api.Command;
import com.cyclex.api.CommandResult;
import com.cyclex.api.CreateMarket;
import com.cyclex.api.DeclareCapacity;
import com.cyclex.api.MintCredits;
import com.cyclex.host.ExchangeHost;
import com.cyclex.market.MarketSpec;
import com.cyclex.market.Side;
import com.cyclex.market.Trade;
import com.cyclex.member.MemberRegistry;
import com.cyclex.net.Gateway;
import com.cyclex.net.GatewayOptions;
import com.cyclex.net.HostAdapter;
import com.cyclex.net.Membership;
import com.cyclex.net.RemoteClient;
import com.cyclex.net.RemoteStatus;
import com.cyclex.ui.Terminal;
import com.cyclex.ui.TerminalApp;
import com.cyclex.ui.TerminalOptions;
import com.cyclex.ui.entry.WholeNumberField;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Two terminals on a host across the network: a real gateway on a loopback socket with TLS, a real H2 data dir,
 * and each terminal built on a {@link RemoteClient} exactly as {@code --connect} builds it. Alice's bid, typed in
 * her window, crosses the ask bob typed in his; the trade reaches both windows through the gateway's stream.
 */
class RemoteTerminalTest extends ApplicationTest {
    private static final long HOST = MemberRegistry.HOST_ID;

    @TempDir
    Path dir;
    private ExchangeHost host;
    private Gateway gateway;
    private int market;
    private Window alice;
    private Window bob;

    /** One member's computer: its client, its terminal and its window. */
    private record Window(RemoteClient client, Terminal terminal, Stage stage) {
        Parent root() {
            return stage.getScene().getRoot();
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        Path hostDir = Files.createDirectories(dir.resolve("host"));
        host = ExchangeHost.open(hostDir);
        market = (int) ok(new CreateMarket(HOST, MarketSpec.spot("CPU-10M", 10, 1, 1, 1000).withLots(1, 100))).id();
        gateway = Gateway.start(new HostAdapter(host), hostDir, GatewayOptions.defaults("127.0.0.1", 0));
        alice = open(stage, "alice", 0);
        bob = open(new Stage(), "bob", 700);
    }

    private Window open(Stage stage, String name, double x) {
        Membership m = RemoteClient.joinOrResume(dir.resolve(name), gateway.joinAddress(), name);
        ok(new AdmitMember(HOST, m.memberId()));
        ok(new MintCredits(HOST, m.memberId(), 1_000_000));
        ok(new DeclareCapacity(m.memberId(), 8)); // as the member's own machine declares its spare cores
        RemoteClient client = RemoteClient.connect(m);
        Terminal terminal = new Terminal(client, new TerminalOptions(false, null, name + " on the remote host"));
        stage.setScene(TerminalApp.scene(terminal));
        stage.setX(x);
        stage.setY(0);
        stage.show();
        terminal.live().start();
        return new Window(client, terminal, stage);
    }

    @AfterEach
    void closeAll() throws Exception {
        for (Window w : new Window[] {alice, bob}) {
            if (w != null) {
                WaitForAsyncUtils.asyncFx(() -> {
                    w.terminal().live().stop();
                    w.stage().close();
                }).get();
                w.client().close();
            }
        }
        if (gateway != null) {
            gateway.close();
        }
        if (host != null) {
            host.close();
        }
    }

    @Test
    void aRemoteBidCrossingAnotherMembersAskTradesAndBothTerminalsShowIt() {
        for (Window w : new Window[] {alice, bob}) {
            waitUntil(w.client().status().sentence() + " (live and admitted)", () -> w.client().status().state()
                    == RemoteStatus.State.LIVE && "ACTIVE".equals(w.client().status().memberStatus()));
            waitUntil("the market reached the remote terminal", () -> w.terminal().markets().selectedId() == market);
        }

        enter(bob, Side.ASK, "480", "3");
        waitUntil("bob's ask rests on the host", () -> host.read(x -> x.openOrders(bob.client().memberId())).size() == 1);
        enter(alice, Side.BID, "500", "3");

        for (Window w : new Window[] {alice, bob}) {
            waitUntil("the trade shows in " + w.terminal() + "'s time and sales", () -> tape(w).getItems().size() == 1);
            Trade t = fx(() -> tape(w).getItems().get(0));
            assertEquals(480, t.price(), "a trade happens at the resting ask's price");
            assertEquals(3, t.units());
            assertEquals(Side.BID, t.aggressor(), "alice's bid took the ask");
            waitUntil("the trade shows in my trades", () -> myTrades(w).getItems().size() == 1);
            Trade mine = fx(() -> myTrades(w).getItems().get(0));
            assertEquals(t.id(), mine.id());
            assertEquals(480, mine.price());
            assertEquals(3, mine.units());
        }
        // Each member sees its own side of the trade and not who was on the other.
        Trade aliceSees = fx(() -> myTrades(alice).getItems().get(0));
        assertEquals(alice.client().memberId(), aliceSees.buyerId());
        assertEquals(0, aliceSees.sellerId(), "the seller is not named to the buyer");
        Trade bobSees = fx(() -> myTrades(bob).getItems().get(0));
        assertEquals(bob.client().memberId(), bobSees.sellerId());
        assertEquals(0, bobSees.buyerId(), "the buyer is not named to the seller");
        assertEquals(1, host.read(x -> x.recentTrades(market, 10)).size(), "one trade on the host, no more");
    }

    private void enter(Window w, Side side, String price, String units) {
        interact(() -> w.stage().toFront());
        clickOn(from(w.root()).lookup("#entry-side").lookup(side == Side.BID ? ".bid" : ".ask").queryAs(Node.class));
        type(w, "#entry-price", price);
        type(w, "#entry-units", units);
        clickOn(from(w.root()).lookup("#entry-send").queryAs(Node.class));
    }

    private void type(Window w, String id, String text) {
        interact(() -> w.stage().toFront());
        Node field = from(w.root()).lookup(id).query();
        clickOn(field instanceof WholeNumberField ? from(field).lookup(".text-field").queryAs(Node.class) : field);
        push(KeyCode.CONTROL, KeyCode.A);
        push(KeyCode.BACK_SPACE);
        write(text);
    }

    @SuppressWarnings("unchecked")
    private static ListView<Trade> tape(Window w) {
        return (ListView<Trade>) w.root().lookup("#time-and-sales");
    }

    @SuppressWarnings("unchecked")
    private static TableView<Trade> myTrades(Window w) {
        com.cyclex.ui.trades.FxWait.showTab(w.root(), "tab-trades");
        return (TableView<Trade>) w.root().lookup("#my-trades-table");
    }

    private CommandResult ok(Command c) {
        CommandResult r = host.execute(c);
        assertTrue(r.accepted(), () -> c + " was refused: " + r);
        return r;
    }

    private void waitUntil(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out waiting until " + what, e);
        }
    }

    private <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
