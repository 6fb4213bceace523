package com.cyclex.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.api.PlaceOrder;
import com.cyclex.host.LocalClient;
import com.cyclex.market.Side;
import com.cyclex.market.Trade;
import com.cyclex.ui.book.DepthChartView;
import com.cyclex.ui.book.DepthModel;
import com.cyclex.ui.entry.TerminalTestBase;
import com.cyclex.ui.entry.WholeNumberField;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole terminal, twice: the host's window and bob's window on the same exchange, as in a classroom where
 * two computers trade. A bid typed in one and an ask typed in the other cross; the trade must show in both
 * windows' time and sales, in the depth chart, and in both members' accounts.
 */
class TerminalFlowTest extends TerminalTestBase {
    private Stage bobStage;
    private Terminal bobTerminal;
    private LocalClient bobClient;

    @BeforeEach
    void openBobsWindow() {
        bobClient = new LocalClient(host, bob);
        interact(() -> {
            bobTerminal = new Terminal(bobClient, new TerminalOptions(false, null, "bob"));
            bobStage = new Stage();
            bobStage.setScene(TerminalApp.scene(bobTerminal));
            bobStage.setX(0);
            bobStage.setY(0);
            bobStage.show();
            bobTerminal.live().start();
        });
    }

    @AfterEach
    void closeBobsWindow() {
        interact(() -> {
            bobTerminal.live().stop();
            bobStage.close();
        });
        bobClient.close();
    }

    @Test
    void aBidAndAnAskTypedInTwoWindowsTradeAndEveryViewShowsIt() {
        waitForMarket();
        waitUntil("bob's window has the market", () -> bobTerminal.markets().selectedId() == market);

        enter(root(stage), Side.BID, "500", "4");
        waitUntil("the bid rests", () -> myOpenOrders().size() == 1);
        enter(root(bobStage), Side.ASK, "480", "3");

        waitUntil("the trade shows in the host's time and sales", () -> tape(stage).getItems().size() == 1);
        waitUntil("the trade shows in bob's time and sales", () -> tape(bobStage).getItems().size() == 1);
        Trade trade = fx(() -> tape(stage).getItems().get(0));
        assertEquals(500, trade.price(), "a trade happens at the resting bid's price");
        assertEquals(3, trade.units());
        assertEquals(Side.ASK, trade.aggressor());
        assertEquals(trade, fx(() -> tape(bobStage).getItems().get(0)));

        // One unit of the bid still rests at 500: the depth chart shows it and nothing on the ask side.
        waitUntil("the depth chart shows what rests", () -> {
            DepthModel depth = depth(stage);
            return depth.bidLevels() == 1 && depth.bidPrice(0) == 500 && depth.bidTotal(0) == 1 && depth.askLevels() == 0;
        });

        // The host bought 3 at 500 as the maker: 1,500 minor units into the lease's escrow, a 10 bps fee (1),
        // and the last unit still holds 500 + its 25 bps reserve (1).
        waitUntil("the host's account shows the trade", () -> "9,979.98".equals(text(root(stage), "#account-available")));
        assertEquals("5.01", text(root(stage), "#account-held"));
        // Bob sold 3 cores: his credits wait for delivery, his cores are leased.
        waitUntil("bob's account shows the sale", () -> "3".equals(text(root(bobStage), "#account-leased")));
        assertEquals("10,000.00", text(root(bobStage), "#account-available"));
        assertEquals("13", text(root(bobStage), "#account-spare"));
    }

    @Test
    void aPriceOutsideTheBandIsRefusedWithItsReasonAndNothingIsSent() {
        waitForMarket();
        int sentBefore = client.sent().size();
        type(root(stage), "#entry-price", "5000");
        type(root(stage), "#entry-units", "2");
        waitUntil("the problem shows", () -> text(root(stage), "#entry-problem").contains("outside the band"));
        assertEquals("Price 5000 is outside the band of CPU-10M: 1 to 1000 ticks.", text(root(stage), "#entry-problem"));
        assertTrue(fx(() -> ((Button) root(stage).lookup("#entry-send")).isDisabled()));
        push(KeyCode.CONTROL, KeyCode.B);
        assertEquals(sentBefore, client.sent().size(), "nothing reached the exchange");
        assertFalse(host.read(x -> x.openOrders(ME)).stream().anyMatch(o -> o.price() == 5000));
    }

    private void enter(Parent window, Side side, String price, String units) {
        front(window);
        clickOn(from(window).lookup("#entry-side").lookup(side == Side.BID ? ".bid" : ".ask").queryAs(Node.class));
        type(window, "#entry-price", price);
        type(window, "#entry-units", units);
        clickOn(from(window).lookup("#entry-send").queryAs(Node.class));
    }

    /** The windows overlap on the test screen: the robot clicks whatever is on top, so put this one there. */
    private void front(Parent window) {
        interact(() -> ((Stage) window.getScene().getWindow()).toFront());
    }

    private void type(Parent window, String id, String text) {
        front(window);
        Node field = from(window).lookup(id).query();
        clickOn(field instanceof WholeNumberField ? from(field).lookup(".text-field").queryAs(Node.class) : field);
        push(KeyCode.CONTROL, KeyCode.A);
        push(KeyCode.BACK_SPACE);
        write(text);
    }

    private static Parent root(Stage stage) {
        return stage.getScene().getRoot();
    }

    @SuppressWarnings("unchecked")
    private ListView<Trade> tape(Stage window) {
        return (ListView<Trade>) root(window).lookup("#time-and-sales");
    }

    private DepthModel depth(Stage window) {
        return ((DepthChartView) root(window).lookup(".depth-chart")).model();
    }

    private String text(Parent window, String id) {
        return fx(() -> ((Labeled) window.lookup(id)).getText());
    }
}
