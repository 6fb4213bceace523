package com.cyclex.ui.entry;

import com.cyclex.market.OrderType;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The order being prepared, shared by every view that can fill it in: clicking a price in the ladder sets the
 * side and price, the order entry panel edits and sends it.
 */
public final class OrderTicket {
    private final ObjectProperty<Side> side = new SimpleObjectProperty<>(this, "side", Side.BID);
    private final LongProperty price = new SimpleLongProperty(this, "price", 0);
    private final LongProperty units = new SimpleLongProperty(this, "units", 1);
    private final ObjectProperty<TimeInForce> timeInForce = new SimpleObjectProperty<>(this, "timeInForce", TimeInForce.GTC);
    private final ObjectProperty<OrderType> type = new SimpleObjectProperty<>(this, "type", OrderType.LIMIT);

    public ObjectProperty<Side> sideProperty() {
        return side;
    }

    public LongProperty priceProperty() {
        return price;
    }

    public LongProperty unitsProperty() {
        return units;
    }

    public ObjectProperty<TimeInForce> timeInForceProperty() {
        return timeInForce;
    }

    /** Limit or market; a market order takes what the book offers and ignores the price. */
    public ObjectProperty<OrderType> typeProperty() {
        return type;
    }

    /** Fills in a side and a price, as a click on the ladder does; a clicked price means a limit order. */
    public void take(Side side, long price) {
        this.side.set(side);
        this.price.set(price);
        this.type.set(OrderType.LIMIT);
    }
}
