package com.cyclex.api;

/**
 * Change an open order's price and open units. Fewer units at the same price keep the order's place
 * in the queue; anything else moves it to the back, and it trades first if the new price crosses.
 */
public record ReplaceOrder(long actor, int market, long orderId, long newPrice, long newUnits) implements Command {
}
