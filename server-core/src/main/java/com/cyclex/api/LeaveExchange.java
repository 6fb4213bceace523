package com.cyclex.api;

/** A member leaves for good; its open orders are pulled, its leases still stand. */
public record LeaveExchange(long actor) implements Command {
}
