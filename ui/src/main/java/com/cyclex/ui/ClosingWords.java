package com.cyclex.ui;

/**
 * What closing the terminal would stop, in words, for the question asked before it closes. Nothing to say when
 * nothing rests and no robot trades: then the window just closes.
 */
final class ClosingWords {
    private ClosingWords() {
    }

    /** Whether closing needs asking at all. */
    static boolean needsAsking(int restingOrders, boolean robotsTrading, boolean host) {
        return restingOrders > 0 || robotsTrading;
    }

    static String header(boolean host) {
        return host ? "Close Cyclex and stop this exchange?" : "Close Cyclex?";
    }

    /** The question's text: what is going on now, then what closing does to it. */
    static String text(int restingOrders, boolean robotsTrading, boolean host) {
        StringBuilder s = new StringBuilder();
        if (restingOrders > 0 && robotsTrading) {
            s.append("You have ").append(orders(restingOrders)).append(" resting on the books and the demo robots are trading. ");
        } else if (restingOrders > 0) {
            s.append("You have ").append(orders(restingOrders)).append(" resting on the books. ");
        } else if (robotsTrading) {
            s.append("The demo robots are trading. ");
        }
        if (host) {
            s.append("This window is the exchange's host: closing it stops the exchange for everyone, and no member "
                    + "can trade until you start Cyclex again.");
            if (restingOrders > 0) {
                s.append(restingOrders == 1 ? " Your order is saved and rests again" : " Your orders are saved and rest again")
                        .append(" when the exchange starts.");
            }
            if (robotsTrading) {
                s.append(" The robots start again with it.");
            }
        } else if (restingOrders > 0) {
            s.append(restingOrders == 1 ? "It stays" : "They stay")
                    .append(" on the book while you are away and can still trade.");
        }
        return s.toString();
    }

    private static String orders(int n) {
        return n == 1 ? "1 order" : n + " orders";
    }
}
