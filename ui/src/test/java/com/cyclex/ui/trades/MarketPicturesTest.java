package com.cyclex.ui.trades;

import static com.cyclex.ui.trades.FxWait.read;
import static com.cyclex.ui.trades.FxWait.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.api.CancelAll;
import com.cyclex.api.CommandResult;
import com.cyclex.api.PlaceOrder;
import com.cyclex.host.LocalClient;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import com.cyclex.ui.Snapshots;
import com.cyclex.ui.Terminal;
import com.cyclex.ui.TerminalApp;
import com.cyclex.ui.TerminalOptions;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * The market views over a realistic session: two hours of trading by market makers and takers, a deep book,
 * and the operator's own orders. Checks the views are full, and (with -Dcyclex.snapshots=DIR) leaves pictures of them there for a
 * person to look at (they are not committed).
 */
class MarketPicturesTest extends ApplicationTest {
    /** Where to leave the pictures: -Dcyclex.snapshots=DIR; without it the test checks the views and writes nothing. */
    static final Path PICTURES = System.getProperty("cyclex.snapshots") == null ? null : Path.of(System.getProperty("cyclex.snapshots"));
    static final long HOURS_2 = 2 * 3_600_000L;

    @TempDir
    Path dir;
    TestExchange exchange;
    Session session;
    Terminal terminal;
    Stage stage;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
    }

    /** Trades a session off the JavaFX thread, then opens the terminal on it. */
    void session() {
        long end = System.currentTimeMillis() + 20_000;
        exchange = TestExchange.open(dir, end - HOURS_2);
        exchange.fundHost();
        long started = System.nanoTime();
        session = new Session(exchange, exchange.market("CPU-10M", 5), new Random(7));
        session.trade(end);
        session.finalBook();
        System.out.printf("session: %d commands in %d ms%n", session.commands, (System.nanoTime() - started) / 1_000_000);
        interact(() -> {
            terminal = new Terminal(LocalClient.forHost(exchange.host), new TerminalOptions(false, null, "pictures"));
            stage.setScene(TerminalApp.scene(terminal));
            stage.show();
            terminal.live().start();
        });
    }

    @AfterEach
    void close() {
        if (terminal != null) {
            interact(() -> terminal.live().stop());
            terminal.client().close();
        }
        if (exchange != null) {
            exchange.close();
        }
    }

    @Test
    void aBusySessionFillsEveryViewWithinItsBounds() {
        session();
        TimeAndSalesView tape = lookup(".time-and-sales").queryAs(TimeAndSalesView.class);
        PriceChartView chart = lookup(".price-chart").queryAs(PriceChartView.class);
        until("the tape is full", () -> tape.tape().trades().size() == TimeAndSalesView.TAPE);
        until("the minute candles fill the window",
                () -> chart.model().candles(PriceChartModel.Interval.M1).size() == PriceChartModel.WINDOW);
        until("the ladder is full", () -> lookup("#ladder-bid-19 .ladder-price").query() != null
                && !((javafx.scene.control.Label) lookup("#ladder-bid-19 .ladder-price").query()).getText().isEmpty());
        assertEquals(PriceChartModel.WINDOW, read(() -> chart.model().candles(PriceChartModel.Interval.S5).size()));
        assertTrue(read(() -> chart.model().candles(PriceChartModel.Interval.M5).size()) >= 24);

        interact(() -> {
            if (PICTURES != null) {
                Snapshots.write(stage.getScene(), PICTURES.resolve("terminal.png"));
            }
            shoot(".price-chart", "price-chart.png");
            shoot(".depth-chart", "depth-chart.png");
            shoot(".ladder", "ladder.png");
            shoot(".time-and-sales", "time-and-sales.png");
        });

        hoverOver(".depth-chart", 0.3, 0.6);
        interact(() -> shoot(".depth-chart", "depth-chart-hover.png"));
        clickOn("#interval-1m");
        hoverOver(".price-chart", 0.7, 0.45);
        interact(() -> shoot(".price-chart", "price-chart-1m-hover.png"));
        clickOn("#style-line");
        clickOn("#interval-5m");
        interact(() -> shoot(".price-chart", "price-chart-5m-line.png"));

        long before = read(() -> tape.tape().trades().get(0).id());
        exchange.take(session.takers[0], session.market, Side.BID, Math.round(session.mid) + 6, 30);
        until("the live trades arrive", () -> tape.tape().trades().get(0).id() > before);
        interact(() -> shoot(".time-and-sales", "time-and-sales-flash.png"));
        until("the ladder moves", () -> !"1,207".equals(((javafx.scene.control.Label) lookup("#ladder-ask-0 .ladder-price").query()).getText()));
        interact(() -> shoot(".ladder", "ladder-after-sweep.png"));
    }

    private void hoverOver(String selector, double fx, double fy) {
        Node node = lookup(selector).query();
        Bounds b = node.localToScreen(node.getBoundsInLocal());
        moveTo(new javafx.geometry.Point2D(b.getMinX() + b.getWidth() * fx, b.getMinY() + b.getHeight() * fy));
        // Let a frame pass so the chart draws the crosshair.
        until("a frame passed", () -> true);
        interact(() -> terminal.live().frame(System.nanoTime()));
    }

    private void shoot(String selector, String file) {
        if (PICTURES == null) {
            return;
        }
        com.cyclex.ui.Snapshots.write((javafx.scene.Node) lookup(selector).query(), PICTURES.resolve(file));
    }

    /** Market makers quoting around a wandering price and takers hitting them, on the test exchange's clock. */
    static final class Session {
        final TestExchange exchange;
        final int market;
        final Random random;
        final long[] makers;
        final long[] takers;
        double mid = 1_200;
        double drift;
        int commands;

        Session(TestExchange exchange, int market, Random random) {
            this.exchange = exchange;
            this.market = market;
            this.random = random;
            this.makers = new long[] {exchange.member("maker-a"), exchange.member("maker-b")};
            this.takers = new long[] {exchange.member("taker-a"), exchange.member("taker-b"), exchange.member("taker-c")};
        }

        void trade(long end) {
            long quotedAt = Long.MIN_VALUE;
            double quotedMid = 0;
            int step = 0;
            while (exchange.now() < end) {
                drift = drift * 0.97 + random.nextGaussian() * 0.08;
                mid += drift + random.nextGaussian() * 0.9 + (1_200 - mid) * 0.002;
                if (Math.abs(mid - quotedMid) >= 3 || exchange.now() - quotedAt > 120_000) {
                    quote(7);
                    quotedMid = mid;
                    quotedAt = exchange.now();
                }
                long m = Math.round(mid);
                boolean buy = random.nextDouble() < 0.5 + Math.max(-0.3, Math.min(0.3, drift));
                long units = 1 + (long) Math.min(60, Math.abs(random.nextGaussian()) * 8 + (random.nextDouble() < 0.05 ? 25 : 0));
                long taker = takers[step++ % takers.length];
                exchange.take(taker, market, buy ? Side.BID : Side.ASK, buy ? m + 4 : m - 4, units);
                commands++;
                // Sparse early on, where only minute candles show it; busy in the last minutes the 5 s candles show.
                boolean recent = end - exchange.now() < 12 * 60_000;
                double pause = recent ? 400 + random.nextDouble() * 3_600 : 2_000 + random.nextDouble() * random.nextDouble() * 24_000;
                exchange.setTime(exchange.now() + (long) pause);
            }
        }

        /** Every maker pulls its quotes and posts {@code levels} a side around the mid, more units further out. */
        void quote(int levels) {
            CompletableFuture<CommandResult> last = null;
            long m = Math.round(mid);
            for (long maker : makers) {
                exchange.send(new CancelAll(maker, market));
                commands++;
                for (int i = 0; i < levels; i++) {
                    if (random.nextDouble() < 0.2) {
                        continue;
                    }
                    long units = 1 + (long) (random.nextDouble() * (4 + i * 1.6));
                    exchange.send(PlaceOrder.limit(maker, market, Side.ASK, m + 1 + i, units, TimeInForce.GTC));
                    last = exchange.send(PlaceOrder.limit(maker, market, Side.BID, m - 1 - i, 1 + (long) (random.nextDouble() * (4 + i * 1.6)), TimeInForce.GTC));
                    commands += 2;
                }
            }
            if (last != null) {
                last.join();
            }
        }

        /** A deep book to end with, and the operator's own orders resting in it. */
        void finalBook() {
            quote(48);
            long m = Math.round(mid);
            exchange.bid(TestExchange.HOST, market, m - 3, 12);
            exchange.bid(TestExchange.HOST, market, m - 7, 5);
            exchange.ask(TestExchange.HOST, market, m + 5, 8);
        }
    }
}
