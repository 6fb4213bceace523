package com.cyclex.api;

import com.cyclex.market.MarketSpec;

/** The host opens a new market. */
public record CreateMarket(long actor, MarketSpec spec) implements Command {
}
