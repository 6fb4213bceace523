package com.cyclex.ui.host;

import com.cyclex.ui.format.Credits;
import com.cyclex.ui.table.ColumnFit;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import com.cyclex.api.MarketInfo;
import com.cyclex.market.Delivery;
import com.cyclex.market.MarketSpec;
import com.cyclex.market.MarketStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Every market with its rules and status; Halt or Resume on each row. */
final class MarketsTable extends TableView<MarketInfo> {
    private static final DateTimeFormatter WINDOW = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ROOT);

    MarketsTable(ObservableList<MarketInfo> markets, Consumer<MarketInfo> halt, Consumer<MarketInfo> resume) {
        setId("markets-table");
        getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE, "host-table");
        SortedList<MarketInfo> sorted = new SortedList<>(markets);
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label("No markets yet: list one with New market."));
        ColumnFit.fit(this);

        getColumns().add(Columns.of("Symbol", (MarketInfo m) -> m.spec().symbol(), m -> m.spec().symbol(), 80, false));
        getColumns().add(Columns.of("Delivery", (MarketInfo m) -> m.spec().windowStart(), m -> delivery(m.spec()), 98, false));
        getColumns().add(Columns.of("Term", (MarketInfo m) -> m.spec().termMinutes(), m -> term(m.spec().termMinutes()), 58, true));
        getColumns().add(Columns.of("Tick", (MarketInfo m) -> m.spec().tickSize(), m -> Credits.format(m.spec().tickSize()), 50, true));
        getColumns().add(Columns.of("Band", (MarketInfo m) -> m.spec().priceMin() * m.spec().tickSize(),
                m -> band(m.spec()), 118, true));
        getColumns().add(Columns.of("Lots", (MarketInfo m) -> m.spec().maxUnits(),
                m -> String.format(Locale.ROOT, "%,d–%,d", m.spec().minUnits(), m.spec().maxUnits()), 66, true));
        getColumns().add(Columns.of("Fees", (MarketInfo m) -> m.spec().takerFeeBps(),
                m -> m.spec().makerFeeBps() + " / " + m.spec().takerFeeBps() + " bps", 82, true));
        getColumns().add(Columns.status("Status", MarketInfo::status, "market-status", 76));
        getColumns().add(actions(halt, resume));
        // H halts or resumes the selected market.
        setOnKeyPressed(e -> {
            MarketInfo m = getSelectionModel().getSelectedItem();
            if (m != null && e.getCode() == javafx.scene.input.KeyCode.H) {
                if (m.status() == MarketStatus.OPEN) {
                    halt.accept(m);
                } else if (m.status() == MarketStatus.HALTED) {
                    resume.accept(m);
                }
                e.consume();
            }
        });
    }

    private static String delivery(MarketSpec s) {
        return s.delivery() == Delivery.SPOT ? "Spot"
                : WINDOW.format(Instant.ofEpochMilli(s.windowStart()).atZone(ZoneId.systemDefault()));
    }

    private static String band(MarketSpec s) {
        return Credits.format(s.priceMin() * s.tickSize()) + " – " + Credits.format(s.priceMax() * s.tickSize());
    }

    private static String term(int minutes) {
        if (minutes % (24 * 60) == 0) {
            return minutes / (24 * 60) + " d";
        }
        if (minutes % 60 == 0) {
            return minutes / 60 + " h";
        }
        return minutes + " min";
    }

    private static TableColumn<MarketInfo, MarketInfo> actions(Consumer<MarketInfo> halt, Consumer<MarketInfo> resume) {
        TableColumn<MarketInfo, MarketInfo> column = new TableColumn<>("");
        column.setSortable(false);
        column.setPrefWidth(78);
        column.setMinWidth(74);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            private final Button button = new Button();

            {
                button.getStyleClass().add(Styles.SMALL);
                button.setOnAction(e -> {
                    MarketInfo m = getItem();
                    if (m.status() == MarketStatus.OPEN) {
                        halt.accept(m);
                    } else if (m.status() == MarketStatus.HALTED) {
                        resume.accept(m);
                    }
                });
            }

            @Override
            protected void updateItem(MarketInfo m, boolean empty) {
                super.updateItem(m, empty);
                if (empty || m == null || m.status() == MarketStatus.CLOSED) {
                    setGraphic(null);
                    return;
                }
                boolean open = m.status() == MarketStatus.OPEN;
                button.setText(open ? "Halt" : "Resume");
                button.setTooltip(new javafx.scene.control.Tooltip((open ? "Halt trading in " : "Resume trading in ")
                        + m.spec().symbol() + " (H on the selected row)"));
                button.setId((open ? "halt-" : "resume-") + m.id());
                button.getStyleClass().removeAll("halt", Styles.SUCCESS, Styles.BUTTON_OUTLINED);
                if (open) {
                    button.getStyleClass().addAll("halt", Styles.BUTTON_OUTLINED);
                } else {
                    button.getStyleClass().add(Styles.SUCCESS);
                }
                setGraphic(button);
            }
        });
        return column;
    }
}
