package com.cyclex.ui.trades;

import com.cyclex.market.Trade;
import com.cyclex.ui.Terminal;
import java.util.List;
import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Executed trades of the selected market, newest first: time, price coloured by who took, units. */
public final class TimeAndSalesView extends VBox {
    /** Trades kept on the tape; older ones drop off the bottom. */
    static final int TAPE = 200;

    /**
     * The tape moves at most ten times a second, with every trade since: no eye reads it faster, and moved every
     * frame under a busy market its list cells took a third of the JavaFX thread.
     */
    static final long TAPE_EVERY_NANOS = 100_000_000L;

    private final TradeTape tape = new TradeTape(TAPE);
    private final List<Trade> waiting = new java.util.ArrayList<>();
    private long shownAt;

    public TimeAndSalesView(Terminal terminal) {
        getStyleClass().addAll("panel", "time-and-sales");
        getStylesheets().add(Objects.requireNonNull(TimeAndSalesView.class.getResource("trades.css")).toExternalForm());

        new TradeFeed(terminal, TAPE, new TradeFeed.Listener() {
            @Override
            public void reset(List<Trade> oldestFirst) {
                waiting.clear();
                tape.reset(oldestFirst);
            }

            @Override
            public void append(List<Trade> oldestFirst) {
                waiting.addAll(oldestFirst);
                if (waiting.size() > TAPE) {
                    waiting.subList(0, waiting.size() - TAPE).clear();
                }
            }
        });
        terminal.live().onFrame(now -> {
            if (!waiting.isEmpty() && now - shownAt >= TAPE_EVERY_NANOS) {
                tape.append(waiting);
                waiting.clear();
                shownAt = now;
            }
        });

        Label title = new Label("Time & sales");
        title.getStyleClass().add("panel-title");
        Label bound = new Label("last " + TAPE);
        bound.getStyleClass().add("muted");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(title, gap, bound);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox columns = TradeCell.row(header("Time", Pos.CENTER_LEFT), header("Price", Pos.CENTER_RIGHT),
                header("Units", Pos.CENTER_RIGHT));
        columns.getStyleClass().add("tape-header");

        ListView<Trade> list = new ListView<>(tape.trades());
        list.setId("time-and-sales");
        list.getStyleClass().add("tape");
        list.setCellFactory(v -> new TradeCell(tape));
        list.setFixedCellSize(20);
        list.setFocusTraversable(false);
        list.setPlaceholder(new Label("No trades yet"));
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(top, columns, list);
    }

    private static Label header(String text, Pos alignment) {
        Label l = new Label(text);
        l.setAlignment(alignment);
        l.setMaxWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /** The tape, for tests. */
    TradeTape tape() {
        return tape;
    }
}
