package com.cyclex.ui.orders;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.cyclex.api.AdvanceClock;
import com.cyclex.api.CreateMarket;
import com.cyclex.api.PlaceOrder;
import com.cyclex.market.MarketSpec;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import com.cyclex.ui.Snapshots;
import com.cyclex.ui.entry.TerminalTestBase;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pictures of the trading views with realistic data, for a person to look at: run with
 * {@code -Dcyclex.snapshots=/path/to/dir}; skipped otherwise.
 */
class TradingSnapshotsTest extends TerminalTestBase {
    private static final String DIR = System.getProperty("cyclex.snapshots");

    @BeforeAll
    static void onlyWhenAsked() {
        // Before the exchange and the window are made, so a normal test run pays nothing for this class.
        assumeTrue(DIR != null, "set -Dcyclex.snapshots to write pictures");
    }

    @Override
    protected void seed() {
        long carol = member("carol", 2_000_000, 32);
        int hour = (int) ok(new CreateMarket(ME, MarketSpec.spot("CPU-1H", 60, 5, 1, 2000).withLots(1, 50).withFees(5, 20))).id();
        // Trades: I buy from bob, sell to carol, and buy in the hour market.
        place(bob, market, Side.ASK, 505, 3);
        place(ME, market, Side.BID, 505, 3);
        place(carol, market, Side.BID, 512, 2);
        place(ME, market, Side.ASK, 512, 2);
        place(bob, hour, Side.ASK, 310, 4);
        place(ME, hour, Side.BID, 315, 4);
        // Resting orders of mine in both markets, and a partly filled one.
        place(ME, market, Side.BID, 498, 5);
        place(ME, market, Side.BID, 490, 12);
        place(ME, market, Side.ASK, 540, 4);
        place(ME, hour, Side.BID, 300, 6);
        place(carol, market, Side.ASK, 498, 2);
        // Others' book.
        place(bob, market, Side.ASK, 530, 7);
        place(carol, market, Side.BID, 480, 9);
        ok(new AdvanceClock());
    }

    private void place(long who, int where, Side side, long price, long units) {
        ok(PlaceOrder.limit(who, where, side, price, units, TimeInForce.GTC));
    }

    @Test
    void writePictures() {
        Path dir = Path.of(DIR);
        waitForMarket();
        waitUntil("my orders show", () -> lookup("#my-orders-table").queryTableView().getItems().size() == 4);
        waitUntil("the book top shows", () -> !lookup("#entry-best-ask").queryLabeled().getText().endsWith("–"));
        interact(() -> node("#order-entry", dir.resolve("entry-empty.png")));
        typeInto("#entry-price", "502");
        typeInto("#entry-units", "4");
        waitUntil("the entry is ready", () -> lookup("#entry-summary").queryLabeled().getText().startsWith("Holds"));
        clickOn("#my-orders-table");
        moveTo("#entry-send");
        interact(() -> Snapshots.write(stage.getScene(), dir.resolve("terminal.png")));
        interact(() -> node("#order-entry", dir.resolve("entry-bid.png")));
        interact(() -> node("#account", dir.resolve("account.png")));
        interact(() -> node("#bottom-tabs", dir.resolve("my-orders.png")));

        interact(() -> terminal.ticket().take(Side.ASK, 2000));
        interact(() -> node("#order-entry", dir.resolve("entry-problem.png")));
        interact(() -> terminal.ticket().take(Side.ASK, 545));
        interact(() -> node("#order-entry", dir.resolve("entry-ask.png")));
        interact(() -> {
            terminal.ticket().sideProperty().set(Side.BID);
            terminal.ticket().typeProperty().set(com.cyclex.market.OrderType.MARKET);
        });
        interact(() -> node("#order-entry", dir.resolve("entry-market.png")));
        interact(() -> terminal.ticket().typeProperty().set(com.cyclex.market.OrderType.LIMIT));

        clickOn("#replace-" + lookup("#my-orders-table").queryTableView().getItems().stream()
                .map(o -> ((com.cyclex.api.OrderInfo) o).id()).findFirst().orElseThrow());
        waitUntil("the editor opens", () -> lookup("#replace-price").tryQuery().isPresent());
        interact(() -> Snapshots.write(stage.getScene(), dir.resolve("terminal-replace.png")));
        interact(() -> Snapshots.write(lookup("#replace-price").query().getScene(), dir.resolve("replace-popover.png")));
        push(KeyCode.ESCAPE);

        TabPane tabs = lookup("#bottom-tabs").queryAs(TabPane.class);
        interact(() -> tabs.getSelectionModel().select(1));
        waitUntil("my trades show", () -> lookup("#my-trades-table").queryTableView().getItems().size() == 4);
        interact(() -> node("#bottom-tabs", dir.resolve("my-trades.png")));
        interact(() -> tabs.getSelectionModel().select(2));
        waitUntil("leases show", () -> lookup("#leases-table").queryTableView().getItems().size() == 4);
        interact(() -> node("#bottom-tabs", dir.resolve("leases.png")));
    }

    private void node(String query, Path png) {
        com.cyclex.ui.Snapshots.write((Node) lookup(query).query(), png);
    }
}
