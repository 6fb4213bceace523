package com.cyclex.api;

/** Cancel one of the actor's open orders. */
public record CancelOrder(long actor, int market, long orderId) implements Command {
}
