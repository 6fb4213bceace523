package com.cyclex.ui;

import com.cyclex.api.CommandResult;
import com.cyclex.api.ExchangeClient;
import com.cyclex.api.MarketInfo;
import com.cyclex.api.PlaceOrder;
import com.cyclex.market.MarketStatus;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import com.cyclex.sim.DemoPlan;
import java.util.concurrent.CompletableFuture;

/**
 * The operator's purchase for the Jobs view's picture: four cores of the demo's one-minute spot market, bought at
 * a little over the best ask so that the bid trades though the robots move the book.
 */
final class PictureJobs {
    static final long CORES = 4;

    private PictureJobs() {
    }

    static CompletableFuture<CommandResult> buy(ExchangeClient client) {
        return client.markets().thenCompose(markets -> {
            MarketInfo m = markets.stream().filter(x -> x.status() == MarketStatus.OPEN
                    && x.spec().symbol().equals(DemoPlan.SPOT_1M)).findFirst().orElse(null);
            if (m == null) {
                return CompletableFuture.completedFuture(null);
            }
            return client.depth(m.id(), 5).thenCompose(depth -> {
                long price = depth.askLevels() == 0 ? m.spec().priceMax()
                        : Math.min(m.spec().priceMax(), depth.askPrices()[Math.min(depth.askLevels(), 5) - 1] + 5);
                return client.submit(PlaceOrder.limit(client.memberId(), m.id(), Side.BID, price, CORES, TimeInForce.IOC));
            });
        });
    }
}
