package com.cyclex.ui.book;

import com.cyclex.ui.Terminal;
import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Cumulative bids and asks of the selected market, redrawn at most once a frame and only when they changed. */
public final class DepthChartView extends VBox {
    private final DepthModel model = new DepthModel();

    public DepthChartView(Terminal terminal) {
        getStyleClass().addAll("panel", "depth-chart");
        getStylesheets().add(Objects.requireNonNull(DepthChartView.class.getResource("book.css")).toExternalForm());
        DepthChartCanvas chart = new DepthChartCanvas(model);
        BookFeed.depth(terminal, DepthModel.LEVELS, model::show);
        terminal.live().onFrame(now -> chart.redraw());

        Label title = new Label("Depth");
        title.getStyleClass().add("panel-title");
        Label levels = new Label("best " + DepthModel.LEVELS + " levels a side · units");
        levels.getStyleClass().add("muted");
        HBox top = new HBox(8, title, levels);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(chart, Priority.ALWAYS);
        getChildren().addAll(top, chart);
    }

    /** The chart's state, for tests. */
    public DepthModel model() {
        return model;
    }
}
