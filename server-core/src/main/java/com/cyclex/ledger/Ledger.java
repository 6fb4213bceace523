package com.cyclex.ledger;

import java.util.Arrays;

/**
 * Credits as double-entry postings between accounts, in integer minor units. Every posting takes from
 * one account what it gives to another, so the sum of all balances is always zero: members' credits are
 * matched by the negative balance of ISSUANCE, which only the host's mint moves.
 *
 * <p>Each member has two accounts: AVAILABLE (free to spend) and HELD (escrow of its open bids).
 */
public final class Ledger {
    /** The source of all credits; its balance is minus everything ever minted. */
    public static final int ISSUANCE = 0;
    /** Fees the exchange has earned. */
    public static final int FEES = 1;
    /** The value of all trades whose leases are not yet settled. */
    public static final int LEASE_ESCROW = 2;
    private static final int SYSTEM_ACCOUNTS = 3;

    private long[] balances = new long[64];
    private int accounts = SYSTEM_ACCOUNTS;
    private long postings;
    private PostingListener listener;

    /** The AVAILABLE account of a member. */
    public static int availableAccount(long memberId) {
        return SYSTEM_ACCOUNTS + (int) (memberId - 1) * 2;
    }

    /** The HELD account of a member. */
    public static int heldAccount(long memberId) {
        return availableAccount(memberId) + 1;
    }

    /** Opens the two accounts of a member (ids come in order, so this also opens any before it). */
    public void openMember(long memberId) {
        int needed = heldAccount(memberId) + 1;
        if (needed > balances.length) {
            balances = Arrays.copyOf(balances, Math.max(needed, balances.length * 2));
        }
        accounts = Math.max(accounts, needed);
    }

    public void setListener(PostingListener listener) {
        this.listener = listener;
    }

    /**
     * Moves credits. A zero amount posts nothing. Only ISSUANCE may go negative: callers check balances
     * first, so an overdraft here is a bug, and it stops the command before anything moves.
     */
    public void transfer(int from, int to, long amount, PostingReason reason) {
        if (amount == 0) {
            return;
        }
        if (amount < 0) {
            throw new IllegalArgumentException("a posting moves a positive amount, not " + amount);
        }
        if (from != ISSUANCE && balances[from] < amount) {
            throw new IllegalStateException("account " + from + " holds " + balances[from] + ", cannot give " + amount);
        }
        balances[from] -= amount;
        balances[to] += amount;
        postings++;
        if (listener != null) {
            listener.onPosting(from, to, amount, reason);
        }
    }

    public long balance(int account) {
        return account < accounts ? balances[account] : 0;
    }

    public long available(long memberId) {
        return balance(availableAccount(memberId));
    }

    public long held(long memberId) {
        return balance(heldAccount(memberId));
    }

    /** The number of accounts, system ones included. */
    public int accountCount() {
        return accounts;
    }

    /** The number of postings since the ledger was created or restored. */
    public long postingCount() {
        return postings;
    }

    /** The sum of all balances: zero, always. */
    public long sum() {
        long sum = 0;
        for (int i = 0; i < accounts; i++) {
            sum += balances[i];
        }
        return sum;
    }

    /** Everything minted so far. */
    public long issued() {
        return -balances[ISSUANCE];
    }

    /** Copies all balances, indexed by account. */
    public long[] snapshot() {
        return Arrays.copyOf(balances, accounts);
    }

    /** Replaces all balances with saved ones; they must sum to zero. */
    public void restore(long[] saved, long postingCount) {
        long sum = 0;
        for (long b : saved) {
            sum += b;
        }
        if (sum != 0) {
            throw new IllegalArgumentException("saved balances sum to " + sum + ", not zero");
        }
        balances = Arrays.copyOf(saved, Math.max(64, saved.length));
        accounts = Math.max(SYSTEM_ACCOUNTS, saved.length);
        postings = postingCount;
    }
}
