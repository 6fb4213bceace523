package com.cyclex.ui.book;

import com.cyclex.ui.Terminal;
import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The selected market's book as a price ladder around the spread. Clicking a level fills the order ticket
 * with the other side at that price: an ask level prepares a bid that would take it, and vice versa.
 */
public final class LadderView extends VBox {
    private final LadderModel model;
    private final LadderBody body;

    public LadderView(Terminal terminal) {
        getStyleClass().addAll("panel", "ladder");
        getStylesheets().add(Objects.requireNonNull(LadderView.class.getResource("book.css")).toExternalForm());
        model = LadderModel.connect(terminal);

        Label title = new Label("Order book");
        title.getStyleClass().add("panel-title");
        Label tick = new Label();
        tick.getStyleClass().add("muted");
        tick.setId("ladder-tick");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(title, gap, tick);
        top.setAlignment(Pos.CENTER_LEFT);

        body = new LadderBody(model::setVisibleLevels);
        VBox.setVgrow(body, Priority.ALWAYS);
        for (LadderRowView row : body.asks()) {
            clickable(row, terminal);
        }
        for (LadderRowView row : body.bids()) {
            clickable(row, terminal);
        }
        model.ladderProperty().addListener((obs, old, ladder) -> {
            body.show(ladder);
            tick.setText("ticks · 1 tick = " + com.cyclex.ui.format.Credits.format(ladder.tickSize()) + " credits");
        });
        body.show(model.ladder());
        getChildren().addAll(top, new LadderHeader(), body);
    }

    private static void clickable(LadderRowView row, Terminal terminal) {
        row.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && row.row() != null) {
                terminal.ticket().take(row.side().opposite(), row.row().price());
            }
        });
    }

    /** The ladder's state, for tests. */
    LadderModel model() {
        return model;
    }
}
