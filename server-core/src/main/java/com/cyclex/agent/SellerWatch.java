package com.cyclex.agent;

import com.cyclex.api.EndLease;
import com.cyclex.host.ExchangeHost;
import com.cyclex.lease.Lease;
import com.cyclex.lease.LeaseEnd;
import com.cyclex.lease.LeaseState;
import com.cyclex.member.MemberRegistry;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The host's watch on sellers: each seller's agent says it is alive now and then; a seller with an active
 * lease that has been silent longer than the timeout loses that lease (SELLER_LOST, journaled like any
 * command), so the buyer gets the undelivered rest back. Heartbeats themselves are not journaled: only the
 * decision they lead to changes the state. A seller first seen with a lease gets the whole timeout to speak.
 */
public final class SellerWatch {
    private static final Logger LOG = LoggerFactory.getLogger(SellerWatch.class);
    public static final long DEFAULT_TIMEOUT_MILLIS = 15_000;

    private final long timeoutMillis;
    private final LongSupplier clock;
    private final Map<Long, Long> heard = new ConcurrentHashMap<>();
    /** Leases whose ending is on its way, so a slow answer does not send it twice. Owned by the checking thread. */
    private final Set<Long> ending = new HashSet<>();

    public SellerWatch(long timeoutMillis, LongSupplier clock) {
        if (timeoutMillis < 1) {
            throw new IllegalArgumentException("a seller's timeout is at least 1 ms, not " + timeoutMillis);
        }
        this.timeoutMillis = timeoutMillis;
        this.clock = clock;
    }

    public long timeoutMillis() {
        return timeoutMillis;
    }

    /** A seller's agent spoke (a heartbeat, or any request from it). */
    public void heard(long member) {
        heard.put(member, clock.getAsLong());
    }

    /** When this member was last heard, or null if never since the host started. */
    public Long lastHeard(long member) {
        return heard.get(member);
    }

    /** One look at the open leases: ends those whose sellers have been silent too long. Never blocks. */
    public void check(ExchangeHost host) {
        host.query(x -> x.openLeases()).thenAccept(open -> endSilent(open, host)).exceptionally(e -> {
            LOG.debug("The seller watch could not look at the leases: {}", e.toString());
            return null;
        });
    }

    private synchronized void endSilent(List<Lease> open, ExchangeHost host) {
        long now = clock.getAsLong();
        ending.retainAll(open.stream().map(Lease::id).toList());
        for (Lease lease : open) {
            if (lease.state() != LeaseState.ACTIVE || ending.contains(lease.id())) {
                continue;
            }
            Long last = heard.putIfAbsent(lease.sellerId(), now);
            if (last != null && now - last > timeoutMillis) {
                ending.add(lease.id());
                host.submit(new EndLease(MemberRegistry.HOST_ID, lease.id(), LeaseEnd.SELLER_LOST)).thenAccept(r -> LOG.info(
                        "Lease {}: its seller, member {}, was silent for more than {} ms: {}", lease.id(), lease.sellerId(),
                        timeoutMillis, r.accepted() ? "ended, the rest refunded to the buyer" : r.message()));
            }
        }
    }
}
