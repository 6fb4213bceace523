package com.cyclex.sim;

import com.cyclex.api.BookDepth;
import com.cyclex.api.MarketInfo;
import com.cyclex.market.MarketSpec;
import com.cyclex.market.MarketStatus;

/** What the robots know of one market, whoever traded there: its rules and status, the touch, the last price. */
final class MarketBoard {
    final int market;
    MarketSpec spec;
    MarketStatus status;
    long bestBid;
    long bestAsk;
    long lastPrice;
    boolean depthSeen;

    MarketBoard(int market) {
        this.market = market;
    }

    void update(MarketInfo info) {
        spec = info.spec();
        status = info.status();
    }

    void update(BookDepth depth) {
        bestBid = depth.bidLevels() > 0 ? depth.bidPrices()[0] : 0;
        bestAsk = depth.askLevels() > 0 ? depth.askPrices()[0] : 0;
        depthSeen = true;
    }

    boolean known() {
        return spec != null && depthSeen;
    }

    boolean open() {
        return status == MarketStatus.OPEN;
    }
}
