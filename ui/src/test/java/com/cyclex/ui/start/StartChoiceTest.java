package com.cyclex.ui.start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.api.CreateMarket;
import com.cyclex.host.ExchangeHost;
import com.cyclex.market.MarketSpec;
import com.cyclex.member.MemberInfo;
import com.cyclex.member.MemberRegistry;
import com.cyclex.net.Gateway;
import com.cyclex.net.GatewayOptions;
import com.cyclex.net.HostAdapter;
import com.cyclex.net.JoinAddress;
import com.cyclex.net.Membership;
import com.cyclex.net.RemoteClient;
import com.cyclex.net.RemoteException;
import com.cyclex.ui.Terminal;
import com.cyclex.ui.TerminalApp;
import com.cyclex.ui.TerminalOptions;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The start-up choice, driven from the keyboard against a real gateway on a loopback socket: a wrong address, a
 * wrong fingerprint and a host that does not answer are each refused with a sentence that says so, and nothing
 * else happens; the right address and a name join the exchange and open the terminal on it, waiting to be admitted.
 */
class StartChoiceTest extends ApplicationTest {
    @TempDir
    Path dir;
    private ExchangeHost host;
    private Gateway gateway;
    private Stage stage;
    private final List<Starter.Started> started = new CopyOnWriteArrayList<>();
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private volatile Terminal terminal;

    /** What the app's start-up does, on this test's data dir: join over the network, or host (not tried here). */
    private final class Joining implements Starter {
        @Override
        public Started host() {
            asked.add("host");
            throw new IllegalStateException("Hosting is not part of this test.");
        }

        @Override
        public Started join(String address, String name) {
            asked.add("join " + name);
            JoinAddress a = JoinAddress.parse(address);
            Membership m;
            try {
                m = RemoteClient.joinOrResume(dir.resolve("member"), a, name);
            } catch (RemoteException e) {
                throw new RemoteException("Cannot join " + a.host() + ":" + a.port() + ": " + e.getMessage());
            }
            RemoteClient client = RemoteClient.connect(m);
            return new Started(client, new TerminalOptions(false, null, name), client::close);
        }

        @Override
        public String addressProblem(String address) {
            try {
                JoinAddress.parse(address);
                return null;
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        this.stage = stage;
        Path hostDir = Files.createDirectories(dir.resolve("host"));
        host = ExchangeHost.open(hostDir);
        assertTrue(host.execute(new CreateMarket(MemberRegistry.HOST_ID, MarketSpec.spot("CPU-10M", 10, 1, 1, 1000))).accepted());
        gateway = Gateway.start(new HostAdapter(host), hostDir, GatewayOptions.defaults("127.0.0.1", 0));
        StartChoiceModel model = new StartChoiceModel(new Joining(), "", r -> new Thread(r, "test-start").start(),
                Platform::runLater, s -> {
                    started.add(s);
                    terminal = new Terminal(s.client(), s.options());
                    stage.setScene(TerminalApp.scene(terminal));
                    terminal.live().start();
                });
        stage.setScene(TerminalApp.choiceScene(new StartChoiceView(model)));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        if (terminal != null) {
            WaitForAsyncUtils.asyncFx(() -> terminal.live().stop()).get();
        }
        for (Starter.Started s : started) {
            s.closer().close();
        }
        gateway.close();
        host.close();
    }

    @Test
    void aWrongAddressIsRefusedWithASentenceAndNothingIsSent() {
        joinWith("192.168.1.20:7741", "alice");
        waitUntil("the problem shows", () -> !problem().isEmpty());
        assertTrue(problem().startsWith("'192.168.1.20:7741' is not a join address"), problem());
        assertEquals(List.of(), asked, "a wrong form never reaches the network");
    }

    @Test
    void aWrongFingerprintIsRefusedWithASentenceThatSaysSo() {
        JoinAddress right = gateway.joinAddress();
        joinWith(new JoinAddress(right.host(), right.port(), "ab".repeat(32)).toString(), "alice");
        waitUntil("the problem shows", () -> !problem().isEmpty());
        assertTrue(problem().startsWith("Cannot join 127.0.0.1:" + right.port() + ": The host's certificate fingerprint is "
                + right.fingerprint() + ", but the join address expects " + "ab".repeat(32)), problem());
        assertEquals(0, members("alice"), "no one joined");
        assertTrue(fx(() -> stage.getScene().lookup("#start-choice") != null), "the choice stays open to correct it");
    }

    @Test
    void aHostThatDoesNotAnswerIsSaidSo() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        joinWith(new JoinAddress("127.0.0.1", closedPort, gateway.fingerprint()).toString(), "alice");
        waitUntil("the problem shows", () -> !problem().isEmpty());
        assertEquals("Cannot join 127.0.0.1:" + closedPort + ": The host at 127.0.0.1:" + closedPort
                + " does not answer (is it listening?).", problem());
    }

    @Test
    void theRightAddressAndANameJoinAndOpenTheTerminalWaitingToBeAdmitted() {
        joinWith(gateway.joinAddress().toString(), "alice");
        waitUntil("the terminal replaces the choice", () -> stage.getScene().lookup("#start-choice") == null
                && stage.getScene().lookup("#remote-status") != null);
        waitUntil("it says it waits for the host", () -> ((Label) stage.getScene().lookup("#remote-status")).getText()
                .startsWith("Waiting for the host to admit you."));
        assertEquals(1, members("alice"));
        MemberInfo alice = host.read(x -> x.members().stream().filter(m -> m.name().equals("alice")).findFirst().orElseThrow());
        assertEquals("PENDING", alice.status().name());
    }

    /** Pastes the address, tabs to the name, types it and presses Enter: the keyboard alone. */
    private void joinWith(String address, String name) {
        clickOn("#join-address");
        write(address);
        push(KeyCode.TAB);
        write(name);
        push(KeyCode.ENTER);
    }

    private String problem() {
        return fx(() -> ((Label) stage.getScene().lookup("#start-problem")).getText());
    }

    private long members(String name) {
        return host.read(x -> x.members().stream().filter(m -> m.name().equals(name)).count());
    }

    private void waitUntil(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
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
