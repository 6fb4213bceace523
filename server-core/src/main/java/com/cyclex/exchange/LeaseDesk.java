package com.cyclex.exchange;

import com.cyclex.api.AdoptDeliveryRules;
import com.cyclex.api.CommandResult;
import com.cyclex.api.EndLease;
import com.cyclex.api.ResultCode;
import com.cyclex.lease.Lease;
import com.cyclex.lease.LeaseBook;
import com.cyclex.lease.LeaseEnd;
import com.cyclex.member.MemberRegistry;

/** Checks and applies the commands that end a lease early or change how leases are delivered. */
final class LeaseDesk {
    private final LeaseBook leases;
    private final Clearing clearing;

    LeaseDesk(LeaseBook leases, Clearing clearing) {
        this.leases = leases;
        this.clearing = clearing;
    }

    CommandResult end(EndLease c, long now) {
        if (c.reason() == null) {
            return CommandResult.reject(ResultCode.COMMAND_INVALID, "Say why the lease ends: one of "
                    + java.util.Arrays.toString(LeaseEnd.values()) + ".");
        }
        Lease lease = leases.get(c.lease());
        if (lease == null) {
            return CommandResult.reject(ResultCode.LEASE_UNKNOWN, "Lease " + c.lease() + " is not open: it was never made,"
                    + " or it has already been delivered or has failed.");
        }
        boolean host = c.actor() == MemberRegistry.HOST_ID;
        if (!host && c.actor() != lease.sellerId()) {
            return CommandResult.reject(ResultCode.LEASE_NOT_YOURS, "Lease " + lease.id() + " can be ended only by its seller"
                    + " or by the host.");
        }
        if (!host && c.reason() != LeaseEnd.SELLER_WITHDREW) {
            return CommandResult.reject(ResultCode.LEASE_END_INVALID, "A seller ends its own lease only by withdrawing its"
                    + " cores (SELLER_WITHDREW); " + c.reason() + " is for the host to say.");
        }
        clearing.fail(lease, c.reason(), now);
        return CommandResult.ok(lease.id());
    }

    CommandResult adopt(AdoptDeliveryRules c) {
        if (c.actor() != MemberRegistry.HOST_ID) {
            return CommandResult.reject(ResultCode.NOT_HOST, "Only the host can change the delivery rules.");
        }
        if (c.version() < clearing.rules() || c.version() > Clearing.CURRENT_RULES) {
            return CommandResult.reject(ResultCode.RULES_INVALID, "Delivery rules " + c.version() + " cannot be taken up: this"
                    + " exchange follows rules " + clearing.rules() + " and knows up to " + Clearing.CURRENT_RULES + ".");
        }
        clearing.setRules(c.version());
        return CommandResult.OK;
    }
}
