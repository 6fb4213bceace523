package com.cyclex.exchange;

import com.cyclex.api.MarketInfo;
import com.cyclex.api.OrderInfo;
import com.cyclex.lease.Lease;
import com.cyclex.member.MemberInfo;
import java.util.List;

/**
 * Everything the exchange knows, copied at one moment: what a checkpoint saves and a restart restores.
 *
 * @param orders open orders of every market, each market's bids then asks in priority order
 * @param balances every ledger account, indexed as the ledger indexes them
 * @param leases leases from id {@code leasesFrom} on (a checkpoint saves only the new ones)
 */
public record ExchangeState(
        long clock,
        long nextOrderId,
        long postingCount,
        List<SavedMember> members,
        List<MarketInfo> markets,
        List<OrderInfo> orders,
        long[] balances,
        long leasesFrom,
        List<Lease> leases) {

    /** A member with the token hash that its public copy leaves out. */
    public record SavedMember(MemberInfo info, String tokenHash) {
    }
}
