package com.cyclex.api;

import com.cyclex.market.MarketSpec;
import com.cyclex.market.MarketStatus;

/** A copy of a market's definition and status; the spec carries the current fees. */
public record MarketInfo(int id, MarketSpec spec, MarketStatus status) {
}
