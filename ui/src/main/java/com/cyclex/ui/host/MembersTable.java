package com.cyclex.ui.host;

import com.cyclex.ui.format.Compact;
import com.cyclex.ui.format.Credits;
import com.cyclex.ui.table.ColumnFit;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import com.cyclex.member.MemberStatus;
import com.cyclex.member.Reputation;
import com.cyclex.ui.jobs.SellerRecords;
import java.util.Comparator;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** Every member with its status, cores and credits; Admit, Suspend and Mint on each row. */
final class MembersTable extends TableView<MemberRow> {

    /** @param host the host's own member id: it cannot be suspended, so its row offers no Suspend */
    MembersTable(ObservableList<MemberRow> rows, long host, Consumer<MemberRow> admit, Consumer<MemberRow> suspend,
                 Consumer<MemberRow> mint) {
        this(rows, host, admit, suspend, mint, null);
    }

    /** @param records each member's record as a seller, shown beside its escrow; null to show none */
    MembersTable(ObservableList<MemberRow> rows, long host, Consumer<MemberRow> admit, Consumer<MemberRow> suspend,
                 Consumer<MemberRow> mint, SellerRecords records) {
        setId("members-table");
        getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE, "host-table");
        SortedList<MemberRow> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label("No members yet."));
        ColumnFit.fit(this);

        getColumns().add(Columns.of("#", MemberRow::id, r -> Long.toString(r.id()), 36, true));
        getColumns().add(Columns.of("Member", MemberRow::name, MemberRow::name, 88, false));
        getColumns().add(Columns.status("Status", MemberRow::status, "member-status", 88));
        getColumns().add(cores());
        TableColumn<MemberRow, Long> credits = Columns.compact("Credits", MemberRow::available, Compact::credits,
                c -> Credits.format(c) + " credits", 80);
        getColumns().add(credits);
        TableColumn<MemberRow, Long> escrow = Columns.compact("Escrow", MemberRow::held, Compact::credits,
                c -> Credits.format(c) + " credits in escrow", 72);
        getColumns().add(escrow);
        TableColumn<MemberRow, Reputation> record = records == null ? null : record(records);
        if (record != null) {
            getColumns().add(record);
        }
        getColumns().add(actions(host, admit, suspend, mint));
        // In a narrow window these go first, in this order; the row's tooltip still reads them.
        if (record != null) {
            ColumnFit.fold(this, record, r -> SellerRecords.sentence(records.of(r.id())));
        }
        ColumnFit.fold(this, escrow, r -> Credits.format(r.held()) + " credits");
        ColumnFit.fold(this, credits, r -> Credits.format(r.available()) + " credits");
        // The row keys, for the selected member: A admits, S suspends, M mints credits.
        setOnKeyPressed(e -> {
            MemberRow row = getSelectionModel().getSelectedItem();
            if (row == null) {
                return;
            }
            switch (e.getCode()) {
                case A -> {
                    if (row.admittable()) {
                        admit.accept(row);
                    }
                }
                case S -> {
                    if (row.suspendable() && row.id() != host) {
                        suspend.accept(row);
                    }
                }
                case M -> {
                    if (row.status() != MemberStatus.LEFT) {
                        mint.accept(row);
                    }
                }
                default -> {
                    return;
                }
            }
            e.consume();
        });
    }

    /** Declared, on asks and leased in one cell: a bar, the figures beside it, every word in the tooltip. */
    private static TableColumn<MemberRow, MemberRow> cores() {
        TableColumn<MemberRow, MemberRow> column = new TableColumn<>("Cores");
        column.setPrefWidth(112);
        column.setMinWidth(112);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setComparator(Comparator.comparingLong(MemberRow::declaredCores));
        column.setCellFactory(c -> new TableCell<>() {
            private final CoreUseBar bar = new CoreUseBar();
            private final Label figures = new Label();
            private final HBox box = new HBox(6, bar, figures);
            private final Tooltip tip = new Tooltip();

            {
                box.setAlignment(Pos.CENTER_LEFT);
                figures.getStyleClass().add("numeric");
            }

            @Override
            protected void updateItem(MemberRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                bar.show(row.declaredCores(), row.leasedCores(), row.askCores());
                // leased + on asks / declared; the tooltip says it in words
                figures.setText(Compact.count(row.leasedCores()) + "+" + Compact.count(row.askCores()) + "/"
                        + Compact.count(row.declaredCores()));
                tip.setText(String.format(java.util.Locale.ROOT, "%,d declared · %,d leased · %,d on asks · %,d spare",
                        row.declaredCores(), row.leasedCores(), row.askCores(),
                        Math.max(0, row.declaredCores() - row.leasedCores() - row.askCores())));
                setTooltip(tip);
                setGraphic(box);
            }
        });
        return column;
    }

    /** The member's record as a seller: leases delivered, verification runs passed and failed; all of it on hover. */
    private static TableColumn<MemberRow, Reputation> record(SellerRecords records) {
        TableColumn<MemberRow, Reputation> column = new TableColumn<>("Record");
        column.setId("members-record");
        column.setPrefWidth(96);
        column.setMinWidth(96);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(records.of(c.getValue().id())));
        column.setComparator(Comparator.comparingInt(Reputation::deliveredPercent));
        column.setCellFactory(c -> new TableCell<>() {
            private final Tooltip tip = new Tooltip();

            @Override
            protected void updateItem(Reputation r, boolean empty) {
                super.updateItem(r, empty);
                if (empty || r == null) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                setText(SellerRecords.brief(r));
                tip.setText(SellerRecords.sentence(r));
                setTooltip(tip);
            }
        });
        return column;
    }

    private static TableColumn<MemberRow, MemberRow> actions(long host, Consumer<MemberRow> admit,
                                                             Consumer<MemberRow> suspend, Consumer<MemberRow> mint) {
        TableColumn<MemberRow, MemberRow> column = new TableColumn<>("");
        column.setSortable(false);
        column.setPrefWidth(96);
        column.setMinWidth(72);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            private final Button status = new Button();
            private final Button credits = new Button(null, new FontIcon(MaterialDesignC.CASH_PLUS));
            private final Tooltip admitTip = new Tooltip("Admit this member (A on the selected row)");
            private final Tooltip suspendTip = new Tooltip("Suspend this member: their orders are cancelled (S on the selected row)");
            private final HBox box = new HBox(6, status, credits);

            {
                status.getStyleClass().addAll(Styles.SMALL);
                status.setMinWidth(Button.USE_PREF_SIZE);
                credits.setMinWidth(Button.USE_PREF_SIZE);
                credits.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, Styles.BUTTON_ICON);
                box.setAlignment(Pos.CENTER_LEFT);
                status.setOnAction(e -> {
                    MemberRow row = getItem();
                    if (row.admittable()) {
                        admit.accept(row);
                    } else if (row.suspendable()) {
                        suspend.accept(row);
                    }
                });
                credits.setOnAction(e -> mint.accept(getItem()));
                credits.setTooltip(new Tooltip("Mint credits for this member… (M on the selected row)"));
                credits.setAccessibleText("Mint credits");
            }

            @Override
            protected void updateItem(MemberRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setGraphic(null);
                    return;
                }
                boolean suspendable = row.suspendable() && row.id() != host;
                // Restyled only when the button's meaning changes: the rows are refilled every frame the robots trade.
                if (row.admittable() && !"Admit".equals(status.getText())) {
                    // The call to action: a member is waiting to be let in.
                    status.setText("Admit");
                    status.setGraphic(null);
                    status.setAccessibleText(null);
                    status.getStyleClass().removeAll(Styles.DANGER, Styles.FLAT, Styles.BUTTON_ICON);
                    status.getStyleClass().add(Styles.SUCCESS);
                    status.setTooltip(admitTip);
                } else if (!row.admittable() && suspendable && status.getGraphic() == null) {
                    // Suspending is a quiet, rarer act: an icon, its word in the tooltip, so the column stays narrow.
                    status.setText(null);
                    status.setGraphic(new FontIcon(MaterialDesignA.ACCOUNT_CANCEL_OUTLINE));
                    status.setAccessibleText("Suspend");
                    status.getStyleClass().remove(Styles.SUCCESS);
                    status.getStyleClass().addAll(Styles.DANGER, Styles.FLAT, Styles.BUTTON_ICON);
                    status.setTooltip(suspendTip);
                }
                status.setId(row.admittable() ? "admit-" + row.id() : suspendable ? "suspend-" + row.id() : null);
                status.setVisible(row.admittable() || suspendable);
                status.setManaged(status.isVisible());
                credits.setId("mint-" + row.id());
                credits.setDisable(row.status() == MemberStatus.LEFT);
                setGraphic(box);
            }
        });
        return column;
    }
}
