package com.cyclex.sim.session;

/**
 * What a seat's holder may know: its own private schedule, units left, profit so far and the period's clock,
 * beside the public touch. Nothing of any other seat.
 *
 * @param role "buyer" or "seller"
 * @param limits this period's values (buyer) or costs (seller), in the order the units trade
 * @param nextLimit the value or cost of the next unit, 0 when none is left
 * @param standingPrice the seat's standing order's price, 0 when none stands
 * @param profit the seat's surplus over every period so far
 * @param robotTrading whether the seat's robot trades it now (its holder is away)
 */
public record SeatView(String seat, String role, long[] limits, int traded, int unitsLeft, long nextLimit,
                       long standingPrice, long periodProfit, long profit, String scenario, String rule, int period,
                       int periods, boolean open, boolean paused, long timeLeftMillis, long bestBid, long bestAsk,
                       long lastPrice, boolean lossesRefused, boolean robotTrading) {

    static SeatView of(LiveState s, LiveState.SeatRow row, long now) {
        int left = row.unitsLeft();
        return new SeatView(row.name(), row.side() == com.cyclex.market.Side.BID ? "buyer" : "seller", row.limits(),
                row.traded(), left, left > 0 ? row.limits()[row.traded()] : 0, row.standingPrice(), row.periodSurplus(),
                row.totalSurplus(), s.scenario(), s.rule().word(), s.period(), s.periods(), s.open(), s.paused(),
                s.timeLeftAt(now), s.bestBid(), s.bestAsk(), s.lastPrice(), s.lossesRefused(), !row.present());
    }
}
