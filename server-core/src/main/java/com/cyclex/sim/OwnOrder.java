package com.cyclex.sim;

import com.cyclex.market.Side;

/** One of the robot's own resting orders, as the robot last heard of it. */
public record OwnOrder(long id, Side side, long price, long openUnits) {
}
