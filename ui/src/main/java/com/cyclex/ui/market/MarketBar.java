package com.cyclex.ui.market;

import com.cyclex.api.MarketInfo;
import com.cyclex.market.MarketSpec;
import com.cyclex.ui.Terminal;
import com.cyclex.ui.format.Credits;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The bar across the top: which market, what it trades, whether it is open, and who the operator is. */
public final class MarketBar extends HBox {
    private final Label details = new Label();
    private final Label status = new Label();

    public MarketBar(Terminal terminal) {
        getStyleClass().add("market-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(12);
        setPadding(new Insets(6, 12, 6, 12));

        Label brand = new Label("Cyclex");
        brand.getStyleClass().add("brand");

        ComboBox<MarketInfo> selector = new ComboBox<>(terminal.markets().markets());
        selector.setId("market-selector");
        selector.setPromptText("No markets yet");
        selector.setCellFactory(list -> new MarketCell());
        selector.setButtonCell(new MarketCell());
        selector.valueProperty().bindBidirectional(terminal.markets().selectedProperty());

        status.getStyleClass().add("market-status");
        details.getStyleClass().add("market-details");
        terminal.markets().selectedProperty().addListener((obs, old, market) -> show(market));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label who = new Label((terminal.isHost() ? "Host" : "Member") + " #" + terminal.me());
        who.getStyleClass().add("operator");
        getChildren().addAll(brand, selector, status, details, spacer, who);
        show(terminal.markets().selected());
    }

    private void show(MarketInfo market) {
        if (market == null) {
            details.setText("");
            status.setText("");
            return;
        }
        MarketSpec s = market.spec();
        String delivery = switch (s.delivery()) {
            case SPOT -> "spot";
            case WINDOW -> "window from " + java.time.Instant.ofEpochMilli(s.windowStart()).toString().replace('T', ' ').substring(0, 16) + " UTC";
        };
        details.setText(String.format("1 core for %d min, %s · tick %s credits · lots %d–%d · fees %d/%d bps",
                s.termMinutes(), delivery, Credits.format(s.tickSize()), s.minUnits(), s.maxUnits(), s.makerFeeBps(),
                s.takerFeeBps()));
        status.setText(market.status().name());
        status.getStyleClass().removeAll("open", "halted", "closed");
        status.getStyleClass().add(market.status().name().toLowerCase());
    }

    /** Shows a market by its symbol. */
    private static final class MarketCell extends ListCell<MarketInfo> {
        @Override
        protected void updateItem(MarketInfo item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.spec().symbol());
        }
    }
}
