package com.cyclex.ui.trades;

import static com.cyclex.ui.trades.FxWait.read;
import static com.cyclex.ui.trades.FxWait.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.host.LocalClient;
import com.cyclex.market.Side;
import com.cyclex.market.Trade;
import com.cyclex.ui.Terminal;
import com.cyclex.ui.TerminalApp;
import com.cyclex.ui.TerminalOptions;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;

class TradeViewsTest extends ApplicationTest {
    @TempDir
    Path dir;
    TestExchange exchange;
    Terminal terminal;
    int market;
    int other;
    long seller;
    long buyer;

    @Override
    public void start(Stage stage) {
        exchange = TestExchange.open(dir, System.currentTimeMillis());
        seller = exchange.member("seller");
        buyer = exchange.member("buyer");
        market = exchange.market("CPU-10M", 1);
        other = exchange.market("CPU-60M", 1);
        // Two trades before the terminal opens: they must come from the fetch, not from events.
        exchange.ask(seller, market, 50, 2);
        exchange.take(buyer, market, Side.BID, 50, 2);
        exchange.bid(buyer, market, 48, 1);
        exchange.take(seller, market, Side.ASK, 48, 1);
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

    TimeAndSalesView timeAndSales() {
        return lookup(".time-and-sales").queryAs(TimeAndSalesView.class);
    }

    PriceChartView chart() {
        return lookup(".price-chart").queryAs(PriceChartView.class);
    }

    List<Trade> tape() {
        return read(() -> List.copyOf(timeAndSales().tape().trades()));
    }

    @Test
    void aTradeOnTheExchangeAppearsAtTheTopOfTimeAndSales() {
        until("the earlier trades are fetched", () -> timeAndSales().tape().trades().size() == 2);
        assertEquals(List.of(48L, 50L), tape().stream().map(Trade::price).toList());

        exchange.ask(seller, market, 61, 7);
        exchange.bid(buyer, market, 61, 7);

        until("the new trade is on top", () -> timeAndSales().tape().trades().get(0).price() == 61);
        Trade top = tape().get(0);
        assertEquals(7, top.units());
        assertEquals(Side.BID, top.aggressor());
        assertEquals(3, tape().size());
        ListView<?> list = lookup("#time-and-sales").queryAs(ListView.class);
        assertEquals(top, read(() -> list.getItems().get(0)));
        assertTrue(read(() -> lookup("#time-and-sales .trade-cell .tape-price").queryAll().stream()
                .anyMatch(n -> "61".equals(((Label) n).getText())
                        && n.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("buy")))),
                "the price is shown in the buyer's colour");

        until("the chart has the trade", () -> chart().model().lastTradeProperty().get().price() == 61);
        CandleSeries candles = read(() -> chart().model().candles(PriceChartModel.Interval.M5));
        long volume = read(() -> {
            long v = 0;
            for (int i = 0; i < candles.size(); i++) {
                v += candles.volume(i);
            }
            return v;
        });
        assertEquals(10, volume);
        assertEquals("61 ▲", read(() -> lookup("#price-last").queryAs(Label.class).getText()));
    }

    @Test
    void choosingAnotherMarketShowsItsTradesOnly() {
        exchange.ask(seller, other, 300, 1);
        exchange.take(buyer, other, Side.BID, 300, 1);
        until("the first market's trades are shown", () -> timeAndSales().tape().trades().size() == 2);

        interact(() -> terminal.markets().select(other));

        until("the other market's trade is shown", () -> timeAndSales().tape().trades().size() == 1
                && timeAndSales().tape().trades().get(0).price() == 300);
        until("the chart follows", () -> chart().model().lastTradeProperty().get() != null
                && chart().model().lastTradeProperty().get().price() == 300);

        exchange.ask(seller, market, 51, 1);
        exchange.take(buyer, market, Side.BID, 51, 1);
        exchange.ask(seller, other, 301, 1);
        exchange.take(buyer, other, Side.BID, 301, 1);
        until("the next trade in the chosen market is shown", () -> timeAndSales().tape().trades().get(0).price() == 301);
        assertEquals(List.of(301L, 300L), tape().stream().map(Trade::price).toList());
    }

    @Test
    void switchingTheIntervalAndStyleRedrawsFromTheCandlesAlreadyBuilt() {
        until("the earlier trades are charted", () -> chart().model().lastTradeProperty().get() != null);

        clickOn("#interval-1m");
        assertEquals(PriceChartModel.Interval.M1, chart().model().intervalProperty().get());
        clickOn("#style-line");
        assertEquals(PriceChartModel.Style.LINE, chart().model().styleProperty().get());
        clickOn("#style-line");
        assertEquals(PriceChartModel.Style.LINE, chart().model().styleProperty().get(), "one style stays chosen");
        long volume = read(() -> {
            CandleSeries candles = chart().model().candles();
            long v = 0;
            for (int i = 0; i < candles.size(); i++) {
                v += candles.volume(i);
            }
            return v;
        });
        assertEquals(3, volume, "the minute candles hold the trades fetched at the start");
    }
}
