package com.cyclex.exchange;

import com.cyclex.api.MarketInfo;
import com.cyclex.api.OrderInfo;
import com.cyclex.lease.Lease;
import com.cyclex.member.MemberInfo;

/**
 * The state hash as version 1 of Cyclex took it (over every lease ever made), computed from a saved state so
 * that a checkpoint written by version 1 can still be checked when a newer build opens its data dir. Only
 * ever used for that: today's hash is {@link Exchange#stateHash()}.
 */
public final class LegacyStateHash {
    private LegacyStateHash() {
    }

    /** The version 1 hash of a state whose open leases are every lease ever made (as version 1 kept them). */
    public static long of(ExchangeState state) {
        StateHash h = new StateHash();
        h.add(state.nextOrderId()).add(state.openLeases().size());
        for (ExchangeState.SavedMember saved : state.members()) {
            MemberInfo m = saved.info();
            h.add(m.id()).add(m.name()).add(m.status()).add(m.declaredCores()).add(m.askCores()).add(m.leasedCores())
                    .add(saved.tokenHash()).add(m.joinedAt());
        }
        int o = 0;
        for (MarketInfo info : state.markets()) {
            h.add(info.id()).add(info.status());
            Exchange.addSpec(h, info.spec());
            // The saved orders are market by market, each book in priority order: as version 1 walked them.
            while (o < state.orders().size() && state.orders().get(o).market() == info.id()) {
                OrderInfo order = state.orders().get(o++);
                h.add(order.id()).add(order.memberId()).add(order.side()).add(order.price()).add(order.openUnits())
                        .add(order.filledUnits()).add(order.timeInForce()).add(order.reserve());
            }
            h.add(-1);
        }
        for (long balance : state.balances()) {
            h.add(balance);
        }
        for (Lease lease : state.openLeases()) {
            h.add(lease);
        }
        return h.value();
    }
}
