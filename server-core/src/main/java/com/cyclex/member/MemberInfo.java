package com.cyclex.member;

/** A copy of a member as it stood at one moment. */
public record MemberInfo(long id, String name, MemberStatus status, int declaredCores, long askCores,
                         long leasedCores, long joinedAt) {

    public long spareCores() {
        return declaredCores - askCores - leasedCores;
    }
}
