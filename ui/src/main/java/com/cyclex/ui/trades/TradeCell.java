package com.cyclex.ui.trades;

import com.cyclex.ui.chart.ChartTicks;
import com.cyclex.market.Side;
import com.cyclex.market.Trade;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/** One trade on the tape. A trade that just arrived is lit for a moment in its side's colour. */
final class TradeCell extends ListCell<Trade> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneId.systemDefault());
    static final double PRICE_WIDTH = 60;
    static final double UNITS_WIDTH = 46;

    private static final PseudoClass BUY = PseudoClass.getPseudoClass("buy");
    private static final PseudoClass SELL = PseudoClass.getPseudoClass("sell");

    private final TradeTape tape;
    private final Label time = new Label();
    private final Label price = new Label();
    private final Label units = new Label();
    private final Region flash = new Region();
    private final StackPane graphic;
    private final com.cyclex.ui.live.Flash lit = new com.cyclex.ui.live.Flash(flash, Duration.millis(450));
    private long flashed;

    TradeCell(TradeTape tape) {
        this.tape = tape;
        getStyleClass().add("trade-cell");
        // Cells take the list's width rather than asking for their content's, so the list never scrolls sideways.
        setPrefWidth(0);
        time.getStyleClass().addAll("numeric", "muted");
        price.getStyleClass().addAll("numeric", "tape-price");
        units.getStyleClass().add("numeric");
        price.setAlignment(Pos.CENTER_RIGHT);
        units.setAlignment(Pos.CENTER_RIGHT);
        flash.getStyleClass().add("flash");
        flash.setMouseTransparent(true);
        graphic = new StackPane(flash, row(time, price, units));
        setText(null);
    }

    /** Lays out the three columns the same way for cells and the header above them. */
    static HBox row(Label time, Label price, Label units) {
        price.setPrefWidth(PRICE_WIDTH);
        price.setMinWidth(PRICE_WIDTH);
        units.setPrefWidth(UNITS_WIDTH);
        units.setMinWidth(UNITS_WIDTH);
        time.setMaxWidth(Double.MAX_VALUE);
        time.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(time, Priority.ALWAYS);
        HBox box = new HBox(4, time, price, units);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    @Override
    protected void updateItem(Trade trade, boolean empty) {
        super.updateItem(trade, empty);
        if (empty || trade == null) {
            setGraphic(null);
            lit.stop();
            return;
        }
        time.setText(TIME.format(Instant.ofEpochMilli(trade.time())));
        price.setText(ChartTicks.whole(trade.price()));
        units.setText(ChartTicks.whole(trade.units()));
        boolean buyer = trade.aggressor() == Side.BID;
        // Pseudo-classes, not style classes: a cell is refilled for every trade that scrolls past, and swapping
        // a style class makes JavaFX match the whole stylesheet for the node again, a pseudo-class does not.
        price.pseudoClassStateChanged(BUY, buyer);
        price.pseudoClassStateChanged(SELL, !buyer);
        flash.pseudoClassStateChanged(BUY, buyer);
        flash.pseudoClassStateChanged(SELL, !buyer);
        setGraphic(graphic);
        if (tape.isFresh(trade) && trade.id() != flashed) {
            // Once per trade: a cell is updated again with the same trade on later layouts, and must not flash again.
            flashed = trade.id();
            lit.play();
        } else if (trade.id() != flashed) {
            lit.stop();
        }
    }
}
