package com.cyclex.exchange;

import com.cyclex.market.BookListener;
import com.cyclex.market.MarketSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The listed markets, by id; ids count from 1. */
final class Markets {
    private final List<Market> byId = new ArrayList<>();
    private final BookListener listener;

    Markets(BookListener listener) {
        this.listener = listener;
    }

    Market get(int id) {
        return id >= 1 && id <= byId.size() ? byId.get(id - 1) : null;
    }

    Market add(MarketSpec spec) {
        Market market = new Market(byId.size() + 1, spec, listener);
        byId.add(market);
        return market;
    }

    boolean symbolInUse(String symbol) {
        for (Market m : byId) {
            if (m.spec().symbol().equalsIgnoreCase(symbol)) {
                return true;
            }
        }
        return false;
    }

    List<Market> all() {
        return Collections.unmodifiableList(byId);
    }
}
