package com.cyclex.ui.host;

import javafx.scene.layout.Region;

/**
 * A member's declared cores as a small bar, leased ones filled red from the left and those on asks amber after
 * them: the members table shows at a glance who has capacity left to sell.
 */
final class CoreUseBar extends Region {
    private final Region leased = new Region();
    private final Region asks = new Region();
    private long declared;
    private long leasedCores;
    private long askCores;

    CoreUseBar() {
        getStyleClass().add("core-use-bar");
        leased.getStyleClass().add("core-use-leased");
        asks.getStyleClass().add("core-use-asks");
        getChildren().addAll(leased, asks);
        setPrefSize(32, 8);
        setMinSize(32, 8);
        setMaxSize(32, 8);
    }

    void show(long declaredCores, long leasedCores, long askCores) {
        this.declared = declaredCores;
        this.leasedCores = leasedCores;
        this.askCores = askCores;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        // Committed cores never exceed the declared ones, but a bar must not spill over if they ever did.
        double scale = Math.max(declared, leasedCores + askCores);
        double leasedW = scale == 0 ? 0 : w * leasedCores / scale;
        double asksW = scale == 0 ? 0 : w * askCores / scale;
        leased.resizeRelocate(0, 0, leasedW, h);
        asks.resizeRelocate(leasedW, 0, asksW, h);
    }
}
