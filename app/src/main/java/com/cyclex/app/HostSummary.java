package com.cyclex.app;

import com.cyclex.api.LedgerTotals;
import com.cyclex.host.ExchangeHost;
import com.cyclex.store.Recovery;
import com.cyclex.ui.format.Credits;

/** The lines a host prints when it has opened: where, what it recovered, and what the books say. */
final class HostSummary {
    private HostSummary() {
    }

    static String of(ExchangeHost host, long openMillis) {
        Recovery.Recovered r = host.recovered();
        record Figures(int members, int markets, long trades, LedgerTotals totals, long hash) {
        }
        Figures f = host.read(x -> new Figures(x.members().size(), x.markets().size(), x.tradeCount(),
                x.ledgerTotals(), x.stateHash()));
        return String.format("Cyclex exchange on %s%n"
                        + "  opened in %d ms: checkpoint after command %,d, %,d journaled commands replayed, last command %,d%n"
                        + "  %d members, %d markets, %,d trades%n"
                        + "  credits issued %s, in bid escrow %s, in lease escrow %s, fees %s%n"
                        + "  ledger sum %s credits (must be 0.00), state hash %016x%n",
                host.dataDir(), openMillis, r.checkpointSeq(), r.replayed(), r.lastSeq(),
                f.members(), f.markets(), f.trades(), Credits.format(f.totals().issued()),
                Credits.format(f.totals().bidEscrow()), Credits.format(f.totals().leaseEscrow()),
                Credits.format(f.totals().fees()), Credits.format(f.totals().sum()), f.hash());
    }
}
