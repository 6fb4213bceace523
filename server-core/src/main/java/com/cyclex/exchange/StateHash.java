package com.cyclex.exchange;

/**
 * A 64-bit running hash of longs. Used to compare whole exchange states (a live one against a recovered
 * one), not for security; each value is mixed so that nearby numbers give unrelated hashes.
 */
public final class StateHash {
    private long h;

    public StateHash() {
        this(0x6A09E667F3BCC909L);
    }

    /** Goes on from a value saved earlier: the running digest of history does. */
    StateHash(long start) {
        h = start;
    }

    public StateHash add(long value) {
        long x = value * 0x9E3779B97F4A7C15L;
        x ^= x >>> 29;
        x *= 0xBF58476D1CE4E5B9L;
        x ^= x >>> 32;
        h = (h ^ x) * 0x94D049BB133111EBL + 0x2545F4914F6CDD1DL;
        return this;
    }

    StateHash add(String s) {
        return add(s == null ? 0 : s.hashCode());
    }

    /** By the constant's stable code: a hash saved in a checkpoint must not change when an enum is reordered. */
    StateHash add(Enum<?> e) {
        return add(com.cyclex.util.StableCodes.codeOf(e));
    }

    /** A lease and the trade that made it, field by field. */
    public StateHash add(com.cyclex.lease.Lease lease) {
        com.cyclex.market.Trade t = lease.trade();
        add(lease.id()).add(lease.cores()).add(lease.start()).add(lease.end()).add(lease.escrow())
                .add(lease.sellerFee()).add(lease.state());
        add(t.id()).add(t.market()).add(t.bidOrderId()).add(t.askOrderId()).add(t.buyerId()).add(t.sellerId())
                .add(t.price()).add(t.units()).add(t.aggressor()).add(t.time());
        // Only a lease something was delivered on carries the delivery fields, so that a journal written before
        // leases paid as they went replays to the hashes it recorded.
        if (lease.settledAny()) {
            add(-3).add(lease.paid()).add(lease.feeTaken()).add(lease.refunded()).add(lease.deliveredTo()).add(lease.ending());
        }
        return this;
    }

    public long value() {
        return h;
    }
}
