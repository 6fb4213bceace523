package com.cyclex.api;

/** A member's credits and cores at one moment: what it can spend, what is in escrow, what it has sold. */
public record AccountInfo(long memberId, long available, long held, int declaredCores, long askCores, long leasedCores) {

    public long spareCores() {
        return declaredCores - askCores - leasedCores;
    }
}
