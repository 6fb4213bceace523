package com.cyclex.ui.entry;

import com.cyclex.api.CommandResult;
import com.cyclex.api.PlaceOrder;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import com.cyclex.ui.format.Reasons;

/** What became of an accepted order, a replace or a cancel, in one short sentence for the status bar. */
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
                    : name + ": " + units(filled) + " filled, " + units(open) + " resting at " + order.price() + ".";
        }
        if (order.timeInForce() == TimeInForce.FOK) {
            return name + " killed: " + Reasons.COULD_NOT_FILL_AT_ONCE + " (FOK).";
        }
        return filled == 0
                ? name + " cancelled: " + Reasons.NOTHING_TO_TRADE_WITH + " (" + order.timeInForce() + ")."
                : name + ": " + units(filled) + " filled, the other " + gone + " cancelled (" + order.timeInForce() + ").";
    }

    /**
     * What a replace did to an order that had {@code before} units filled: it rests with the new price and units,
     * or traded on the way, in part or in full.
     *
     * @param result the exchange's answer: the order's open units and all its filled units after the replace
     */
    public static String replaced(long orderId, long filledBefore, long price, CommandResult result) {
        String name = "Order " + orderId;
        long open = result.openUnits();
        long filledNow = Math.max(0, result.filledUnits() - filledBefore);
        if (open > 0 && filledNow == 0) {
            return name + " now rests " + units(open) + " at " + price + ".";
        }
        if (open > 0) {
            return name + " traded " + units(filledNow) + " at once at the new price; " + units(open) + " rest at " + price + ".";
        }
        if (filledNow > 0) {
            return name + " filled as it was replaced: " + units(filledNow) + " traded at " + price + " or better.";
        }
        return name + " has nothing left open after the replace.";
    }

    /** What a cancel took off the book; {@code filled} units of the order had traded before. */
    public static String cancelled(long orderId, long open, long filled) {
        String name = "Order " + orderId + " cancelled";
        if (filled == 0) {
            return name + (open > 0 ? ": " + units(open) + " taken off the book." : ".");
        }
        return name + (open > 0 ? ": " + units(open) + " taken off the book, " : ": ") + units(filled) + " of it had traded.";
    }

    private static String units(long n) {
        return n + (n == 1 ? " unit" : " units");
    }
}
