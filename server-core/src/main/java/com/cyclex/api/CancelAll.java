package com.cyclex.api;

/** Cancel all of the actor's open orders in one market, or in every market when {@code market} is 0. */
public record CancelAll(long actor, int market) implements Command {
}
