package com.cyclex.ui.orders;

import atlantafx.base.theme.Styles;
import com.cyclex.api.MarketInfo;
import com.cyclex.api.OrderInfo;
import com.cyclex.market.Side;
import com.cyclex.ui.Terminal;
import com.cyclex.ui.entry.OrderCommands;
import com.cyclex.ui.entry.SegmentedChoice;
import com.cyclex.ui.entry.Shortcut;
import com.cyclex.ui.table.ColumnFit;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** The operator's open orders, with cancel and replace on each row and cancel-all for the selected market. */
public final class MyOrdersView extends VBox {
    private final OrderCommands commands;
    private final ReplaceEditor editor;

    public MyOrdersView(Terminal terminal) {
        this.commands = new OrderCommands(terminal);
        this.editor = new ReplaceEditor(commands, id -> Columns.market(terminal, id));
        setId("my-orders");
        getStyleClass().addAll("panel", "mine");
        Columns.style(this);

        MyOrdersModel model = new MyOrdersModel(terminal.me());
        model.selectedMarketProperty().bind(Bindings.createIntegerBinding(terminal.markets()::selectedId,
                terminal.markets().selectedProperty()));
        terminal.live().query(() -> {
            model.asked();
            return terminal.client().openOrders(terminal.me());
        }, model::answered);
        terminal.live().onEvents(model::apply);

        ObjectProperty<Boolean> scope = new SimpleObjectProperty<>(false);
        model.onlySelectedProperty().bind(scope);
        SegmentedChoice<Boolean> scopeChoice = new SegmentedChoice<>(List.of(false, true),
                only -> only ? "Selected market" : "All markets", scope);
        scopeChoice.setId("orders-scope");
        scopeChoice.getStyleClass().add("scope-choice");

        Label count = new Label();
        count.getStyleClass().add("muted");
        count.textProperty().bind(Bindings.createStringBinding(() -> {
            int shown = model.shown().size();
            int all = model.all().size();
            return shown == all ? all + " open" : shown + " of " + all + " open";
        }, model.shown(), model.all()));

        Button cancelAll = new Button(null, new FontIcon(MaterialDesignC.CLOSE_BOX_MULTIPLE_OUTLINE));
        cancelAll.setId("orders-cancel-all");
        cancelAll.textProperty().bind(Bindings.createStringBinding(() -> {
            MarketInfo m = terminal.markets().selected();
            return m == null ? "Cancel all" : "Cancel all in " + m.spec().symbol();
        }, terminal.markets().selectedProperty()));
        cancelAll.getStyleClass().addAll(Styles.SMALL, Styles.DANGER, Styles.BUTTON_OUTLINED);
        cancelAll.setTooltip(new Tooltip(Shortcut.CANCEL_ALL.tooltip()));
        cancelAll.disableProperty().bind(terminal.markets().selectedProperty().isNull());
        cancelAll.setOnAction(e -> commands.cancelAll(terminal.markets().selected()));

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(10, scopeChoice, count, gap, cancelAll);
        bar.getStyleClass().add("mine-bar");
        bar.setAlignment(Pos.CENTER_LEFT);

        TableView<OrderInfo> table = Columns.table("my-orders-table", "No open orders.");
        TableColumn<OrderInfo, String> tif = Columns.text("TIF", 55, o -> o.timeInForce().name());
        table.setItems(model.shown());
        table.getColumns().addAll(List.of(
                Columns.number("Order", 70, OrderInfo::id),
                Columns.text("Market", 110, o -> Columns.symbol(terminal, o.market())),
                Columns.side("Side", 60, OrderInfo::side, s -> s == Side.BID ? "Bid" : "Ask"),
                Columns.number("Price", 80, OrderInfo::price),
                Columns.number("Open", 70, OrderInfo::openUnits),
                Columns.number("Filled", 70, OrderInfo::filledUnits),
                tif,
                actions()));
        // In a narrow window the time in force goes first; the row's tooltip still reads it.
        ColumnFit.fold(table, tif);
        Columns.followMarkets(terminal, table);
        // The row keys: Delete cancels the selected order, Enter opens its replace editor.
        table.setOnKeyPressed(e -> {
            OrderInfo selected = table.getSelectionModel().getSelectedItem();
            if (selected == null) {
                return;
            }
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                commands.cancel(selected);
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                editor.show(selected, table);
                e.consume();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(bar, table);
    }

    /** Replace and Cancel on every row. */
    private TableColumn<OrderInfo, OrderInfo> actions() {
        TableColumn<OrderInfo, OrderInfo> c = new TableColumn<>("");
        c.setCellValueFactory(cell -> new SimpleObjectProperty<>(cell.getValue()));
        c.setSortable(false);
        c.setMinWidth(150);
        c.setPrefWidth(160);
        c.setCellFactory(col -> new TableCell<>() {
            private final Button replace = new Button("Replace", new FontIcon(MaterialDesignP.PENCIL_OUTLINE));
            private final Button cancel = new Button("Cancel", new FontIcon(MaterialDesignC.CLOSE));
            private final HBox box = new HBox(4, replace, cancel);

            {
                replace.getStyleClass().addAll("replace-order", Styles.FLAT, Styles.SMALL, Styles.ACCENT);
                cancel.getStyleClass().addAll("cancel-order", Styles.FLAT, Styles.SMALL, Styles.DANGER);
                replace.setTooltip(new Tooltip("Change this order's price or units (Enter on the selected row)"));
                cancel.setTooltip(new Tooltip("Cancel this order (Delete on the selected row)"));
                box.setAlignment(Pos.CENTER_RIGHT);
                replace.setOnAction(e -> editor.show(getItem(), replace));
                cancel.setOnAction(e -> commands.cancel(getItem()));
            }

            @Override
            protected void updateItem(OrderInfo item, boolean empty) {
                super.updateItem(item, empty);
                setGraphic(empty || item == null ? null : box);
                if (item != null) {
                    replace.setId("replace-" + item.id());
                    cancel.setId("cancel-" + item.id());
                }
            }
        });
        return c;
    }
}
