package com.cyclex.ui.orders;

import com.cyclex.api.ExchangeEvent;
import com.cyclex.lease.Lease;
import java.util.Comparator;
import java.util.List;
import javafx.collections.ObservableList;

/**
 * The operator's leases as buyer and as seller, newest first, the last {@link #LIMIT} only; kept from one
 * leases answer and the LeaseUpdated events that name this member on either side.
 */
public final class LeasesModel {
    public static final int LIMIT = 1000;

    /** The operator's part in a lease. */
    public enum Role { BUYER, SELLER }

    private final long me;
    private final LiveRows<Lease> rows = new LiveRows<>(Lease::id,
            Comparator.comparingLong(Lease::id).reversed(), l -> true, LIMIT);

    public LeasesModel(long me) {
        this.me = me;
    }

    public ObservableList<Lease> leases() {
        return rows.rows();
    }

    public Role role(Lease lease) {
        return lease.buyerId() == me ? Role.BUYER : Role.SELLER;
    }

    /** The other member of a lease. */
    public long counterparty(Lease lease) {
        return lease.buyerId() == me ? lease.sellerId() : lease.buyerId();
    }

    void asked() {
        rows.asked();
    }

    void answered(List<Lease> leases) {
        rows.answered(leases);
    }

    public void apply(List<ExchangeEvent> events) {
        for (ExchangeEvent e : events) {
            if (e instanceof ExchangeEvent.LeaseUpdated u && (u.lease().buyerId() == me || u.lease().sellerId() == me)) {
                rows.heard(u.lease());
            }
        }
    }
}
