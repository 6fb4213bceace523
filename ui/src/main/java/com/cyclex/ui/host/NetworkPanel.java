package com.cyclex.ui.host;

import atlantafx.base.theme.Styles;
import com.cyclex.api.AdmitMember;
import com.cyclex.api.SuspendMember;
import com.cyclex.net.ConnectedMember;
import com.cyclex.ui.net.NetworkControl;
import com.cyclex.ui.table.ColumnFit;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongSupplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The host's network section: the join address to hand out, and the members that reached the gateway (address,
 * latency, commands per second, last seen) with admit, suspend and disconnect. Figures are read once a second
 * on a worker thread and shown on the JavaFX thread.
 */
final class NetworkPanel extends VBox {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private final NetworkControl control;
    private final ObservableList<ConnectedMember> rows = FXCollections.observableArrayList();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "cyclex-network-panel");
        t.setDaemon(true);
        return t;
    });
    private boolean asking;

    NetworkPanel(NetworkControl control, HostActions actions, LongSupplier me) {
        this.control = control;
        setSpacing(8);
        getStyleClass().add("network-panel");

        Label label = new Label("Join address");
        TextField address = new TextField(control.joinAddress());
        address.setId("join-address");
        address.setEditable(false);
        HBox.setHgrow(address, Priority.ALWAYS);
        Button copy = new Button("Copy");
        copy.getStyleClass().add(Styles.SMALL);
        copy.setOnAction(e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(address.getText());
            Clipboard.getSystemClipboard().setContent(c);
        });
        HBox top = new HBox(10, label, address, copy);
        top.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label("Members run: cyclex --connect <join address> --name <their name>; admit them below "
                + "or in Members.");
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);

        TableView<ConnectedMember> table = new TableView<>(rows);
        table.setId("network-members");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Member", m -> "#" + m.memberId()));
        table.getColumns().add(column("Address", ConnectedMember::address));
        table.getColumns().add(column("Latency", m -> m.latencyMicros() < 0 ? "—"
                : String.format(java.util.Locale.ROOT, "%.1f ms", m.latencyMicros() / 1000.0)));
        TableColumn<ConnectedMember, String> rate = column("Commands/s", m -> Long.toString(m.commandsPerSecond()));
        TableColumn<ConnectedMember, String> seen = column("Last seen",
                m -> m.lastSeen() == 0 ? "—" : CLOCK.format(Instant.ofEpochMilli(m.lastSeen())));
        table.getColumns().add(rate);
        table.getColumns().add(seen);
        table.getColumns().add(column("State", m -> m.disconnected() ? "disconnected"
                : m.streams() > 0 ? "connected" : "not connected"));
        table.setPlaceholder(new Label("No member has connected yet."));
        ColumnFit.fit(table);
        // In a narrow window these go first, in this order; the row's tooltip still reads them.
        ColumnFit.fold(table, rate);
        ColumnFit.fold(table, seen);

        Button admit = new Button("Admit");
        admit.setId("network-admit");
        Button suspend = new Button("Suspend");
        suspend.setId("network-suspend");
        Button disconnect = new Button("Disconnect");
        disconnect.setId("network-disconnect");
        for (Button b : new Button[] {admit, suspend, disconnect}) {
            b.getStyleClass().add(Styles.SMALL);
            b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        }
        admit.setOnAction(e -> {
            ConnectedMember m = table.getSelectionModel().getSelectedItem();
            worker.execute(() -> control.allow(m.memberId()));
            actions.send("Admit member " + m.memberId(), new AdmitMember(me.getAsLong(), m.memberId()),
                    "Member " + m.memberId() + " is admitted and can trade.");
        });
        suspend.setOnAction(e -> {
            ConnectedMember m = table.getSelectionModel().getSelectedItem();
            actions.send("Suspend member " + m.memberId(), new SuspendMember(me.getAsLong(), m.memberId()),
                    "Member " + m.memberId() + " is suspended: its orders are pulled and it cannot trade.");
        });
        disconnect.setOnAction(e -> {
            ConnectedMember m = table.getSelectionModel().getSelectedItem();
            worker.execute(() -> control.disconnect(m.memberId()));
        });
        HBox buttons = new HBox(8, admit, suspend, disconnect);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(top, hint, buttons, table);
    }

    /** Asks for fresh figures unless a question is still out (called once a second from the frame pump). */
    void refresh() {
        if (asking) {
            return;
        }
        asking = true;
        worker.execute(() -> {
            List<ConnectedMember> now = control.members();
            Platform.runLater(() -> {
                asking = false;
                rows.setAll(now);
            });
        });
    }

    private static TableColumn<ConnectedMember, String> column(String title,
                                                               java.util.function.Function<ConnectedMember, String> value) {
        TableColumn<ConnectedMember, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setSortable(false);
        return c;
    }
}
