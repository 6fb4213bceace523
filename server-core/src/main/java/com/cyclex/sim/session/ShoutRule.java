package com.cyclex.sim.session;

import com.cyclex.market.Side;
import com.cyclex.sim.scenario.MarketRule;

/**
 * What a market rule adds to the exchange's book: which shouts it refuses, whose standing orders a new one
 * replaces, and whether a trade clears the book. The matching itself is the exchange's in every rule.
 */
interface ShoutRule {

    /** Why a shout at {@code price} is refused with this touch (0 for an empty side), or null when it may go in. */
    String refusal(Side side, long price, long bestBid, long bestAsk);

    /** Whether a shout that goes in cancels the standing order of any seat on its side (else only the seat's own). */
    boolean supersedesOthers();

    /** Whether the book is emptied after each trade. */
    boolean tradeClears();

    static ShoutRule of(MarketRule rule) {
        return rule == MarketRule.CLASSIC ? new Classic() : new Continuous();
    }

    /** The exchange's continuous double auction; a seat keeps one standing order, which its next shout replaces. */
    final class Continuous implements ShoutRule {
        @Override
        public String refusal(Side side, long price, long bestBid, long bestAsk) {
            return null;
        }

        @Override
        public boolean supersedesOthers() {
            return false;
        }

        @Override
        public boolean tradeClears() {
            return false;
        }
    }

    /** The classic experiments' rule: one bid and one ask stand, each new one better than the last. */
    final class Classic implements ShoutRule {
        @Override
        public String refusal(Side side, long price, long bestBid, long bestAsk) {
            if (side == Side.BID && bestBid > 0 && price <= bestBid) {
                return "A bid must improve the best bid of " + bestBid + ": bid " + (bestBid + 1) + " or more.";
            }
            if (side == Side.ASK && bestAsk > 0 && price >= bestAsk) {
                return "An ask must improve the best ask of " + bestAsk + ": ask " + (bestAsk - 1) + " or less.";
            }
            return null;
        }

        @Override
        public boolean supersedesOthers() {
            return true;
        }

        @Override
        public boolean tradeClears() {
            return true;
        }
    }
}
