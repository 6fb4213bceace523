package com.cyclex.ui.orders;

import com.cyclex.lease.Lease;
import com.cyclex.lease.LeaseEnd;
import com.cyclex.lease.LeaseState;
import com.cyclex.ui.Terminal;
import com.cyclex.ui.table.ColumnFit;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The operator's leases, as buyer and as seller: who gives whom how many cores, when, and where they stand. */
public final class LeasesView extends VBox {
    public LeasesView(Terminal terminal) {
        setId("leases");
        getStyleClass().addAll("panel", "mine");
        Columns.style(this);

        LeasesModel model = new LeasesModel(terminal.me());
        terminal.live().query(() -> {
            model.asked();
            // Finished leases from the history too, so what each paid or refunded is there from the start.
            return terminal.client().leaseHistory(terminal.me(), LeasesModel.LIMIT).exceptionally(e -> List.of())
                    .thenCombine(terminal.client().leases(terminal.me()), (history, open) -> {
                        List<Lease> all = new java.util.ArrayList<>(history);
                        all.addAll(open);
                        return all;
                    });
        }, model::answered);
        terminal.live().onEvents(model::apply);

        TableView<Lease> table = Columns.table("leases-table", "No leases yet: a trade makes one.");
        TableColumn<Lease, String> fee = Columns.credits("Seller fee", 76, Lease::sellerFee);
        TableColumn<Lease, String> paid = Columns.credits("Paid", 76, Lease::paid);
        TableColumn<Lease, String> refunded = Columns.credits("Refunded", 76, Lease::refunded);
        TableColumn<Lease, String> with = Columns.text("With", 56, l -> "#" + model.counterparty(l));
        table.setItems(model.leases());
        table.getColumns().addAll(List.of(
                Columns.number("Lease", 52, Lease::id),
                Columns.text("Role", 56, l -> model.role(l) == LeasesModel.Role.BUYER ? "buyer" : "seller"),
                Columns.text("Market", 84, l -> Columns.symbol(terminal, l.trade().market())),
                Columns.number("Cores", 52, Lease::cores),
                Columns.text("Start – end", 140, l -> Columns.time(l.start()) + " – " + Columns.time(l.end())),
                state(),
                Columns.credits("Escrow", 80, Lease::escrow),
                fee,
                paid,
                refunded,
                ending(),
                with));
        // In a narrow window these go first, in this order; the row's tooltip still reads them.
        ColumnFit.fold(table, with);
        ColumnFit.fold(table, fee);
        ColumnFit.fold(table, refunded);
        ColumnFit.fold(table, paid);
        Columns.followMarkets(terminal, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().add(table);
    }

    /** Why a failed lease ended, in a word or two; the whole sentence on hover. */
    private static TableColumn<Lease, LeaseEnd> ending() {
        TableColumn<Lease, LeaseEnd> c = new TableColumn<>("Ended");
        c.setId("leases-ending");
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().ending()));
        c.setSortable(false);
        c.setPrefWidth(96);
        c.setCellFactory(col -> new TableCell<>() {
            private final Tooltip why = new Tooltip();

            {
                why.setWrapText(true);
                why.setMaxWidth(360);
            }

            @Override
            protected void updateItem(LeaseEnd item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                setText(item.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
                why.setText(item.sentence());
                setTooltip(why);
            }
        });
        return c;
    }

    /** The lease's state as a coloured tag. */
    private static TableColumn<Lease, LeaseState> state() {
        TableColumn<Lease, LeaseState> c = new TableColumn<>("State");
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().state()));
        c.setSortable(false);
        c.setPrefWidth(92);
        c.setCellFactory(col -> new TableCell<>() {
            private final Label tag = new Label();

            @Override
            protected void updateItem(LeaseState item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                tag.setText(item.name().toLowerCase());
                List<String> style = List.of("label", "lease-state", item.name().toLowerCase());
                if (!tag.getStyleClass().equals(style)) {
                    tag.getStyleClass().setAll(style);
                }
                setGraphic(tag);
            }
        });
        return c;
    }
}
