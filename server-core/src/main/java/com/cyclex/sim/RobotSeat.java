package com.cyclex.sim;

/** One robot at work: the member it trades as and the market it trades in. */
public record RobotSeat(String name, long memberId, int market, RobotTrader robot) {
}
