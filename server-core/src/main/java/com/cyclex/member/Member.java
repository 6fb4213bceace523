package com.cyclex.member;

/**
 * A computer admitted (or asking to be admitted) to the exchange, with the cores it offers.
 * Mutable, and owned by the sequencer thread; others see {@link MemberInfo} copies.
 */
public final class Member {
    private final long id;
    private final String name;
    private final String tokenHash;
    private final long joinedAt;
    private MemberStatus status;
    private int declaredCores;
    private long askCores;
    private long leasedCores;
    private Reputation reputation;

    public Member(long id, String name, String tokenHash, long joinedAt, MemberStatus status) {
        this.id = id;
        this.name = name;
        this.tokenHash = tokenHash;
        this.joinedAt = joinedAt;
        this.status = status;
        this.reputation = Reputation.none(id);
    }

    public Reputation reputation() {
        return reputation;
    }

    public void setReputation(Reputation reputation) {
        this.reputation = reputation;
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String tokenHash() {
        return tokenHash;
    }

    public long joinedAt() {
        return joinedAt;
    }

    public MemberStatus status() {
        return status;
    }

    public boolean isActive() {
        return status == MemberStatus.ACTIVE;
    }

    public int declaredCores() {
        return declaredCores;
    }

    /** Cores held by this member's open asks. */
    public long askCores() {
        return askCores;
    }

    /** Cores this member has sold in leases not yet delivered. */
    public long leasedCores() {
        return leasedCores;
    }

    /** Declared cores not yet held by asks or leases: what the member can still offer. */
    public long spareCores() {
        return declaredCores - askCores - leasedCores;
    }

    public void setStatus(MemberStatus status) {
        this.status = status;
    }

    public void setDeclaredCores(int cores) {
        this.declaredCores = cores;
    }

    public void holdAskCores(long cores) {
        askCores += cores;
    }

    public void releaseAskCores(long cores) {
        askCores -= cores;
        if (askCores < 0) {
            throw new IllegalStateException("member " + id + " released more ask cores than it held");
        }
    }

    /** A lease has ended: its cores are this member's to offer again. */
    public void releaseLeasedCores(long cores) {
        leasedCores -= cores;
        if (leasedCores < 0) {
            throw new IllegalStateException("member " + id + " released more leased cores than it had");
        }
    }

    /** Cores of a filled ask become cores sold in a lease. */
    public void leaseAskCores(long cores) {
        releaseAskCores(cores);
        leasedCores += cores;
    }

    /** Restores the counters saved in a checkpoint. */
    public void restoreCores(int declared, long asks, long leased) {
        this.declaredCores = declared;
        this.askCores = asks;
        this.leasedCores = leased;
    }

    public MemberInfo info() {
        return new MemberInfo(id, name, status, declaredCores, askCores, leasedCores, joinedAt);
    }
}
