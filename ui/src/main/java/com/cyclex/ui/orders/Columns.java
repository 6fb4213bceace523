package com.cyclex.ui.orders;

import com.cyclex.api.MarketInfo;
import com.cyclex.market.Side;
import com.cyclex.ui.Terminal;
import com.cyclex.ui.format.Credits;
import com.cyclex.ui.table.ColumnFit;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The columns the operator's tables share: numbers right-aligned, sides in their colours, credits, times. */
final class Columns {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private Columns() {
    }

    /** Gives a view of this folder its stylesheet. */
    static void style(javafx.scene.Parent view) {
        var css = Columns.class.getResource("orders.css");
        if (css != null) {
            view.getStylesheets().add(css.toExternalForm());
        }
    }

    static String time(long epochMillis) {
        return TIME.format(Instant.ofEpochMilli(epochMillis));
    }

    /** A column of text, left-aligned. */
    static <S> TableColumn<S, String> text(String title, double width, Function<S, String> value) {
        TableColumn<S, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    /** A column of whole numbers, right-aligned in a fixed-width font. */
    static <S> TableColumn<S, String> number(String title, double width, Function<S, Object> value) {
        TableColumn<S, String> c = text(title, width, s -> String.valueOf(value.apply(s)));
        c.getStyleClass().add("number-column");
        return c;
    }

    /** A column of credits from minor units; blank where the amount is null (not known yet). */
    static <S> TableColumn<S, String> credits(String title, double width, Function<S, Long> minor) {
        TableColumn<S, String> c = text(title, width, s -> {
            Long amount = minor.apply(s);
            return amount == null ? "" : Credits.format(amount);
        });
        c.getStyleClass().add("number-column");
        return c;
    }

    /** A column naming a side in its colour: green for buying, red for selling. */
    static <S> TableColumn<S, Side> side(String title, double width, Function<S, Side> side, Function<Side, String> name) {
        TableColumn<S, Side> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(side.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellFactory(col -> new TableCell<>() {
            private final Label tag = new Label();

            {
                tag.getStyleClass().add("side-tag");
            }

            @Override
            protected void updateItem(Side item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                tag.setText(name.apply(item));
                String now = item == Side.BID ? "bid" : "ask";
                if (!tag.getStyleClass().contains(now)) {
                    tag.getStyleClass().removeAll("bid", "ask");
                    tag.getStyleClass().add(now);
                }
                setGraphic(tag);
            }
        });
        return c;
    }

    /** A market by id from the terminal's list, or null until that list has arrived. */
    static MarketInfo market(Terminal terminal, int id) {
        for (MarketInfo m : terminal.markets().markets()) {
            if (m.id() == id) {
                return m;
            }
        }
        return null;
    }

    /** The symbol of a market by id (its number until the list of markets has arrived). */
    static String symbol(Terminal terminal, int id) {
        MarketInfo m = market(terminal, id);
        return m == null ? "#" + id : m.spec().symbol();
    }

    /** Redraws a table's symbols when the list of markets changes. */
    static void followMarkets(Terminal terminal, TableView<?> table) {
        terminal.markets().markets().addListener((ListChangeListener<MarketInfo>) c -> {
            table.refresh();
            ColumnFit.refit(table);
        });
    }

    /** A table in the terminal's dense style with a sentence where rows would be. */
    static <S> TableView<S> table(String id, String empty) {
        TableView<S> table = new TableView<>();
        table.setId(id);
        table.getStyleClass().addAll("mine-table", atlantafx.base.theme.Styles.DENSE, atlantafx.base.theme.Styles.STRIPED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label placeholder = new Label(empty);
        placeholder.getStyleClass().add("muted");
        table.setPlaceholder(placeholder);
        ColumnFit.fit(table);
        return table;
    }
}
