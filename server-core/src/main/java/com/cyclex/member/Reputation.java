package com.cyclex.member;

/**
 * What a seller's record says, for every member to see next to its asks: leases delivered to their end or
 * failed through the seller (lost, withdrawn, caught by verification), and its jobs' verification runs.
 */
public record Reputation(long memberId, long leasesDelivered, long leasesFailed, long verificationsPassed,
                         long verificationsFailed) {

    public static Reputation none(long memberId) {
        return new Reputation(memberId, 0, 0, 0, 0);
    }

    public boolean isNone() {
        return leasesDelivered == 0 && leasesFailed == 0 && verificationsPassed == 0 && verificationsFailed == 0;
    }

    public Reputation delivered() {
        return new Reputation(memberId, leasesDelivered + 1, leasesFailed, verificationsPassed, verificationsFailed);
    }

    public Reputation failed() {
        return new Reputation(memberId, leasesDelivered, leasesFailed + 1, verificationsPassed, verificationsFailed);
    }

    public Reputation verified(boolean passed) {
        return new Reputation(memberId, leasesDelivered, leasesFailed, verificationsPassed + (passed ? 1 : 0),
                verificationsFailed + (passed ? 0 : 1));
    }

    /** Leases delivered of those that ended through the seller, in percent; -1 with none yet. */
    public int deliveredPercent() {
        long ended = leasesDelivered + leasesFailed;
        return ended == 0 ? -1 : (int) (100 * leasesDelivered / ended);
    }
}
