package com.cyclex.api;

import com.cyclex.lease.Job;
import com.cyclex.lease.Lease;
import com.cyclex.market.Trade;
import com.cyclex.member.MemberInfo;
import com.cyclex.member.Reputation;
import java.util.List;

/** Read-only questions to the exchange. Answers are copies: safe to keep and to pass to other threads. */
public interface ExchangeReader {

    List<MemberInfo> members();

    /** The member with this id, or null. */
    MemberInfo member(long id);

    List<MarketInfo> markets();

    /** The market with this id, or null. */
    MarketInfo market(int id);

    /** The hash of a member's secret token as it registered it ("" for none), or null for an unknown member. */
    String tokenHash(long memberId);

    /** A member's credits and cores, or null for an unknown member. */
    AccountInfo account(long memberId);

    /** A member's open orders in all markets. */
    List<OrderInfo> openOrders(long memberId);

    /** All open orders of a market, bids then asks, in priority order. */
    List<OrderInfo> orders(int market);

    /** Up to {@code levels} price levels on each side of a market's book. */
    BookDepth depth(int market, int levels);

    /** The most recent trades of a market (0 for all markets), oldest first: at most the latest 500. */
    List<Trade> recentTrades(int market, int count);

    /** A member's open leases (scheduled or active) as buyer or seller, oldest first. */
    List<Lease> leasesOf(long memberId);

    /** A member's unfinished jobs, as buyer or seller, oldest first. */
    List<Job> jobsOf(long memberId);

    /** Every unfinished job, oldest first: for the host's own agents (the verifier), never for a member. */
    List<Job> openJobs();

    /** The delivery rules in force: 3 takes jobs and keeps reputations. */
    int deliveryRules();

    /** Every open lease (scheduled or active), oldest first: for the host's watch on sellers. */
    List<Lease> openLeases();

    /** The share of jobs run again to check their seller, in basis points. */
    int verifyShareBps();

    /** Whether the host has set its secret salt for picking the jobs checked (a fresh exchange has none yet). */
    boolean verificationSalted();

    /** A member's record as a seller, or null for an unknown member. */
    Reputation reputation(long memberId);

    /** Every member's record as a seller, by member id. */
    List<Reputation> reputations();

    /** The best {@code levels} ask levels of a market, best first, each with its sellers' summed record. */
    List<AskRecord> askRecords(int market, int levels);

    /** The number of trades (and so of leases) so far. */
    long tradeCount();

    LedgerTotals ledgerTotals();

    /** Counts and totals for the host's view. */
    ExchangeFigures figures();

    /** The time of the last command applied, epoch milliseconds. */
    long clock();

    /**
     * A hash of the live state (books, ledger, members, markets, open leases) and a running digest of its
     * history: equal states have equal hashes, and its cost does not grow with history. The clock is left out,
     * so a rejected command (which only moves the clock) leaves the hash as it was.
     */
    long stateHash();
}
