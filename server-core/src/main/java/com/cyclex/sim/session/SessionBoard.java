package com.cyclex.sim.session;

import java.util.List;

/**
 * What every member may see of a live session: the period and its clock, the touch and this period's trade
 * prices (market data is public), how many seats there are and how many are held. No seat's schedule.
 */
public record SessionBoard(String scenario, String rule, int market, int period, int periods, boolean open,
                           boolean paused, long timeLeftMillis, long bestBid, long bestAsk, long lastPrice,
                           List<Long> prices, int seats, int seatsHeld) {

    static SessionBoard of(LiveState s, long now) {
        int held = (int) s.seats().stream().filter(r -> r.holderId() != 0).count();
        return new SessionBoard(s.scenario(), s.rule().word(), s.market(), s.period(), s.periods(), s.open(), s.paused(),
                s.timeLeftAt(now), s.bestBid(), s.bestAsk(), s.lastPrice(),
                s.trades().stream().map(TradeRecord::price).toList(), s.seats().size(), held);
    }
}
