package com.cyclex.ui.book;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** The column names over the ladder, placed exactly over the rows' columns. */
final class LadderHeader extends Region {
    private final Label mine = label("Mine", Pos.CENTER_LEFT);
    private final Label price = label("Price", Pos.CENTER_RIGHT);
    private final Label units = label("Units", Pos.CENTER_RIGHT);
    private final Label total = label("Total", Pos.CENTER_RIGHT);

    LadderHeader() {
        getStyleClass().add("ladder-header");
        getChildren().addAll(mine, price, units, total);
        mine.setTooltip(new javafx.scene.control.Tooltip("Your own resting units at the level (●). On an ask level without"
                + " yours: the record of its sellers, the share of their ended leases they delivered (✓98%), or \"new\"."
                + " Hover a level for the whole record."));
    }

    private static Label label(String text, Pos pos) {
        Label l = new Label(text);
        l.setAlignment(pos);
        return l;
    }

    @Override
    protected double computePrefHeight(double width) {
        return getInsets().getTop() + getInsets().getBottom() + price.prefHeight(-1);
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double x = in.getLeft();
        double w = getWidth() - in.getLeft() - in.getRight();
        double y = in.getTop();
        double h = getHeight() - in.getTop() - in.getBottom();
        layoutInArea(mine, x, y, w * LadderRowView.MINE_END, h, 0, Insets.EMPTY, true, true, HPos.LEFT, VPos.CENTER);
        layoutInArea(price, x + w * LadderRowView.MINE_END, y, w * (LadderRowView.PRICE_END - LadderRowView.MINE_END), h,
                0, Insets.EMPTY, true, true, HPos.RIGHT, VPos.CENTER);
        layoutInArea(units, x + w * LadderRowView.PRICE_END, y, w * (LadderRowView.UNITS_END - LadderRowView.PRICE_END), h,
                0, Insets.EMPTY, true, true, HPos.RIGHT, VPos.CENTER);
        layoutInArea(total, x + w * LadderRowView.UNITS_END, y, w * (1 - LadderRowView.UNITS_END), h,
                0, Insets.EMPTY, true, true, HPos.RIGHT, VPos.CENTER);
    }
}
