package com.cyclex.api;

/** The host halts trading in a market; cancels still work. */
public record HaltMarket(long actor, int market) implements Command {
}
