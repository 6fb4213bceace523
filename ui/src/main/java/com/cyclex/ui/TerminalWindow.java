package com.cyclex.ui;

import com.cyclex.ui.book.DepthChartView;
import com.cyclex.ui.book.LadderView;
import com.cyclex.ui.entry.OrderEntryView;
import com.cyclex.ui.entry.Shortcut;
import com.cyclex.ui.host.HostView;
import com.cyclex.ui.jobs.JobsView;
import com.cyclex.ui.machine.MachineLoadView;
import com.cyclex.ui.market.MarketBar;
import com.cyclex.ui.orders.AccountView;
import com.cyclex.ui.orders.LeasesView;
import com.cyclex.ui.orders.MyOrdersView;
import com.cyclex.ui.orders.MyTradesView;
import com.cyclex.ui.orders.OrderHistoryView;
import com.cyclex.ui.session.SeatPanel;
import com.cyclex.ui.session.SessionView;
import com.cyclex.ui.stats.StatsOverlay;
import com.cyclex.ui.trades.PriceChartView;
import com.cyclex.ui.trades.TimeAndSalesView;
import com.cyclex.ui.layout.SavedLayout;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The terminal's layout: the market bar on top; order entry and the account on the left; the price chart and
 * depth chart, the ladder and time and sales in the middle; the operator's orders, trades, order history and
 * leases and jobs (and the host's view) below, beside this machine's load.
 */
public final class TerminalWindow {
    private final StackPane root;
    private final SplitPane center;
    private final SplitPane market;
    private final SplitPane charts;
    private final SplitPane bottom;
    private final TabPane tabs;

    public TerminalWindow(Terminal terminal) {
        BorderPane frame = new BorderPane();
        frame.getStyleClass().add("terminal");
        frame.setTop(terminal.client() instanceof com.cyclex.net.RemoteClient remote
                ? new VBox(new com.cyclex.ui.net.RemoteBanner(remote), new MarketBar(terminal)) : new MarketBar(terminal));

        VBox left = new VBox(new OrderEntryView(terminal), new AccountView(terminal));
        left.getStyleClass().add("left-column");
        ScrollPane leftScroll = new ScrollPane(left);
        leftScroll.setFitToWidth(true);
        leftScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        leftScroll.setPrefWidth(300);
        leftScroll.setMinWidth(270);
        frame.setLeft(leftScroll);

        charts = split("charts", Orientation.VERTICAL, new PriceChartView(terminal), new DepthChartView(terminal));
        charts.setDividerPositions(0.58);
        LadderView ladder = new LadderView(terminal);
        TimeAndSalesView tape = new TimeAndSalesView(terminal);
        market = split("market", Orientation.HORIZONTAL, charts, ladder, tape);
        market.setDividerPositions(0.56, 0.78);
        // Extra width goes to the charts: the ladder and the tape read the same at any width.
        SplitPane.setResizableWithParent(ladder, false);
        SplitPane.setResizableWithParent(tape, false);

        tabs = new TabPane(
                tab("tab-orders", "My orders", new MyOrdersView(terminal)),
                tab("tab-trades", "My trades", new MyTradesView(terminal)),
                tab("tab-history", "Order history", new OrderHistoryView(terminal)),
                tab("tab-leases", "Leases", new LeasesView(terminal)),
                tab("tab-jobs", "Jobs", new JobsView(terminal)));
        if (terminal.isHost()) {
            tabs.getTabs().add(tab("tab-host", "Host", new HostView(terminal)));
        }
        if (terminal.isHost() && terminal.options().classroom() != null) {
            tabs.getTabs().add(tab("tab-session", "Session", new SessionView(terminal, terminal.options().classroom())));
        }
        if (terminal.options().seats() != null) {
            tabs.getTabs().add(tab("tab-seat", "Seat", new SeatPanel(terminal, terminal.options().seats())));
        }
        tabs.setId("bottom-tabs");
        Shortcut[] tabKeys = {Shortcut.TAB_1, Shortcut.TAB_2, Shortcut.TAB_3, Shortcut.TAB_4, Shortcut.TAB_5, Shortcut.TAB_6};
        for (int i = 0; i < tabKeys.length; i++) {
            int index = i;
            tabKeys[i].bind(tabs, () -> {
                if (index < tabs.getTabs().size()) {
                    tabs.getSelectionModel().select(index);
                }
            });
            if (i < tabs.getTabs().size()) {
                tabs.getTabs().get(i).setTooltip(new javafx.scene.control.Tooltip(tabKeys[i].keysText()));
            }
        }
        MachineLoadView machine = new MachineLoadView(terminal);
        bottom = split("bottom", Orientation.HORIZONTAL, tabs, machine);
        bottom.setDividerPositions(0.62);
        SplitPane.setResizableWithParent(machine, false);

        center = split("center", Orientation.VERTICAL, market, bottom);
        center.setDividerPositions(0.64);
        // Extra height goes to the price and depth charts, where the eye is, not to the tables and the load chart.
        SplitPane.setResizableWithParent(bottom, false);
        frame.setCenter(center);
        frame.setBottom(new StatusLine(terminal));

        root = new StackPane(frame);
        if (terminal.options().showStats()) {
            root.getChildren().add(new StatsOverlay(terminal.live()));
        }
        root.getChildren().add(terminal.notices().layer());
        ShortcutSheet.install(root);
    }

    private static SplitPane split(String id, Orientation orientation, Node... items) {
        SplitPane split = new SplitPane(items);
        split.setId("split-" + id);
        split.setOrientation(orientation);
        return split;
    }

    private static Tab tab(String id, String title, Node content) {
        Tab tab = new Tab(title);
        tab.setId(id);
        tab.setClosable(false);
        return com.cyclex.ui.layout.SelectedTabOnly.of(tab, content);
    }

    /** Puts the dividers and the selected tab where a saved layout has them; what it lacks stays as built. */
    public void apply(SavedLayout layout) {
        for (SplitPane split : splits()) {
            layout.dividers(split.getId()).filter(d -> d.length == split.getDividers().size())
                    .ifPresent(split::setDividerPositions);
        }
        layout.tab().flatMap(id -> tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst())
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    /** Writes the dividers and the selected tab into {@code layout}. */
    public void capture(SavedLayout layout) {
        for (SplitPane split : splits()) {
            layout.dividers(split.getId(), split.getDividerPositions());
        }
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        if (selected != null) {
            layout.tab(selected.getId());
        }
    }

    private List<SplitPane> splits() {
        return List.of(center, market, charts, bottom);
    }

    /** The bottom tabs (my orders, my trades, order history, leases, jobs, host), for the layout and for tests. */
    public TabPane tabs() {
        return tabs;
    }

    public Parent root() {
        return root;
    }
}
