package com.cyclex.ui.jobs;

import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;

/** The Mandelbrot picture, as large as its place allows, square pixels, centred; asks for no room of its own. */
final class PictureView extends Region {
    private final ImageView view = new ImageView();

    PictureView(MandelbrotPicture picture) {
        setId("mandelbrot-picture");
        getStyleClass().add("mandelbrot-picture");
        view.setPreserveRatio(true);
        view.setSmooth(true); // a large picture shown small reads better filtered than with every other pixel dropped
        view.imageProperty().bind(picture.imageProperty());
        getChildren().add(view);
        setMinSize(0, 0);
        setPrefSize(200, 200);
    }

    ImageView imageView() {
        return view;
    }

    @Override
    protected void layoutChildren() {
        double w = Math.max(0, getWidth() - snappedLeftInset() - snappedRightInset());
        double h = Math.max(0, getHeight() - snappedTopInset() - snappedBottomInset());
        view.setFitWidth(w);
        view.setFitHeight(h);
        double shownW = view.getLayoutBounds().getWidth();
        double shownH = view.getLayoutBounds().getHeight();
        view.relocate(snappedLeftInset() + Math.floor((w - shownW) / 2), snappedTopInset() + Math.floor((h - shownH) / 2));
    }
}
