package com.cyclex.app;

import com.cyclex.api.LedgerTotals;
import com.cyclex.host.ExchangeHost;
import com.cyclex.store.Recovery;
import com.cyclex.ui.format.Credits;

/**
 * What a host found when it opened: where, what it recovered, and what the books say. Printed by the headless and
 * smoke starts, logged by every start.
 */
record HostSummary(String dataDir, long openMillis, Recovery.Recovered recovered, int members, int markets, long trades,
                   LedgerTotals totals, long stateHash) {

    static HostSummary of(ExchangeHost host, long openMillis) {
        record Figures(int members, int markets, long trades, LedgerTotals totals, long hash) {
        }
        Figures f = host.read(x -> new Figures(x.members().size(), x.markets().size(), x.tradeCount(),
                x.ledgerTotals(), x.stateHash()));
        return new HostSummary(host.dataDir().toString(), openMillis, host.recovered(), f.members(), f.markets(),
                f.trades(), f.totals(), f.hash());
    }

    /** The lines for a terminal. */
    String text() {
        Recovery.Recovered r = recovered;
        return String.format("Cyclex exchange on %s%n"
                        + "  opened in %d ms: checkpoint after command %,d, %,d journaled commands replayed, last command %,d%n"
                        + "  %d members, %d markets, %,d trades%n"
                        + "  credits issued %s, in bid escrow %s, in lease escrow %s, fees %s%n"
                        + "  ledger sum %s credits (must be 0.00), state hash %016x%n",
                dataDir, openMillis, r.checkpointSeq(), r.replayed(), r.lastSeq(),
                members, markets, trades, Credits.format(totals.issued()), Credits.format(totals.bidEscrow()),
                Credits.format(totals.leaseEscrow()), Credits.format(totals.fees()), Credits.format(totals.sum()), stateHash);
    }

    /** The same on one line, for the log. */
    String logLine() {
        Recovery.Recovered r = recovered;
        return String.format("Opened in %d ms after command %,d: %d members, %d markets, %,d trades; credits issued %s,"
                        + " in bid escrow %s, in lease escrow %s; ledger sum %s; state hash %016x",
                openMillis, r.lastSeq(), members, markets, trades, Credits.format(totals.issued()),
                Credits.format(totals.bidEscrow()), Credits.format(totals.leaseEscrow()), Credits.format(totals.sum()), stateHash);
    }
}
