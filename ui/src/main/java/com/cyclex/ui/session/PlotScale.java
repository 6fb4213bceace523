package com.cyclex.ui.session;

/** A linear map from values to pixels along one axis: the plot's range onto the canvas's span, either way up. */
record PlotScale(double min, double max, double fromPixel, double toPixel) {

    /** A range that covers {@code low} to {@code high}, widened a little so points do not sit on the frame. */
    static PlotScale covering(double low, double high, double fromPixel, double toPixel) {
        if (!(high > low)) {
            high = low + 1;
        }
        double pad = (high - low) * 0.05;
        return new PlotScale(low - pad, high + pad, fromPixel, toPixel);
    }

    double pixel(double value) {
        return fromPixel + (value - min) / (max - min) * (toPixel - fromPixel);
    }

    double value(double pixel) {
        return min + (pixel - fromPixel) / (toPixel - fromPixel) * (max - min);
    }
}
