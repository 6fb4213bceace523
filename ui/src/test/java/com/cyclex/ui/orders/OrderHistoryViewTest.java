package com.cyclex.ui.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.cyclex.api.CancelOrder;
import com.cyclex.api.CreateMarket;
import com.cyclex.api.PastOrder;
import com.cyclex.api.PlaceOrder;
import com.cyclex.market.MarketSpec;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import com.cyclex.ui.Snapshots;
import com.cyclex.ui.TestPictures;
import com.cyclex.ui.entry.TerminalTestBase;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The order history on a real exchange: how each order ended and why, narrowed by market, kept up to date. */
class OrderHistoryViewTest extends TerminalTestBase {

    @Test
    void filledCancelledPartlyFilledExpiredAndOpenOrdersShowWithTheirReasons() {
        long filled = bid(market, 500, 4, TimeInForce.GTC);
        ok(PlaceOrder.limit(bob, market, Side.ASK, 500, 4, TimeInForce.GTC));
        long cancelled = bid(market, 100, 2, TimeInForce.GTC);
        ok(new CancelOrder(ME, market, cancelled));
        long partly = bid(market, 450, 5, TimeInForce.GTC);
        ok(PlaceOrder.limit(bob, market, Side.ASK, 450, 2, TimeInForce.GTC));
        ok(new CancelOrder(ME, market, partly));
        long ioc = bid(market, 90, 3, TimeInForce.IOC);
        long open = bid(market, 120, 1, TimeInForce.GTC);
        int window = (int) ok(new CreateMarket(ME, MarketSpec.spot("CPU-W", 10, 1, 1, 1000)
                .withWindow(System.currentTimeMillis() + 1_500))).id();
        long expired = bid(window, 100, 1, TimeInForce.GTC);
        awaitOnThisThread("the window opens and its order expires",
                () -> host.read(x -> x.openOrders(ME)).stream().noneMatch(o -> o.id() == expired));

        showHistory();
        Map<Long, String> expected = new LinkedHashMap<>();
        expected.put(expired, "Expired: Its market's delivery window began.");
        expected.put(open, "Open: Resting in the book.");
        expected.put(ioc, "Cancelled: Immediate or cancel: nothing to trade with at that price, so it was cancelled.");
        expected.put(partly, "Partly filled: 2 units traded. You cancelled the rest.");
        expected.put(cancelled, "Cancelled: You cancelled it.");
        expected.put(filled, "Filled: Every unit traded.");
        waitUntil("every order shows as it ended", () -> expected.equals(shown()));
        assertEquals(List.copyOf(expected.keySet()), fx(() -> List.copyOf(shown().keySet())), "newest first");

        // what is drawn, not only what the rows hold
        Set<String> tags = fx(() -> new TreeSet<>(lookup("#order-history-table .outcome-tag").queryAllAs(Label.class)
                .stream().map(Label::getText).toList()));
        assertEquals(new TreeSet<>(List.of("Cancelled", "Expired", "Filled", "Open", "Partly filled")), tags);
        assertEquals("6 orders", text("#history-summary"));
        interact(() -> Snapshots.write(stage.getScene(), TestPictures.file("order-history.png")));

        pickMarket(window);
        waitUntil("only the window market's order shows", () -> List.of(expired).equals(List.copyOf(shown().keySet())));
        pickMarket(market);
        waitUntil("only CPU-10M's orders show", () -> shown().size() == 5 && !shown().containsKey(expired));
        pickMarket(0);
        waitUntil("every market again", () -> shown().size() == 6);
    }

    @Test
    void anOrderPlacedOrCancelledWhileTheHistoryShowsAppearsWithoutARefresh() {
        showHistory();
        waitUntil("the empty history says so", () -> text("#history-summary").equals("0 orders"));
        long id = bid(market, 200, 3, TimeInForce.GTC);
        waitUntil("the new order shows open", () -> "Open: Resting in the book.".equals(shown().get(id)));
        ok(new CancelOrder(ME, market, id));
        waitUntil("it shows cancelled", () -> "Cancelled: You cancelled it.".equals(shown().get(id)));
    }

    private long bid(int in, long price, long units, TimeInForce tif) {
        return ok(PlaceOrder.limit(ME, in, Side.BID, price, units, tif)).id();
    }

    /** Opens the history tab in a window of the README's size, with room below for every row. */
    private void showHistory() {
        interact(() -> {
            stage.setWidth(1480);
            stage.setHeight(920);
            javafx.scene.control.SplitPane center = lookup("#split-center").query();
            center.setDividerPositions(0.45);
            TabPane tabs = lookup("#bottom-tabs").query();
            tabs.getTabs().stream().filter(t -> "tab-history".equals(t.getId())).findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
        });
    }

    @SuppressWarnings("unchecked")
    private void pickMarket(int id) {
        waitUntil("market " + id + " can be picked", () -> lookup("#history-market").queryAs(ComboBox.class).getItems().contains(id));
        interact(() -> lookup("#history-market").queryAs(ComboBox.class).setValue(id));
    }

    /** Each row's order id and "outcome: why", in the table's order; read on the JavaFX thread. */
    @SuppressWarnings("unchecked")
    private Map<Long, String> shown() {
        TableView<PastOrder> table = lookup("#order-history-table").queryAs(TableView.class);
        Map<Long, String> out = new LinkedHashMap<>();
        for (PastOrder o : table.getItems()) {
            out.put(o.order().id(), HistoryWords.outcome(o) + ": " + HistoryWords.why(o));
        }
        return out;
    }

    private static void awaitOnThisThread(String what, java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out waiting until " + what, e);
        }
    }
}
