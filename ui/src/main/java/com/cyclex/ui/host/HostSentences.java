package com.cyclex.ui.host;

import com.cyclex.api.MintCredits;
import com.cyclex.ui.format.Credits;

/**
 * What the host's commands did, in one sentence each for the status line: every accepted command says so, so the
 * line never keeps telling of an earlier one.
 */
final class HostSentences {
    private HostSentences() {
    }

    static String admitted(String name) {
        return name + " is admitted and can trade now.";
    }

    static String suspended(String name) {
        return name + " is suspended: their open orders are cancelled and they cannot trade until admitted again.";
    }

    static String halted(String symbol) {
        return "Trading in " + symbol + " is halted: new orders are refused, cancels still work.";
    }

    static String resumed(String symbol) {
        return "Trading in " + symbol + " has resumed.";
    }

    static String listed(String symbol, long id) {
        return symbol + " is listed (market #" + id + ") and open for trading.";
    }

    static String minted(MintCredits c, String name) {
        return "Minted " + Credits.format(c.amount()) + " credits for " + name + ".";
    }
}
