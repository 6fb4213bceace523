package com.cyclex.exchange;

import com.cyclex.api.CommandResult;
import com.cyclex.api.MarketInfo;
import com.cyclex.api.OrderInfo;
import com.cyclex.lease.Job;
import com.cyclex.lease.Lease;
import com.cyclex.member.MemberInfo;
import com.cyclex.member.Reputation;
import java.util.List;

/**
 * The live state of the exchange, copied at one moment: what a checkpoint saves and a restart restores.
 * History (trades made, leases settled, the order flow) is not in it: the store keeps that, and the state
 * carries only the running digest of it that the state hash needs.
 *
 * @param orders open orders of every market, each market's bids then asks in priority order
 * @param balances every ledger account, indexed as the ledger indexes them
 * @param nextLeaseId the id the next lease (and trade) gets
 * @param openLeases the leases not yet settled, in id order
 * @param keptResults answers kept for idempotency keys, oldest first
 * @param historyDigest the running digest of everything that has left the live state
 * @param deliveryRules the delivery rules in force (1 for a state saved before there were versions)
 * @param openJobs the jobs not yet finished, in id order
 * @param nextJobId the id the next job gets
 * @param verifyBps the share of jobs run again to check their seller, in basis points
 * @param verifySalt the host's secret that picks them
 */
public record ExchangeState(
        long clock,
        long nextOrderId,
        long postingCount,
        List<SavedMember> members,
        List<MarketInfo> markets,
        List<OrderInfo> orders,
        long[] balances,
        long nextLeaseId,
        List<Lease> openLeases,
        List<KeptResult> keptResults,
        long historyDigest,
        int deliveryRules,
        List<Job> openJobs,
        long nextJobId,
        int verifyBps,
        long verifySalt) {

    /** A member with the token hash that its public copy leaves out, and its record as a seller. */
    public record SavedMember(MemberInfo info, String tokenHash, Reputation reputation) {
        public SavedMember {
            if (reputation == null) {
                reputation = Reputation.none(info.id());
            }
        }
    }

    /** The answer an accepted command with an idempotency key got, kept so a retry gets it again. */
    public record KeptResult(long actor, String key, long time, CommandResult result) {
    }
}
