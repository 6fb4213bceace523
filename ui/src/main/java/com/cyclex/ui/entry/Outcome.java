package com.cyclex.ui.entry;

import com.cyclex.api.CommandResult;
import com.cyclex.api.PlaceOrder;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;

/** What became of an accepted order, in one short sentence for the status bar. */
public final class Outcome {
    private Outcome() {
    }

    public static String of(PlaceOrder order, CommandResult result, String symbol) {
        String name = (order.side() == Side.BID ? "Bid" : "Ask") + " #" + result.id() + " in " + symbol;
        long filled = result.filledUnits();
        long open = result.openUnits();
        long gone = order.units() - filled - open;
        if (filled == order.units()) {
            return name + " filled: " + units(filled) + ".";
        }
        if (open > 0) {
            return filled == 0
                    ? name + " resting: " + units(open) + " at " + order.price() + "."
                    : name + ": " + units(filled) + " filled, " + open + " resting at " + order.price() + ".";
        }
        if (order.timeInForce() == TimeInForce.FOK) {
            return name + " killed: it could not fill completely at once (FOK).";
        }
        return filled == 0
                ? name + " cancelled: nothing to trade with at that price (" + order.timeInForce() + ")."
                : name + ": " + units(filled) + " filled, the other " + gone + " cancelled (" + order.timeInForce() + ").";
    }

    private static String units(long n) {
        return n + (n == 1 ? " unit" : " units");
    }
}
