package com.cyclex.ui.book;

import com.cyclex.market.Side;

/**
 * One price level of the ladder.
 *
 * @param total units at this level and all better ones on its side
 * @param share units as a fraction of the largest level shown, for the size bar
 * @param mine the operator's own resting units at this level
 * @param changed whether the units at this price differ from the book shown before (same market), to flash it
 * @param record on an ask level, the summed record of the sellers resting there; null on bids or while unknown
 */
public record LadderRow(Side side, long price, long units, long total, double share, long mine, boolean changed,
                        com.cyclex.api.AskRecord record) {
}
