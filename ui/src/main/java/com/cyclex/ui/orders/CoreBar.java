package com.cyclex.ui.orders;

import com.cyclex.api.AccountInfo;
import javafx.scene.layout.Region;

/** The declared cores as one bar: leased, in asks and spare, side by side in proportion. */
final class CoreBar extends Region {
    private final Region leased = part("leased");
    private final Region asks = part("asks");
    private final Region spare = part("spare");
    private AccountInfo account;

    CoreBar() {
        getStyleClass().add("core-bar");
        getChildren().addAll(leased, asks, spare);
        setMinHeight(8);
        setPrefHeight(8);
        setMaxHeight(8);
    }

    void show(AccountInfo account) {
        this.account = account;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        long total = account == null ? 0 : Math.max(account.declaredCores(), account.askCores() + account.leasedCores());
        double x = 0;
        for (Region r : new Region[] {leased, asks, spare}) {
            long n = account == null ? 0
                    : r == leased ? account.leasedCores() : r == asks ? account.askCores() : Math.max(0, account.spareCores());
            double width = total == 0 ? 0 : Math.round(w * n / (double) total);
            r.resizeRelocate(x, 0, Math.min(width, w - x), h);
            x += width;
        }
    }

    private static Region part(String style) {
        Region r = new Region();
        r.getStyleClass().addAll("core-bar-part", style);
        r.setManaged(false);
        return r;
    }
}
