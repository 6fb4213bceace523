package com.cyclex.ui.session;

import atlantafx.base.theme.Styles;
import com.cyclex.sim.measure.PeriodFigures;
import com.cyclex.sim.scenario.Scenarios;
import com.cyclex.sim.session.LiveSession;
import com.cyclex.sim.session.LiveState;
import com.cyclex.ui.Notices;
import com.cyclex.ui.Terminal;
import com.cyclex.ui.table.ColumnFit;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The instructor's live session: open a scenario; start, pause and end periods; the induced supply and demand
 * with the period's trades, trade prices over time against the equilibrium band, the figures of every period
 * and every seat. The session's state reaches it at most once a frame ({@link SessionFrames}).
 */
public final class SessionView extends VBox {
    private static final long CLOCK_EVERY_NANOS = 250_000_000L;

    private final ClassroomControl control;
    private final Notices notices;
    private final SessionActions actions;
    private final SessionFrames frames = new SessionFrames();
    private final Label status = new Label("No live session: open a scenario to run one.");
    private final Button start = button("Start period", "session-start", Styles.ACCENT);
    private final Button pause = button("Pause", "session-pause", null);
    private final Button end = button("End period", "session-end", null);
    private final Button export = button("Export", "session-export", null);
    private final CheckBox reshuffle = new CheckBox("Reshuffle roles");
    private final ComboBox<String> scenario = new ComboBox<>(FXCollections.observableArrayList(Scenarios.NAMES));
    private final ScheduleChart schedules = new ScheduleChart();
    private final PriceTimeChart prices = new PriceTimeChart();
    private final ObservableList<PeriodFigures> figureRows = FXCollections.observableArrayList();
    private final ObservableList<LiveState.SeatRow> seatRows = FXCollections.observableArrayList();
    private LiveSession watched;
    private AutoCloseable watching;
    private LiveState shown;
    private long clockAt;

    public SessionView(Terminal terminal, ClassroomControl control) {
        this.control = control;
        this.notices = terminal.notices();
        this.actions = new SessionActions(notices, Platform::runLater);
        setId("session-view");
        getStyleClass().addAll("panel", "session-view");
        getStylesheets().add(SessionView.class.getResource("session.css").toExternalForm());

        status.setId("session-status");
        status.getStyleClass().add("session-status");
        reshuffle.setId("session-reshuffle");
        scenario.setId("session-scenario");
        scenario.setEditable(true);
        scenario.setPromptText("scenario name or file");
        scenario.setPrefWidth(160);
        Button open = button("Open", "session-open", null);
        open.setOnAction(e -> open());
        start.setOnAction(e -> step("Start period", LiveSession::startPeriod));
        pause.setOnAction(e -> step(shown != null && shown.paused() ? "Resume" : "Pause",
                s -> shown != null && shown.paused() ? s.resume() : s.pause()));
        end.setOnAction(e -> step("End period", LiveSession::endPeriod));
        reshuffle.setOnAction(e -> step("Roles", s -> s.setRolesReshuffled(reshuffle.isSelected())));
        export.setOnAction(e -> export());
        // The status, the period's buttons and the scenario chooser each have a row of their own: the tab
        // shares the window's width with the machine panel, and none of them may push it aside or be cut short.
        HBox bar = new HBox(8, start, pause, end, reshuffle, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        scenario.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(scenario, Priority.ALWAYS);
        HBox chooser = new HBox(8, scenario, open);
        chooser.setAlignment(Pos.CENTER_LEFT);
        status.setMaxWidth(Double.MAX_VALUE);
        VBox head = new VBox(4, status, bar, chooser);
        head.getStyleClass().add("session-toolbar");

        SplitPane charts = new SplitPane(schedules, prices);
        charts.setId("session-charts");
        SplitPane tables = new SplitPane(figuresTable(), seatsTable());
        tables.setId("session-tables");
        tables.setDividerPositions(0.6);
        SplitPane body = new SplitPane(charts, tables);
        body.setOrientation(javafx.geometry.Orientation.VERTICAL);
        body.setDividerPositions(0.58);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(head, body);
        enable(null);

        terminal.live().onFrame(this::frame);
    }

    private static Button button(String text, String id, String style) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add(Styles.SMALL);
        if (style != null) {
            b.getStyleClass().add(style);
        }
        return b;
    }

    private void frame(long now) {
        LiveSession current = control.current();
        if (current != watched) {
            rewatch(current);
        }
        LiveState s = frames.take();
        if (s != null) {
            show(s);
        }
        if (shown != null && shown.open() && !shown.paused() && now - clockAt >= CLOCK_EVERY_NANOS) {
            clockAt = now;
            status.setText(SessionWords.status(shown, System.currentTimeMillis()));
        }
    }

    private void rewatch(LiveSession current) {
        if (watching != null) {
            try {
                watching.close();
            } catch (Exception ignored) {
                // a watch handle only removes a listener
            }
        }
        watched = current;
        frames.clear();
        watching = current == null ? null : current.watch(frames::offer);
        if (current == null) {
            shown = null;
            status.setText("No live session: open a scenario to run one.");
            figureRows.clear();
            seatRows.clear();
            enable(null);
        }
    }

    private void show(LiveState s) {
        shown = s;
        status.setText(SessionWords.status(s, System.currentTimeMillis()));
        schedules.show(s);
        prices.show(s);
        if (figureRows.size() != s.figures().size() || !figureRows.isEmpty()
                && figureRows.get(figureRows.size() - 1) != s.figures().get(s.figures().size() - 1)) {
            figureRows.setAll(s.figures());
        }
        seatRows.setAll(s.seats());
        reshuffle.setSelected(s.rolesReshuffled());
        enable(s);
    }

    private void enable(LiveState s) {
        boolean none = s == null;
        start.setDisable(none || s.open() || s.finished());
        pause.setDisable(none || !s.open());
        pause.setText(!none && s.paused() ? "Resume" : "Pause");
        end.setDisable(none || !s.open());
        reshuffle.setDisable(none);
        export.setDisable(none);
    }

    private void step(String what, Function<LiveSession, java.util.concurrent.CompletableFuture<com.cyclex.api.CommandResult>> step) {
        LiveSession s = control.current();
        if (s == null) {
            return;
        }
        actions.send(what, () -> step.apply(s), r -> { });
    }

    private void open() {
        String name = scenario.getEditor().getText() == null || scenario.getEditor().getText().isBlank()
                ? scenario.getValue() : scenario.getEditor().getText().trim();
        if (name == null || name.isBlank()) {
            return;
        }
        control.open(name).whenComplete((s, e) -> Platform.runLater(() -> {
            if (e != null) {
                Throwable t = e.getCause() != null ? e.getCause() : e;
                notices.error("Open " + name, t.getMessage());
            }
        }));
    }

    private void export() {
        control.export().whenComplete((dir, e) -> Platform.runLater(() -> {
            if (e != null) {
                Throwable t = e.getCause() != null ? e.getCause() : e;
                notices.error("Export", t.getMessage());
            } else {
                notices.info("Exported to " + dir);
            }
        }));
    }

    private TableView<PeriodFigures> figuresTable() {
        TableView<PeriodFigures> t = new TableView<>(figureRows);
        t.setId("session-figures");
        t.getStyleClass().add("session-table");
        Label none = new Label("No period has ended yet.");
        none.setWrapText(true);
        t.setPlaceholder(none);
        // Short headers that fit the tab beside the machine panel; the table's tooltip spells them out.
        t.getColumns().add(column("Period", null, f -> Integer.toString(f.period())));
        t.getColumns().add(column("Trades", null, f -> Integer.toString(f.trades())));
        TableColumn<PeriodFigures, String> ce = column("CE", "Competitive equilibrium: price band × quantity",
                f -> SessionWords.band(f) + " × " + f.equilibrium().quantity());
        ce.setMinWidth(64);
        ce.setPrefWidth(64);
        t.getColumns().add(ce);
        TableColumn<PeriodFigures, String> mean = column("Mean", "Mean trade price", f -> SessionWords.price(f.meanPrice()));
        t.getColumns().add(mean);
        t.getColumns().add(column("Eff. %", "Allocative efficiency: surplus against the most there could be",
                f -> SessionWords.percent(f.efficiency())));
        TableColumn<PeriodFigures, String> alpha = column("α %",
                "Smith's α: RMS deviation of prices from the equilibrium price, over it", f -> SessionWords.percent(f.alpha()));
        TableColumn<PeriodFigures, String> volatility = column("Vol. %", "Price volatility",
                f -> SessionWords.percent(f.volatility()));
        t.getColumns().add(alpha);
        t.getColumns().add(volatility);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ColumnFit.fit(t);
        // Beside the seats in a narrow window these go first, in this order; the row's tooltip still reads them
        // (and the export has every figure).
        ColumnFit.fold(t, volatility);
        ColumnFit.fold(t, alpha);
        ColumnFit.fold(t, mean);
        StringBuilder tips = new StringBuilder();
        for (TableColumn<PeriodFigures, ?> c : t.getColumns()) {
            if (c.getUserData() instanceof String tip) {
                tips.append(tips.length() == 0 ? "" : "\n").append(c.getText()).append(": ").append(tip);
            }
        }
        t.setTooltip(new javafx.scene.control.Tooltip(tips.toString()));
        return t;
    }

    private TableView<LiveState.SeatRow> seatsTable() {
        TableView<LiveState.SeatRow> t = new TableView<>(seatRows);
        t.setId("session-seats");
        t.getStyleClass().add("session-table");
        t.getColumns().add(column("Seat", LiveState.SeatRow::name));
        TableColumn<LiveState.SeatRow, String> role = column("Role", r -> r.side() == com.cyclex.market.Side.BID ? "buyer" : "seller");
        t.getColumns().add(role);
        t.getColumns().add(column("Trader", r -> r.holderName() != null && !r.present()
                ? r.trader() + " for " + r.holderName() : r.trader()));
        TableColumn<LiveState.SeatRow, String> left = column("Left", r -> r.unitsLeft() + "/" + r.limits().length);
        t.getColumns().add(left);
        t.getColumns().add(column("Profit", r -> Long.toString(r.totalSurplus())));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ColumnFit.fit(t);
        // A seat's name says its side (B1, S1): the role goes first in a narrow window, then the units left; the
        // row's tooltip still reads them.
        ColumnFit.fold(t, role);
        ColumnFit.fold(t, left);
        return t;
    }

    private static <R> TableColumn<R, String> column(String title, Function<R, String> text) {
        return column(title, null, text);
    }

    private static <R> TableColumn<R, String> column(String title, String tip, Function<R, String> text) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setUserData(tip); // what a short header stands for, gathered into the table's tooltip
        // ColumnFit widens it to its header and cells; the last column takes what is left over
        c.setMinWidth(40);
        c.setPrefWidth(40);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(text.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }

    /** What the figures table holds, for tests. */
    ObservableList<PeriodFigures> figureRows() {
        return figureRows;
    }
}
