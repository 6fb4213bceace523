package com.cyclex.ui.market;

import com.cyclex.api.ExchangeEvent;
import com.cyclex.api.MarketInfo;
import com.cyclex.ui.live.Live;
import com.cyclex.ui.live.LiveQuery;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The listed markets and the one the operator is looking at; every market-bound view follows it. */
public final class MarketSelection {
    private final ObservableList<MarketInfo> markets = FXCollections.observableArrayList();
    private final ObjectProperty<MarketInfo> selected = new SimpleObjectProperty<>(this, "selected");
    private final LiveQuery<List<MarketInfo>> query;
    private int preferred;

    public MarketSelection(Live live) {
        query = live.query(() -> live.client().markets(), this::show);
        live.onEvents(events -> {
            for (ExchangeEvent e : events) {
                if (e instanceof ExchangeEvent.MarketUpdated) {
                    query.refresh();
                    return;
                }
            }
        });
    }

    private void show(List<MarketInfo> list) {
        MarketInfo current = selected.get();
        markets.setAll(list);
        MarketInfo same = current == null ? null
                : list.stream().filter(m -> m.id() == current.id()).findFirst().orElse(null);
        MarketInfo wanted = current != null || preferred == 0 ? null
                : list.stream().filter(m -> m.id() == preferred).findFirst().orElse(null);
        if (same != null) {
            selected.set(same);
        } else if (wanted != null) {
            selected.set(wanted);
        } else if (!list.isEmpty()) {
            selected.set(list.get(0));
        }
    }

    public ObservableList<MarketInfo> markets() {
        return markets;
    }

    public ObjectProperty<MarketInfo> selectedProperty() {
        return selected;
    }

    public MarketInfo selected() {
        return selected.get();
    }

    /** The selected market's id, or 0 when there is none yet. */
    public int selectedId() {
        MarketInfo m = selected.get();
        return m == null ? 0 : m.id();
    }

    /** The market to select when the list first arrives (the one the operator left selected), if it is listed. */
    public void prefer(int marketId) {
        preferred = marketId;
    }

    public void select(int marketId) {
        markets.stream().filter(m -> m.id() == marketId).findFirst().ifPresent(selected::set);
    }
}
