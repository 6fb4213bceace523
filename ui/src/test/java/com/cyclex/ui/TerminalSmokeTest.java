package com.cyclex.ui;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.cyclex.host.ExchangeHost;
import com.cyclex.host.LocalClient;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;

class TerminalSmokeTest extends ApplicationTest {
    @TempDir
    static Path dir;
    static ExchangeHost host;
    Terminal terminal;

    @Override
    public void start(Stage stage) {
        host = ExchangeHost.open(dir);
        terminal = new Terminal(LocalClient.forHost(host), new TerminalOptions(true, null, "test"));
        Scene scene = TerminalApp.scene(terminal);
        stage.setScene(scene);
        stage.show();
        terminal.live().start();
    }

    @AfterEach
    void close() {
        host.close();
    }

    @Test
    void theWindowShowsTheMarketBar() {
        assertNotNull(lookup("#market-selector").query());
    }
}
