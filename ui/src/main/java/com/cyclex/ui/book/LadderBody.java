package com.cyclex.ui.book;

import com.cyclex.market.Side;
import com.cyclex.ui.chart.ChartTicks;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * The ladder's rows, laid out around the spread: the spread row in the middle, asks stacked upwards from it
 * (best ask nearest), bids downwards (best bid nearest). What does not fit is clipped away from the spread,
 * where it matters least, and the model is told how many levels fit so the size bars scale to those.
 */
final class LadderBody extends Region {
    static final double ROW = 19;
    static final double SPREAD_ROW = 30;

    private final LadderRowView[] asks = new LadderRowView[LadderModel.LEVELS];
    private final LadderRowView[] bids = new LadderRowView[LadderModel.LEVELS];
    private final HBox spreadRow;
    private final Label spread = new Label();
    private final Label mid = new Label();
    private final IntConsumer fits;
    private int fitted = -1;

    LadderBody(IntConsumer fits) {
        this.fits = fits;
        getStyleClass().add("ladder-body");
        for (int i = 0; i < LadderModel.LEVELS; i++) {
            asks[i] = new LadderRowView(Side.ASK, i);
            bids[i] = new LadderRowView(Side.BID, i);
            getChildren().addAll(asks[i], bids[i]);
        }
        spread.setId("ladder-spread");
        spread.getStyleClass().add("numeric");
        mid.setId("ladder-mid");
        mid.getStyleClass().add("numeric");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        spreadRow = new HBox(spread, gap, mid);
        spreadRow.setAlignment(Pos.CENTER_LEFT);
        spreadRow.getStyleClass().add("ladder-spread");
        getChildren().add(spreadRow);

        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        setMinHeight(SPREAD_ROW + 2 * ROW);
    }

    LadderRowView[] asks() {
        return asks;
    }

    LadderRowView[] bids() {
        return bids;
    }

    void show(Ladder ladder) {
        fill(asks, ladder.asks(), ladder.tickSize());
        fill(bids, ladder.bids(), ladder.tickSize());
        if (ladder.twoSided()) {
            double percent = 100.0 * ladder.spread() / ladder.mid();
            spread.setText(String.format("Spread %s  (%.2f%%)", ChartTicks.whole(ladder.spread()), percent));
            mid.setText("Mid " + ChartTicks.halves(ladder.mid()));
        } else if (ladder.asks().isEmpty() && ladder.bids().isEmpty()) {
            spread.setText(ladder.market() == 0 ? "No market selected" : "No orders on the book");
            mid.setText("");
        } else {
            spread.setText(ladder.asks().isEmpty() ? "No asks" : "No bids");
            mid.setText("");
        }
    }

    private static void fill(LadderRowView[] views, List<LadderRow> rows, long tickSize) {
        for (int i = 0; i < views.length; i++) {
            views[i].show(i < rows.size() ? rows.get(i) : null, tickSize);
        }
    }

    /** Asks for a dozen levels a side; more show when there is room, fewer are clipped away from the spread. */
    @Override
    protected double computePrefHeight(double width) {
        return SPREAD_ROW + 2 * ROW * 12;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 240;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double spreadTop = Math.round((h - SPREAD_ROW) / 2);
        spreadRow.resizeRelocate(0, spreadTop, w, SPREAD_ROW);
        for (int i = 0; i < LadderModel.LEVELS; i++) {
            double askTop = spreadTop - (i + 1) * ROW;
            double bidTop = spreadTop + SPREAD_ROW + i * ROW;
            asks[i].resizeRelocate(0, askTop, w, ROW);
            bids[i].resizeRelocate(0, bidTop, w, ROW);
            asks[i].setVisible(askTop + ROW > 0);
            bids[i].setVisible(bidTop < h);
        }
        int fit = (int) Math.max(1, Math.ceil(spreadTop / ROW));
        if (fit != fitted) {
            fitted = fit;
            fits.accept(fit);
        }
    }
}
