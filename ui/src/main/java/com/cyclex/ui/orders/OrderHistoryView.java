package com.cyclex.ui.orders;

import atlantafx.base.theme.Styles;
import com.cyclex.api.MarketInfo;
import com.cyclex.api.PastOrder;
import com.cyclex.market.Side;
import com.cyclex.ui.Terminal;
import com.cyclex.ui.entry.SegmentedChoice;
import com.cyclex.ui.entry.Shortcut;
import com.cyclex.ui.live.LiveQuery;
import com.cyclex.ui.table.ColumnFit;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/**
 * The operator's past and open orders from the exchange's history, with how each ended and why, for one market
 * or all and a time range. It asks again when the filter changes, when one of the operator's orders changes (a
 * few times a second at most) and on Refresh.
 */
public final class OrderHistoryView extends VBox {
    /** Changes come in bursts (a sweep fills many orders): a person reads the history, so a few answers a second do. */
    private static final long AT_MOST_EVERY_NANOS = 300_000_000L;

    private final Terminal terminal;
    private final OrderHistoryModel model;
    private final ZoneId zone = ZoneId.systemDefault();

    public OrderHistoryView(Terminal terminal) {
        this.terminal = terminal;
        this.model = new OrderHistoryModel(terminal.me());
        setId("order-history");
        getStyleClass().addAll("panel", "mine");
        Columns.style(this);

        LiveQuery<OrderHistoryModel.Answer> query = terminal.live().query(this::ask, model::answered)
                .atMostEvery(AT_MOST_EVERY_NANOS);
        model.marketProperty().addListener(o -> query.refresh());
        model.rangeProperty().addListener(o -> query.refresh());
        terminal.live().onEvents(events -> {
            if (model.heard(events, System.nanoTime())) {
                query.refresh();
            }
        });
        // the events' clock, not the frame's: tests step frames with times of their own
        terminal.live().onFrame(now -> {
            if (model.followUpDue(System.nanoTime())) {
                query.refresh();
            }
        });

        SegmentedChoice<HistoryRange> rangeChoice = new SegmentedChoice<>(Arrays.asList(HistoryRange.values()),
                HistoryRange::label, model.rangeProperty());
        rangeChoice.setId("history-range");
        rangeChoice.getStyleClass().add("scope-choice");

        Label count = new Label();
        count.setId("history-summary");
        count.getStyleClass().add("muted");
        count.textProperty().bind(model.summaryProperty());

        Button refresh = new Button("Refresh", new FontIcon(MaterialDesignR.REFRESH));
        refresh.setId("history-refresh");
        refresh.getStyleClass().addAll(Styles.SMALL, Styles.BUTTON_OUTLINED);
        refresh.setTooltip(new Tooltip(Shortcut.REFRESH_HISTORY.tooltip()));
        refresh.setOnAction(e -> query.refresh());
        Shortcut.REFRESH_HISTORY.bind(this, query::refresh);

        // A flow, not a row: in a narrow tab the filters wrap to a second line instead of being cut short.
        FlowPane bar = new FlowPane(10, 6, marketChoice(), rangeChoice, refresh, count);
        bar.getStyleClass().add("mine-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        for (javafx.scene.Node n : bar.getChildren()) {
            if (n instanceof Region r) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }

        TableView<PastOrder> table = Columns.table("order-history-table", "No orders in this range.");
        TableColumn<PastOrder, String> updated = Columns.text("Updated", 72,
                o -> HistoryWords.time(o.updatedAt(), System.currentTimeMillis(), zone));
        TableColumn<PastOrder, String> tif = Columns.text("TIF", 44, o -> o.order().timeInForce().name());
        TableColumn<PastOrder, String> order = Columns.number("Order", 60, o -> o.order().id());
        table.setItems(model.rows());
        table.getColumns().addAll(List.of(
                Columns.text("Placed", 72, o -> HistoryWords.time(o.placedAt(), System.currentTimeMillis(), zone)),
                Columns.text("Market", 96, o -> Columns.symbol(terminal, o.order().market())),
                Columns.side("Side", 52, o -> o.order().side(), s -> s == Side.BID ? "Bid" : "Ask"),
                Columns.number("Price", 60, o -> o.order().price()),
                Columns.number("Filled", 56, o -> o.order().filledUnits()),
                Columns.number("Open", 48, o -> o.order().openUnits()),
                // the outcome and its reason side by side, read together; the rest after them
                outcome(),
                Columns.text("Why", 240, HistoryWords::why),
                updated,
                tif,
                order));
        // In a narrow window these go first, in this order; the row's tooltip still reads them.
        ColumnFit.fold(table, order);
        ColumnFit.fold(table, tif);
        ColumnFit.fold(table, updated);
        Columns.followMarkets(terminal, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(bar, table);
    }

    /** Off the JavaFX thread: the client answers on its own threads, and LiveQuery hands the answer over at a frame. */
    private CompletableFuture<OrderHistoryModel.Answer> ask() {
        int market = model.market();
        HistoryRange range = model.rangeProperty().get();
        return terminal.client().orderHistory(model.query(System.currentTimeMillis(), zone)).handle((rows, e) -> e == null
                ? new OrderHistoryModel.Answer(market, range, rows, null)
                : new OrderHistoryModel.Answer(market, range, List.of(), "The order history could not be read: " + why(e)));
    }

    private static String why(Throwable e) {
        Throwable t = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** All markets, or one: the markets in the terminal's list, added as they are listed. */
    private ComboBox<Integer> marketChoice() {
        ComboBox<Integer> choice = new ComboBox<>();
        choice.setId("history-market");
        choice.getItems().add(0);
        addMarkets(choice);
        terminal.markets().markets().addListener((ListChangeListener<MarketInfo>) c -> addMarkets(choice));
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer id) {
                return id == null || id == 0 ? "All markets" : Columns.symbol(terminal, id);
            }

            @Override
            public Integer fromString(String text) {
                return null;
            }
        });
        choice.valueProperty().bindBidirectional(model.marketProperty());
        return choice;
    }

    /** Markets are never taken off the list, so new ones are added and the choice made stays. */
    private void addMarkets(ComboBox<Integer> choice) {
        for (MarketInfo m : terminal.markets().markets()) {
            if (!choice.getItems().contains(m.id())) {
                choice.getItems().add(m.id());
            }
        }
    }

    /** How the order ended, in its colour: open, filled, or ended without filling. */
    private static TableColumn<PastOrder, PastOrder> outcome() {
        TableColumn<PastOrder, PastOrder> c = new TableColumn<>("Outcome");
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        c.setPrefWidth(90);
        c.setSortable(false);
        c.setCellFactory(col -> new TableCell<>() {
            private final Label tag = new Label();

            {
                tag.getStyleClass().add("outcome-tag");
            }

            @Override
            protected void updateItem(PastOrder item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                tag.setText(HistoryWords.outcome(item));
                tag.getStyleClass().removeAll("open", "filled", "ended");
                tag.getStyleClass().add(HistoryWords.tone(item));
                setGraphic(tag);
            }
        });
        return c;
    }
}
