package com.cyclex.ui.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.api.AccountInfo;
import com.cyclex.api.CancelOrder;
import com.cyclex.api.CreateMarket;
import com.cyclex.api.OrderInfo;
import com.cyclex.api.DeclareCapacity;
import com.cyclex.api.PlaceOrder;
import com.cyclex.api.ReplaceOrder;
import com.cyclex.lease.Lease;
import com.cyclex.market.MarketSpec;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import com.cyclex.market.Trade;
import com.cyclex.ui.entry.TerminalTestBase;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;

/** Whole trading flows through the entry, my orders, my trades, leases and the account, on a real exchange. */
class TradingFlowTest extends TerminalTestBase {

    @Test
    void aBidTypedAndSentRestsInMyOrdersAndItsEscrowShowsInTheAccount() {
        sendBid("500", "4");
        waitUntil("the bid is in my orders", () -> orders().getItems().size() == 1);
        OrderInfo row = fx(() -> orders().getItems().get(0));
        assertEquals(Side.BID, row.side());
        assertEquals(500, row.price());
        assertEquals(4, row.openUnits());
        // 4 x 500 = 2000 minor units plus a reserve at 25 bps = 5: 20.05 credits held.
        waitUntil("the escrow shows", () -> text("#account-held").equals("20.05"));
        assertEquals("9,979.95", text("#account-available"));
        waitUntil("the outcome shows", () -> lastNotice().matches("Bid #\\d+ in CPU-10M resting: 4 units at 500\\."));
    }

    @Test
    void anAskThatCrossesMakesMyTradeMovesMyCreditsAndMakesALease() {
        sendBid("500", "4");
        waitUntil("the bid rests", () -> myOpenOrders().size() == 1);
        ok(PlaceOrder.limit(bob, market, Side.ASK, 480, 4, TimeInForce.GTC));

        waitUntil("my trade shows", () -> trades().getItems().size() == 1);
        Trade t = fx(() -> trades().getItems().get(0));
        assertEquals(500, t.price(), "the resting bid's price");
        assertEquals(4, t.units());
        waitUntil("the bid has left my orders", () -> orders().getItems().isEmpty());
        // Value 2000; I was the maker, so my fee is 10 bps = 2; the rest of the reserve comes back.
        waitUntil("the credits moved", () -> text("#account-available").equals("9,979.98"));
        assertEquals("0.00", text("#account-held"));
        waitUntil("the lease shows", () -> leases().getItems().size() == 1);
        Lease lease = fx(() -> leases().getItems().get(0));
        assertEquals(4, lease.cores());
        assertEquals(bob, lease.sellerId());
        assertEquals(2000, lease.escrow());
        AccountInfo mine = host.read(x -> x.account(ME));
        assertEquals(1_000_000 - 2000 - 2, mine.available());
    }

    @Test
    void cancellingAnOrderThatJustFilledShowsTheExchangesReason() {
        sendBid("500", "4");
        waitUntil("the bid is in my orders", () -> orders().getItems().size() == 1);
        long id = fx(() -> orders().getItems().get(0).id());
        // The screen stops hearing the exchange, so the row stays while the order fills underneath it.
        interact(() -> terminal.live().stop());
        ok(PlaceOrder.limit(bob, market, Side.ASK, 500, 4, TimeInForce.GTC));
        clickOn("#cancel-" + id);
        waitUntil("the refusal shows", () -> lastNotice().contains("ORDER_UNKNOWN"));
        assertEquals("Cancel of order " + id + " refused: Order " + id + " is not open in CPU-10M; it may have filled "
                + "or been cancelled. (303 ORDER_UNKNOWN)", lastNotice());
        assertEquals(new CancelOrder(ME, market, id), client.sent().get(client.sent().size() - 1));
    }

    @Test
    void cancelFromMyOrdersRemovesTheOrder() {
        long keep = ok(PlaceOrder.limit(ME, market, Side.BID, 100, 1, TimeInForce.GTC)).id();
        long gone = ok(PlaceOrder.limit(ME, market, Side.BID, 110, 2, TimeInForce.GTC)).id();
        waitUntil("both orders show", () -> orders().getItems().size() == 2);
        clickOn("#cancel-" + gone);
        waitUntil("the order has gone", () -> orders().getItems().size() == 1);
        assertEquals(keep, fx(() -> orders().getItems().get(0).id()));
        assertEquals(1, myOpenOrders().size());
        assertEquals("Order " + gone + " cancelled: 2 units taken off the book.", lastNotice());
    }

    @Test
    void replaceFromMyOrdersChangesPriceAndUnits() {
        long id = ok(PlaceOrder.limit(ME, market, Side.BID, 100, 5, TimeInForce.GTC)).id();
        waitUntil("the order shows", () -> orders().getItems().size() == 1);
        clickOn("#replace-" + id);
        waitUntil("the editor opens", () -> lookup("#replace-price").tryQuery().isPresent());
        typeInto("#replace-price", "1500");
        waitUntil("the band is explained", () -> text("#replace-problem").startsWith("Price 1500 is outside"));
        assertTrue(fx(() -> lookup("#replace-send").queryAs(Button.class).isDisabled()));
        typeInto("#replace-price", "120");
        typeInto("#replace-units", "3");
        clickOn("#replace-send");
        waitUntil("the row shows the new price", () -> orders().getItems().size() == 1
                && orders().getItems().get(0).price() == 120 && orders().getItems().get(0).openUnits() == 3);
        assertEquals(new ReplaceOrder(ME, market, id, 120, 3), client.sent().get(client.sent().size() - 1));
        OrderInfo open = myOpenOrders().get(0);
        assertEquals(120, open.price());
        assertEquals(3, open.openUnits());
    }

    @Test
    void myOrdersCanShowOnlyTheSelectedMarket() {
        int other = (int) ok(new CreateMarket(ME, MarketSpec.spot("CPU-1H", 60, 1, 1, 1000))).id();
        ok(PlaceOrder.limit(ME, market, Side.BID, 100, 1, TimeInForce.GTC));
        ok(PlaceOrder.limit(ME, other, Side.BID, 100, 1, TimeInForce.GTC));
        waitUntil("both orders show", () -> orders().getItems().size() == 2);
        clickOn(labeled("#orders-scope", "Selected market"));
        waitUntil("only the selected market's order shows", () -> orders().getItems().size() == 1
                && orders().getItems().get(0).market() == terminal.markets().selectedId());
        clickOn(labeled("#orders-scope", "All markets"));
        waitUntil("both show again", () -> orders().getItems().size() == 2);
    }

    @Test
    void theAccountShowsWhereTheCoresGoAndSaysWhereToDeclareThem() {
        ok(PlaceOrder.limit(ME, market, Side.ASK, 900, 5, TimeInForce.GTC));
        waitUntil("the ask holds cores", () -> text("#account-asks").equals("5"));
        assertEquals("7", text("#account-spare"));
        assertEquals("Declare spare cores under This machine.", text("#account-declare-where"));
        ok(new DeclareCapacity(ME, 20));
        waitUntil("the new capacity shows", () -> text("#account-declared").equals("20"));
        assertEquals("15", text("#account-spare"));
    }

    private void sendBid(String price, String units) {
        waitForMarket();
        clickOn(labeled("#entry-side", "Bid"));
        typeInto("#entry-price", price);
        typeInto("#entry-units", units);
        waitUntil("the order can be sent", () -> !lookup("#entry-send").queryAs(Button.class).isDisabled());
        clickOn("#entry-send");
    }

    @SuppressWarnings("unchecked")
    private TableView<OrderInfo> orders() {
        com.cyclex.ui.trades.FxWait.showTab(stage.getScene().getRoot(), "tab-orders");
        return lookup("#my-orders-table").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private TableView<Trade> trades() {
        com.cyclex.ui.trades.FxWait.showTab(stage.getScene().getRoot(), "tab-trades");
        return lookup("#my-trades-table").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private TableView<Lease> leases() {
        com.cyclex.ui.trades.FxWait.showTab(stage.getScene().getRoot(), "tab-leases");
        return lookup("#leases-table").queryAs(TableView.class);
    }
}
