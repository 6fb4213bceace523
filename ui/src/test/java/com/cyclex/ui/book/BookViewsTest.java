package com.cyclex.ui.book;

import static com.cyclex.ui.trades.FxWait.read;
import static com.cyclex.ui.trades.FxWait.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.host.LocalClient;
import com.cyclex.market.Side;
import com.cyclex.ui.Terminal;
import com.cyclex.ui.TerminalApp;
import com.cyclex.ui.TerminalOptions;
import com.cyclex.ui.trades.TestExchange;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;

class BookViewsTest extends ApplicationTest {
    @TempDir
    Path dir;
    TestExchange exchange;
    Terminal terminal;
    int market;
    long seller;
    long buyer;

    @Override
    public void start(Stage stage) {
        exchange = TestExchange.open(dir, System.currentTimeMillis());
        exchange.fundHost();
        seller = exchange.member("seller");
        buyer = exchange.member("buyer");
        market = exchange.market("CPU-10M", 5);
        terminal = new Terminal(LocalClient.forHost(exchange.host), new TerminalOptions(false, null, "test"));
        stage.setScene(TerminalApp.scene(terminal));
        stage.show();
        terminal.live().start();
    }

    @AfterEach
    void close() {
        interact(() -> terminal.live().stop());
        terminal.client().close();
        exchange.close();
    }

    LadderView ladder() {
        return lookup(".ladder").queryAs(LadderView.class);
    }

    DepthChartView depth() {
        return lookup(".depth-chart").queryAs(DepthChartView.class);
    }

    @Test
    void afterABidAndAnAskCrossTheLadderAndDepthShowWhatRests() {
        exchange.ask(seller, market, 105, 3);
        exchange.ask(seller, market, 106, 5);
        exchange.ask(seller, market, 110, 2);
        exchange.bid(buyer, market, 100, 4);
        exchange.bid(buyer, market, 98, 6);
        exchange.bid(TestExchange.HOST, market, 99, 2);

        exchange.bid(buyer, market, 106, 5);

        until("the ladder shows the asks left after the cross",
                () -> ladder().model().ladder().asks().stream().map(LadderRow::price).toList().equals(List.of(106L, 110L)));
        Ladder shown = read(() -> ladder().model().ladder());
        assertEquals(List.of(3L, 2L), shown.asks().stream().map(LadderRow::units).toList());
        assertEquals(List.of(100L, 99L, 98L), shown.bids().stream().map(LadderRow::price).toList());
        assertEquals(List.of(4L, 6L, 12L), shown.bids().stream().map(LadderRow::total).toList());
        until("my resting bid is marked", () -> ladder().model().ladder().bids().get(1).mine() == 2);
        assertEquals("106", read(() -> priceText("#ladder-ask-0")));
        assertEquals("100", read(() -> priceText("#ladder-bid-0")));
        assertTrue(read(() -> lookup("#ladder-spread").queryAs(Label.class).getText()).startsWith("Spread 6 "));

        until("the depth chart has the same levels", () -> depth().model().askLevels() == 2);
        DepthModel d = depth().model();
        assertEquals(5, read(() -> d.askTotal(1)));
        assertEquals(3, read(d::bidLevels));
        assertEquals(12, read(() -> d.bidTotal(2)));
        assertEquals(103.0, read(d::mid));
    }

    @Test
    void clickingALevelFillsTheTicketWithTheOtherSideAtItsPrice() {
        exchange.ask(seller, market, 120, 1);
        exchange.bid(buyer, market, 118, 1);
        until("the ladder shows both sides", () -> ladder().model().ladder().twoSided());

        clickOn("#ladder-ask-0");
        assertEquals(Side.BID, terminal.ticket().sideProperty().get());
        assertEquals(120, terminal.ticket().priceProperty().get());

        clickOn("#ladder-bid-0");
        assertEquals(Side.ASK, terminal.ticket().sideProperty().get());
        assertEquals(118, terminal.ticket().priceProperty().get());

        clickOn("#ladder-ask-3");
        assertEquals(118, terminal.ticket().priceProperty().get(), "an empty level fills nothing");
    }

    @Test
    void anAskLevelShowsItsSellersRecordAndMyOwnAskShowsMyUnits() {
        exchange.ask(seller, market, 105, 2);
        exchange.bid(buyer, market, 105, 1); // a lease of one unit: the seller's first
        until("a seller without an ended lease is new", () -> "new".equals(mineText("#ladder-ask-0")));
        assertTrue(read(() -> ladder().model().ladder().asks().get(0).record().isNone()));

        exchange.setTime(exchange.now() + 600_001); // the 10-minute lease is delivered to its end
        exchange.ok(new com.cyclex.api.AdvanceClock());
        until("the seller's delivered lease shows beside its ask", () -> "✓100%".equals(mineText("#ladder-ask-0")));
        assertEquals(1, read(() -> ladder().model().ladder().asks().get(0).record().sellers()));

        exchange.ask(TestExchange.HOST, market, 107, 3);
        until("my own ask shows my units, not a record", () -> "● 3".equals(mineText("#ladder-ask-1")));
    }

    private String mineText(String id) {
        return ((Label) lookup(id + " .ladder-mine").query()).getText();
    }

    private String priceText(String id) {
        return ((Label) lookup(id + " .ladder-price").query()).getText();
    }
}
