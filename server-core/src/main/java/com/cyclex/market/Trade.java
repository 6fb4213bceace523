package com.cyclex.market;

/**
 * One match between a bid and an ask.
 *
 * @param price in ticks
 * @param aggressor the side of the incoming order that took liquidity
 * @param time epoch milliseconds of the command that matched
 */
public record Trade(long id, int market, long bidOrderId, long askOrderId, long buyerId, long sellerId,
                    long price, long units, Side aggressor, long time) {
}
