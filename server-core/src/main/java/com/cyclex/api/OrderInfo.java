package com.cyclex.api;

import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;

/** A copy of an order as it stood at one moment. {@code reserve} is the fee rate its escrow was held at. */
public record OrderInfo(long id, int market, long memberId, Side side, long price, long openUnits, long filledUnits,
                        TimeInForce timeInForce, long reserve, boolean resting) {
}
