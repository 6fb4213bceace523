package com.cyclex.ui.entry;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.api.AdmitMember;
import com.cyclex.api.Command;
import com.cyclex.api.CommandResult;
import com.cyclex.api.CreateMarket;
import com.cyclex.api.DeclareCapacity;
import com.cyclex.api.MintCredits;
import com.cyclex.api.OrderInfo;
import com.cyclex.api.RegisterMember;
import com.cyclex.host.ExchangeHost;
import com.cyclex.host.LocalClient;
import com.cyclex.market.MarketSpec;
import com.cyclex.member.MemberRegistry;
import com.cyclex.ui.Terminal;
import com.cyclex.ui.TerminalApp;
import com.cyclex.ui.TerminalOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A terminal on a real exchange in a temporary data dir, for tests that drive the views with the robot. The
 * operator is the host (member 1) with 10,000.00 credits and 12 spare cores; bob is a second member with
 * the same; CPU-10M is a spot market of 1..1000 ticks of 0.01 credits, lots 1..100, fees 10/25 bps.
 */
public abstract class TerminalTestBase extends ApplicationTest {
    public static final long ME = MemberRegistry.HOST_ID;
    public static final MarketSpec SPEC = MarketSpec.spot("CPU-10M", 10, 1, 1, 1000).withLots(1, 100).withFees(10, 25);

    @TempDir
    Path dir;
    protected ExchangeHost host;
    protected CountingClient client;
    protected Terminal terminal;
    protected Stage stage;
    protected int market;
    protected long bob;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        host = ExchangeHost.open(dir);
        ok(new MintCredits(ME, ME, 1_000_000));
        ok(new DeclareCapacity(ME, 12));
        market = (int) ok(new CreateMarket(ME, SPEC)).id();
        bob = member("bob", 1_000_000, 16);
        seed();
        client = new CountingClient(LocalClient.forHost(host));
        terminal = new Terminal(client, options());
        stage.setScene(TerminalApp.scene(terminal));
        stage.show();
        terminal.live().start();
    }

    /** How the terminal is started; after {@link #seed()}. */
    protected TerminalOptions options() {
        return new TerminalOptions(false, null, "test");
    }

    /** More data before the terminal opens. */
    protected void seed() {
    }

    @AfterEach
    void closeExchange() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> terminal.live().stop()).get();
        client.close();
        host.close();
    }

    protected CommandResult ok(Command c) {
        CommandResult r = host.execute(c);
        assertTrue(r.accepted(), () -> c + " was refused: " + r);
        return r;
    }

    protected long member(String name, long credits, int cores) {
        long id = ok(new RegisterMember(0, name, "")).id();
        ok(new AdmitMember(ME, id));
        ok(new MintCredits(ME, id, credits));
        ok(new DeclareCapacity(id, cores));
        return id;
    }

    protected List<OrderInfo> myOpenOrders() {
        return host.read(x -> x.openOrders(ME));
    }

    /** Waits until a condition, read on the JavaFX thread, holds. */
    protected void waitUntil(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out waiting until " + what, e);
        }
    }

    /** Reads something on the JavaFX thread. */
    protected <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    protected String text(String query) {
        return fx(() -> lookup(query).queryLabeled().getText());
    }

    protected String lastNotice() {
        return fx(() -> terminal.notices().lastProperty().get());
    }

    /** Replaces what a text field (or a whole-number field) shows by typing, as the operator would. */
    protected void typeInto(String query, String text) {
        clickOn(lookup(query).queryAs(javafx.scene.Node.class) instanceof WholeNumberField
                ? query + " .text-field" : query);
        push(KeyCode.CONTROL, KeyCode.A);
        push(KeyCode.BACK_SPACE);
        write(text);
    }

    /** The control inside a container that shows this text. */
    protected javafx.scene.control.Labeled labeled(String container, String text) {
        return fx(() -> from(lookup(container).queryAll()).lookup((javafx.scene.control.Labeled l) -> text.equals(l.getText()))
                .queryAs(javafx.scene.control.Labeled.class));
    }

    protected void waitForMarket() {
        waitUntil("the market is selected", () -> terminal.markets().selectedId() == market
                && terminal.markets().selected().spec().symbol().equals("CPU-10M"));
    }
}
