package com.cyclex.ui.host;

import static com.cyclex.ui.host.Themed.until;

import com.cyclex.host.ExchangeHost;
import com.cyclex.host.LocalClient;
import com.cyclex.ui.Snapshots;
import com.cyclex.ui.TestPictures;
import com.cyclex.ui.Terminal;
import com.cyclex.ui.TerminalApp;
import com.cyclex.ui.TerminalOptions;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;

/** The whole terminal as the host sees it, with the Host tab open on a busy exchange: to be looked at. */
class TerminalHostSnapshotTest extends ApplicationTest {
    @TempDir
    Path dir;
    ExchangeHost host;
    Terminal terminal;
    Scene scene;
    final AtomicBoolean stop = new AtomicBoolean();

    @Override
    public void start(Stage stage) {
        host = ExchangeHost.open(dir);
        terminal = new Terminal(LocalClient.forHost(host), new TerminalOptions(false, new FakeDemo(), "test"));
        scene = TerminalApp.scene(terminal);
        stage.setScene(scene);
        stage.show();
        terminal.live().start();
    }

    @AfterEach
    void close() throws InterruptedException {
        stop.set(true);
        interact(() -> terminal.live().stop());
        host.close();
    }

    @Test
    void theHostTabOnABusyExchange() throws Exception {
        Marketplace exchange = new Marketplace(host);
        exchange.fill();
        exchange.traffic(stop);
        interact(() -> {
            TabPane tabs = (TabPane) scene.lookup("#bottom-tabs");
            tabs.getSelectionModel().selectLast();
        });
        until(() -> !"0".equals(((Label) scene.lookup("#figure-orders-rate")).getText())
                && !"–".equals(((Label) scene.lookup("#figure-orders-rate")).getText()));
        interact(() -> Snapshots.write(scene, TestPictures.file("terminal-host.png")));
    }
}
