package com.cyclex.api;

import com.cyclex.market.OrderType;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;

/** Place a bid or an ask. {@code price} is in ticks and ignored for a market order. */
public record PlaceOrder(long actor, int market, Side side, OrderType type, TimeInForce timeInForce, long price, long units)
        implements Command {

    public static PlaceOrder limit(long actor, int market, Side side, long price, long units, TimeInForce timeInForce) {
        return new PlaceOrder(actor, market, side, OrderType.LIMIT, timeInForce, price, units);
    }

    public static PlaceOrder market(long actor, int market, Side side, long units, TimeInForce timeInForce) {
        return new PlaceOrder(actor, market, side, OrderType.MARKET, timeInForce, 0, units);
    }
}
