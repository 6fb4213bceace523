package com.cyclex.ui.orders;

import com.cyclex.api.CommandResult;
import com.cyclex.api.ExchangeEvent;
import com.cyclex.api.MarketInfo;
import com.cyclex.api.OrderInfo;
import com.cyclex.exchange.OrderChecks;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The operator's open orders, newest first, in every market or only the selected one. Fed by one openOrders
 * answer and the OrderUpdated events for this member; an order leaves when nothing of it is open.
 */
public final class MyOrdersModel {
    private final long me;
    private final LiveRows<OrderInfo> rows = new LiveRows<>(OrderInfo::id,
            Comparator.comparingLong(OrderInfo::id).reversed(), o -> o.openUnits() > 0, Integer.MAX_VALUE);
    private final BooleanProperty onlySelected = new SimpleBooleanProperty(this, "onlySelected", false);
    private final IntegerProperty selectedMarket = new SimpleIntegerProperty(this, "selectedMarket", 0);
    private final FilteredList<OrderInfo> shown = new FilteredList<>(rows.rows());

    public MyOrdersModel(long me) {
        this.me = me;
        shown.predicateProperty().bind(Bindings.createObjectBinding(() -> {
            if (!onlySelected.get()) {
                return (Predicate<OrderInfo>) o -> true;
            }
            int market = selectedMarket.get();
            return (Predicate<OrderInfo>) o -> o.market() == market;
        }, onlySelected, selectedMarket));
    }

    /** Whether only the selected market's orders are shown. */
    public BooleanProperty onlySelectedProperty() {
        return onlySelected;
    }

    public IntegerProperty selectedMarketProperty() {
        return selectedMarket;
    }

    /** The orders to show. */
    public ObservableList<OrderInfo> shown() {
        return shown;
    }

    /** Every open order of the operator, whatever is shown. */
    public ObservableList<OrderInfo> all() {
        return rows.rows();
    }

    void asked() {
        rows.asked();
    }

    void answered(List<OrderInfo> orders) {
        rows.answered(orders);
    }

    /**
     * Takes this member's order changes from one frame's events. An order that changed many times in the frame
     * is shown once, as it ended up: the table changes at most once per order per frame.
     */
    public void apply(List<ExchangeEvent> events) {
        Map<Long, OrderInfo> latest = new LinkedHashMap<>();
        for (ExchangeEvent e : events) {
            if (e instanceof ExchangeEvent.OrderUpdated u && u.order().memberId() == me) {
                latest.put(u.order().id(), u.order());
            }
        }
        latest.values().forEach(rows::heard);
    }

    /** Why an order cannot be replaced with this price and these units, or null when it can be sent. */
    public static String replaceProblem(MarketInfo market, OrderInfo order, long price, long units) {
        if (market == null) {
            return "The order's market is not known yet.";
        }
        // The exchange's own checks of a replace, in its order (OrderChecks): the market, the price, the units.
        CommandResult why = OrderChecks.trading(market.id(), market.spec(), market.status());
        if (why == null && price == 0) {
            return "Enter a price between " + market.spec().priceMin() + " and " + market.spec().priceMax() + " ticks.";
        }
        if (why == null) {
            why = OrderChecks.price(market.spec(), price);
        }
        if (why == null) {
            why = OrderChecks.units(market.spec(), units);
        }
        if (why != null) {
            return why.message();
        }
        return price == order.price() && units == order.openUnits() ? "Change the price or the units to replace the order." : null;
    }
}
