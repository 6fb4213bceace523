package com.cyclex.member;

/** Where a member stands: PENDING until admitted, then ACTIVE; SUSPENDED by the host; LEFT for good. */
public enum MemberStatus {
    PENDING,
    ACTIVE,
    SUSPENDED,
    LEFT
}
