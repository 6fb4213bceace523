package com.cyclex.ui.trades;

import com.cyclex.ui.chart.ChartTicks;
import atlantafx.base.theme.Styles;
import com.cyclex.market.Side;
import com.cyclex.market.Trade;
import com.cyclex.ui.Terminal;
import com.cyclex.ui.entry.Shortcut;
import java.util.List;
import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * Executed trades of the selected market as candles with volume: a toolbar (last price, interval, style) over
 * the chart. The chart is redrawn at most once a frame, and only when a trade, the clock or the pointer changed it.
 */
public final class PriceChartView extends VBox {
    /** Trades fetched when a market is chosen: enough to fill the longest interval's window in a busy market. */
    static final int FETCHED = 10_000;

    /** The interval buttons' keys, in the order of {@link PriceChartModel.Interval}. */
    private static final Shortcut[] KEYS = {Shortcut.CANDLES_5S, Shortcut.CANDLES_1M, Shortcut.CANDLES_5M};

    private final PriceChartModel model = new PriceChartModel();
    private final PriceChartCanvas chart = new PriceChartCanvas(model);
    private final Label last = new Label("—");

    public PriceChartView(Terminal terminal) {
        getStyleClass().addAll("panel", "price-chart");
        getStylesheets().add(Objects.requireNonNull(PriceChartView.class.getResource("trades.css")).toExternalForm());

        new TradeFeed(terminal, FETCHED, new TradeFeed.Listener() {
            @Override
            public void reset(List<Trade> oldestFirst) {
                model.reset(oldestFirst);
            }

            @Override
            public void append(List<Trade> oldestFirst) {
                model.add(oldestFirst);
            }
        });
        terminal.live().onFrame(now -> {
            model.advanceTo(System.currentTimeMillis());
            chart.redraw();
        });

        Label title = new Label("Price");
        title.getStyleClass().add("panel-title");
        last.setId("price-last");
        last.getStyleClass().addAll("price-last", "numeric");
        model.lastTradeProperty().addListener((obs, old, trade) -> showLast(trade));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, title, last, spacer, intervals(), styles());
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("chart-toolbar");

        VBox.setVgrow(chart, Priority.ALWAYS);
        getChildren().addAll(bar, chart);
    }

    private void showLast(Trade trade) {
        last.getStyleClass().removeAll("bid-text", "ask-text");
        if (trade == null) {
            last.setText("—");
            return;
        }
        last.setText(ChartTicks.whole(trade.price()) + (trade.aggressor() == Side.BID ? " ▲" : " ▼"));
        last.getStyleClass().add(trade.aggressor() == Side.BID ? "bid-text" : "ask-text");
    }

    private HBox intervals() {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox();
        PriceChartModel.Interval[] all = PriceChartModel.Interval.values();
        for (int i = 0; i < all.length; i++) {
            PriceChartModel.Interval interval = all[i];
            ToggleButton b = new ToggleButton(interval.label());
            b.setId("interval-" + interval.label());
            b.setUserData(interval);
            b.setToggleGroup(group);
            b.getStyleClass().addAll(Styles.SMALL, i == 0 ? Styles.LEFT_PILL : i == all.length - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            Shortcut key = KEYS[i];
            b.setTooltip(new Tooltip(key.tooltip("Candles of " + interval.label() + ", the last " + PriceChartModel.WINDOW)));
            key.bind(this, () -> group.selectToggle(b));
            b.setSelected(interval == model.intervalProperty().get());
            box.getChildren().add(b);
        }
        keepOneSelected(group);
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.intervalProperty().set((PriceChartModel.Interval) now.getUserData());
            }
        });
        return box;
    }

    private HBox styles() {
        ToggleGroup group = new ToggleGroup();
        ToggleButton candles = new ToggleButton(null, new FontIcon(MaterialDesignF.FINANCE));
        candles.setUserData(PriceChartModel.Style.CANDLES);
        candles.setTooltip(new Tooltip(Shortcut.CHART_STYLE.tooltip("Candles; the key switches to the line and back")));
        candles.getStyleClass().addAll(Styles.SMALL, Styles.LEFT_PILL);
        ToggleButton line = new ToggleButton(null, new FontIcon(MaterialDesignC.CHART_LINE));
        line.setUserData(PriceChartModel.Style.LINE);
        line.setId("style-line");
        line.setTooltip(new Tooltip(Shortcut.CHART_STYLE.tooltip("Line of closing prices; the key switches to candles and back")));
        line.getStyleClass().addAll(Styles.SMALL, Styles.RIGHT_PILL);
        candles.setToggleGroup(group);
        line.setToggleGroup(group);
        candles.setSelected(true);
        Shortcut.CHART_STYLE.bind(this, () -> group.selectToggle(candles.isSelected() ? line : candles));
        keepOneSelected(group);
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.styleProperty().set((PriceChartModel.Style) now.getUserData());
            }
        });
        return new HBox(candles, line);
    }

    /** A click on the selected button would leave none selected; these groups always have one. */
    private static void keepOneSelected(ToggleGroup group) {
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                group.selectToggle((Toggle) old);
            }
        });
    }

    /** The chart's state, for tests. */
    PriceChartModel model() {
        return model;
    }
}
