package com.cyclex.ui.host;

import com.cyclex.api.AccountInfo;
import com.cyclex.member.MemberInfo;
import com.cyclex.member.MemberStatus;

/**
 * One line of the members table: who the member is (from member events) and its cores and credits (from account
 * events, which come with every order it places).
 *
 * @param available credits it can spend, minor units
 * @param held credits in escrow for its bids and leases, minor units
 */
public record MemberRow(long id, String name, MemberStatus status, int declaredCores, long askCores,
                        long leasedCores, long available, long held) {

    public static MemberRow of(MemberInfo m, AccountInfo a) {
        MemberRow row = new MemberRow(m.id(), m.name(), m.status(), m.declaredCores(), m.askCores(),
                m.leasedCores(), 0, 0);
        return a == null ? row : row.withAccount(a);
    }

    public MemberRow withMember(MemberInfo m) {
        return new MemberRow(id, m.name(), m.status(), m.declaredCores(), m.askCores(), m.leasedCores(),
                available, held);
    }

    public MemberRow withAccount(AccountInfo a) {
        return new MemberRow(id, name, status, a.declaredCores(), a.askCores(), a.leasedCores(),
                a.available(), a.held());
    }

    /** The host may admit a pending member or reinstate a suspended one. */
    public boolean admittable() {
        return status == MemberStatus.PENDING || status == MemberStatus.SUSPENDED;
    }

    public boolean suspendable() {
        return status == MemberStatus.ACTIVE;
    }
}
