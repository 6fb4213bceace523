package com.cyclex.ui.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerDark;
import com.cyclex.host.ExchangeHost;
import com.cyclex.host.LocalClient;
import com.cyclex.sim.run.LiveExport;
import com.cyclex.sim.session.LiveSession;
import com.cyclex.sim.session.LocalSeatClient;
import com.cyclex.ui.Snapshots;
import com.cyclex.ui.Terminal;
import com.cyclex.ui.TerminalApp;
import com.cyclex.ui.TerminalOptions;
import com.cyclex.ui.TestPictures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The instructor's Session tab and the operator's Seat tab on a real host with a real live session. */
class SessionViewTest extends ApplicationTest {
    @TempDir
    Path dir;
    ExchangeHost host;
    Terminal terminal;
    SessionView view;
    Scene scene;

    ClassOnHost classroom;

    @Override
    public void start(Stage stage) {
        host = ExchangeHost.open(dir.resolve("host"));
        classroom = new ClassOnHost(host);
        LiveSession live = classroom.open("view").orTimeout(30, TimeUnit.SECONDS).join();
        classroom.exportWith(LiveExport.attach(live, dir.resolve("export")).join());
        LocalClient client = LocalClient.forHost(host);
        terminal = new Terminal(client, new TerminalOptions(false, null, "test"));
        view = new SessionView(terminal, classroom);
        SeatPanel seat = new SeatPanel(terminal, new LocalSeatClient(classroom::current, client.memberId(), "operator"));
        VBox both = new VBox(view, seat);
        VBox.setVgrow(view, javafx.scene.layout.Priority.ALWAYS);
        Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
        scene = new Scene(both, 1280, 820);
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

    private static void until(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
    }

    private String text(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void theInstructorRunsAPeriodAndItsFiguresAppearAndExport() throws Exception {
        until(() -> text("#session-status").contains("Not started"));
        clickOn("#session-start");
        until(() -> text("#session-status").contains("Period 1 of 2"));
        // the robots in the empty seats trade while the period runs
        until(() -> classroom.current().state().trades().size() >= 2);
        clickOn("#session-pause");
        until(() -> text("#session-status").contains("paused"));
        assertTrue(classroom.current().state().paused());
        clickOn("#session-pause"); // now "Resume"
        until(() -> !classroom.current().state().paused());
        interact(() -> Snapshots.write(scene, TestPictures.file("session-view.png")));

        clickOn("#session-end");
        until(() -> view.figureRows().size() == 1);
        assertFalse(classroom.current().state().open());
        assertEquals(classroom.current().state().figures().get(0).trades(), view.figureRows().get(0).trades());

        clickOn("#session-export");
        until(() -> terminal.notices().lastProperty().get().startsWith("Exported to"));
        assertEquals(1 + view.figureRows().get(0).trades(),
                Files.readAllLines(dir.resolve("export").resolve("trades.csv")).size(), "a header and every trade");
    }

    @Test
    void theOperatorTakesASeatSeesItsValuesAndShouts() throws Exception {
        until(() -> text("#seat-heading").equals("No seat"));
        clickOn("#seat-claim");
        until(() -> text("#seat-heading").equals("Seat B1 · buyer"));
        assertTrue(text("#seat-units").contains("2 of 2 left"));
        classroom.current().startPeriod().join();
        until(() -> text("#seat-clock").contains("Period 1 of 2"));

        clickOn("#seat-price").write("12O");
        clickOn("#seat-shout");
        until(() -> terminal.notices().lastProperty().get().contains("'12O' is not"));
        assertEquals(0, classroom.current().state().seats().get(0).standingPrice(), "nothing was sent");

        interact(() -> lookup("#seat-price").queryTextInputControl().setText("100"));
        clickOn("#seat-shout");
        // it stands, or a robot's ask traded with it at once: either way the exchange has B1's shout
        until(() -> {
            var b1 = classroom.current().state().seats().get(0);
            return b1.standingPrice() == 100 || b1.traded() == 1;
        });
        until(() -> text("#seat-profit").contains("bid 100 stands") || text("#seat-units").contains("1 of 2 left"));
    }
}
