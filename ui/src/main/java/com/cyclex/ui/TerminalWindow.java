package com.cyclex.ui;

import com.cyclex.ui.book.DepthChartView;
import com.cyclex.ui.book.LadderView;
import com.cyclex.ui.entry.OrderEntryView;
import com.cyclex.ui.host.HostView;
import com.cyclex.ui.machine.MachineLoadView;
import com.cyclex.ui.market.MarketBar;
import com.cyclex.ui.orders.AccountView;
import com.cyclex.ui.orders.LeasesView;
import com.cyclex.ui.orders.MyOrdersView;
import com.cyclex.ui.orders.MyTradesView;
import com.cyclex.ui.stats.StatsOverlay;
import com.cyclex.ui.trades.PriceChartView;
import com.cyclex.ui.trades.TimeAndSalesView;
import javafx.geometry.Orientation;
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
 * depth chart, the ladder and time and sales in the middle; the operator's orders, trades and leases (and the
 * host's view) below, beside this machine's load.
 */
public final class TerminalWindow {
    private final StackPane root;

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

        SplitPane charts = new SplitPane(new PriceChartView(terminal), new DepthChartView(terminal));
        charts.setOrientation(Orientation.VERTICAL);
        charts.setDividerPositions(0.58);
        SplitPane market = new SplitPane(charts, new LadderView(terminal), new TimeAndSalesView(terminal));
        market.setDividerPositions(0.56, 0.78);

        TabPane mine = new TabPane(
                tab("My orders", new MyOrdersView(terminal)),
                tab("My trades", new MyTradesView(terminal)),
                tab("Leases", new LeasesView(terminal)));
        if (terminal.isHost()) {
            mine.getTabs().add(tab("Host", new HostView(terminal)));
        }
        mine.setId("bottom-tabs");
        SplitPane bottom = new SplitPane(mine, new MachineLoadView(terminal));
        bottom.setDividerPositions(0.62);

        SplitPane center = new SplitPane(market, bottom);
        center.setOrientation(Orientation.VERTICAL);
        center.setDividerPositions(0.64);
        frame.setCenter(center);
        frame.setBottom(new StatusLine(terminal));

        root = new StackPane(frame);
        if (terminal.options().showStats()) {
            root.getChildren().add(new StatsOverlay(terminal.live()));
        }
        root.getChildren().add(terminal.notices().layer());
    }

    private static Tab tab(String title, javafx.scene.Node content) {
        Tab tab = new Tab(title, content);
        tab.setClosable(false);
        return tab;
    }

    public Parent root() {
        return root;
    }
}
