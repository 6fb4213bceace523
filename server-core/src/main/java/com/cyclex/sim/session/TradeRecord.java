package com.cyclex.sim.session;

import com.cyclex.market.Side;

/**
 * One trade of a session with the induced value and cost of the units it moved.
 *
 * @param aggressor the side of the shout that traded with the standing order
 */
public record TradeRecord(int period, long seq, long time, int buyer, int seller, long price, long value, long cost,
                          Side aggressor, long tradeId) {
}
