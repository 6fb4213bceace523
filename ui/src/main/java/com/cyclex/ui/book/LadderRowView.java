package com.cyclex.ui.book;

import com.cyclex.market.Side;
import com.cyclex.ui.chart.ChartTicks;
import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * One level of the ladder: the operator's own units, the price, the units and the running total, with a size bar
 * behind those two growing from the right. A level whose units just changed flashes once. Rows are made once and
 * refilled, never rebuilt.
 */
final class LadderRowView extends Region {
    /** Where each column ends, as a fraction of the row's width (the price, units and total are right-aligned). */
    static final double MINE_END = 0.18;
    static final double PRICE_END = 0.44;
    static final double UNITS_END = 0.72;

    private static final PseudoClass EMPTY = PseudoClass.getPseudoClass("empty");
    private static final PseudoClass RECORD = PseudoClass.getPseudoClass("record");
    private static final PseudoClass DOUBTFUL = PseudoClass.getPseudoClass("doubtful");

    private final Side side;
    private final Region bar = new Region();
    private final Region flash = new Region();
    private final com.cyclex.ui.live.Flash lit = new com.cyclex.ui.live.Flash(flash, Duration.millis(350));
    private final Label mine = new Label();
    private final Label price = new Label();
    private final Label units = new Label();
    private final Label total = new Label();
    private LadderRow row;
    private long tickSize = 1;
    private double laidOutShare = -1;

    LadderRowView(Side side, int index) {
        this.side = side;
        setId("ladder-" + side.name().toLowerCase() + "-" + index);
        getStyleClass().addAll("ladder-row", side == Side.ASK ? "ask" : "bid");
        bar.getStyleClass().add("ladder-bar");
        bar.setManaged(false);
        flash.getStyleClass().add("ladder-flash");
        flash.setManaged(false);
        flash.setMouseTransparent(true);
        mine.getStyleClass().add("ladder-mine");
        price.getStyleClass().addAll("ladder-price", "numeric");
        units.getStyleClass().addAll("ladder-units", "numeric");
        total.getStyleClass().addAll("ladder-total", "numeric", "muted");
        getChildren().addAll(flash, bar, mine, price, units, total);

        Tooltip tip = new Tooltip();
        tip.setOnShowing(e -> tip.setText(tip()));
        Tooltip.install(this, tip);
    }

    void show(LadderRow row, long tickSize) {
        this.row = row;
        this.tickSize = tickSize;
        boolean has = row != null;
        pseudoClassStateChanged(EMPTY, !has);
        price.setText(has ? ChartTicks.whole(row.price()) : "");
        units.setText(has ? ChartTicks.whole(row.units()) : "");
        total.setText(has ? ChartTicks.whole(row.total()) : "");
        boolean own = has && row.mine() > 0;
        mine.setText(own ? "● " + ChartTicks.whole(row.mine()) : has ? SellerMark.of(row.record()) : "");
        mine.pseudoClassStateChanged(RECORD, has && !own && row.record() != null);
        mine.pseudoClassStateChanged(DOUBTFUL, has && !own && SellerMark.doubtful(row.record()));
        bar.setVisible(has);
        if (has && row.changed()) {
            lit.play();
        }
        // The labels lay themselves out when their text changes; the row only when its size bar changed.
        double share = has ? row.share() : 0;
        if (share != laidOutShare) {
            laidOutShare = share;
            requestLayout();
        }
    }

    /** The level shown, or null for an empty row. */
    LadderRow row() {
        return row;
    }

    Side side() {
        return side;
    }

    private String tip() {
        if (row == null) {
            return "";
        }
        String action = side == Side.ASK ? "bid" : "ask";
        String level = String.format("%s units at %s ticks (%s credits each)%nClick to %s at this price",
                ChartTicks.whole(row.units()), ChartTicks.whole(row.price()), ChartTicks.whole(row.price() * tickSize), action);
        return row.record() == null ? level : level + System.lineSeparator() + SellerMark.sentence(row.record());
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        Insets in = getInsets();
        double left = in.getLeft();
        double inner = w - in.getLeft() - in.getRight();
        // The bar grows leftwards from the row's end under the units and total, never over the price.
        double barWidth = row == null ? 0 : Math.round(row.share() * inner * (1 - PRICE_END));
        bar.resizeRelocate(w - in.getRight() - barWidth, 1, barWidth, h - 2);
        flash.resizeRelocate(0, 0, w, h);
        place(mine, left, inner * MINE_END, HPos.LEFT, h);
        place(price, left + inner * MINE_END, inner * (PRICE_END - MINE_END), HPos.RIGHT, h);
        place(units, left + inner * PRICE_END, inner * (UNITS_END - PRICE_END), HPos.RIGHT, h);
        place(total, left + inner * UNITS_END, inner * (1 - UNITS_END), HPos.RIGHT, h);
    }

    private void place(Label label, double x, double width, HPos align, double h) {
        label.setAlignment(align == HPos.LEFT ? Pos.CENTER_LEFT : Pos.CENTER_RIGHT);
        layoutInArea(label, x, 0, width, h, 0, Insets.EMPTY, true, true, align, VPos.CENTER);
    }
}
