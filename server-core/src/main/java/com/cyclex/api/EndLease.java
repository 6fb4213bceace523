package com.cyclex.api;

import com.cyclex.lease.LeaseEnd;

/**
 * Ends an open lease before its term: what was delivered so far is paid to the seller, the rest of the escrow
 * goes back to the buyer, and the seller has its cores again. The seller may withdraw its own lease; any other
 * reason (the seller lost, a failed verification, the host's decision) is the host's to give.
 */
public record EndLease(long actor, long lease, LeaseEnd reason) implements Command {
}
