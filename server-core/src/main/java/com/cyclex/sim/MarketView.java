package com.cyclex.sim;

import com.cyclex.ledger.Escrow;
import com.cyclex.market.MarketSpec;
import java.util.List;

/**
 * What a robot knows of one market at its turn: the touch, the last trade, its own orders and means. The
 * touch may be a few tens of milliseconds old; the robot's own orders include every result it has heard.
 * Prices are in ticks; 0 means "none".
 */
public interface MarketView {

    /** The market's id, for commands and logs. */
    int market();

    /** The market's rules: band, lots, tick size, term, fees. */
    MarketSpec spec();

    /** Whether the market takes orders now (not halted, not closed, the member active). */
    boolean trading();

    /** The best bid price, or 0 when there are no bids. */
    long bestBid();

    /** The best ask price, or 0 when there are no asks. */
    long bestAsk();

    /** The price of the last trade, or 0 when none has been heard of. */
    long lastPrice();

    /**
     * The robot's resting orders, oldest first. Orders that a command still in flight is cancelling or
     * replacing are left out, so a robot never acts twice on the same order.
     */
    List<OwnOrder> myOrders();

    /** The robot's commands sent but not yet acknowledged. */
    int commandsInFlight();

    /** Units bought minus units sold in this market since the robot started: its inventory. */
    long position();

    /** Cores the member can still offer in asks. */
    long spareCores();

    /** Credits (minor units) the member can still put into escrow for bids. */
    long availableCredits();

    /** The middle of the touch, else the last trade, else the one side there is; 0 when nothing is known. */
    default long reference() {
        long bid = bestBid();
        long ask = bestAsk();
        if (bid > 0 && ask > 0) {
            return (bid + ask) / 2;
        }
        if (lastPrice() > 0) {
            return lastPrice();
        }
        return Math.max(bid, ask);
    }

    /** The nearest price the market's band accepts. */
    default long clampPrice(long price) {
        return Math.max(spec().priceMin(), Math.min(spec().priceMax(), price));
    }

    /** The nearest number of units the market's lot limits accept. */
    default long clampUnits(long units) {
        return Math.max(spec().minUnits(), Math.min(spec().maxUnits(), units));
    }

    /** Whether a bid of {@code units} at {@code price} fits the available credits, fee reserve included. */
    default boolean canBuy(long units, long price) {
        int reserveBps = Math.max(spec().makerFeeBps(), spec().takerFeeBps());
        return Escrow.bidHold(units, price, spec().tickSize(), reserveBps) <= availableCredits();
    }

    /** Whether an ask of {@code units} fits the member's spare cores. */
    default boolean canSell(long units) {
        return units <= spareCores();
    }
}
