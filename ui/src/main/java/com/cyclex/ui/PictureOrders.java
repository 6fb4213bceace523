package com.cyclex.ui;

import com.cyclex.api.BookDepth;
import com.cyclex.api.CancelOrder;
import com.cyclex.api.CommandResult;
import com.cyclex.api.ExchangeClient;
import com.cyclex.api.MarketInfo;
import com.cyclex.api.PlaceOrder;
import com.cyclex.market.Delivery;
import com.cyclex.market.MarketStatus;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import java.util.concurrent.CompletableFuture;

/**
 * A few orders of the operator's own for the order history's picture, in the first open spot market: one that
 * fills at the best ask, one resting below the touch, one cancelled, and a fill-or-kill that cannot fill.
 */
final class PictureOrders {
    private PictureOrders() {
    }

    static CompletableFuture<Void> place(ExchangeClient client) {
        long me = client.memberId();
        return client.markets().thenCompose(markets -> {
            MarketInfo m = markets.stream().filter(x -> x.status() == MarketStatus.OPEN
                    && x.spec().delivery() == Delivery.SPOT).findFirst().orElse(null);
            if (m == null) {
                return CompletableFuture.completedFuture(null);
            }
            int id = m.id();
            return client.depth(id, 1).thenCompose(depth -> {
                long low = m.spec().priceMin();
                long bestBid = depth.bidLevels() > 0 ? depth.bidPrices()[0] : low + 10;
                long below = Math.max(low, bestBid - 8);
                return filling(client, me, m, depth)
                        .thenCompose(r -> client.submit(PlaceOrder.limit(me, id, Side.BID, below, 2, TimeInForce.GTC)))
                        .thenCompose(r -> client.submit(PlaceOrder.limit(me, id, Side.BID, Math.max(low, below - 4), 1, TimeInForce.GTC)))
                        .thenCompose(r -> r.accepted() ? client.submit(new CancelOrder(me, id, r.id())) : done(r))
                        .thenCompose(r -> client.submit(PlaceOrder.limit(me, id, Side.BID, below, 5, TimeInForce.FOK)))
                        .thenApply(r -> null);
            });
        });
    }

    /** A bid of one unit a little over the best ask, so it trades though the robots move the book; none without asks. */
    private static CompletableFuture<CommandResult> filling(ExchangeClient client, long me, MarketInfo m, BookDepth depth) {
        if (depth.askLevels() == 0) {
            return done(null);
        }
        long price = Math.min(m.spec().priceMax(), depth.askPrices()[0] + 5);
        return client.submit(PlaceOrder.limit(me, m.id(), Side.BID, price, 1, TimeInForce.IOC));
    }

    private static CompletableFuture<CommandResult> done(CommandResult r) {
        return CompletableFuture.completedFuture(r);
    }
}
