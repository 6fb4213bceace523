package com.cyclex.ui.host;

import atlantafx.base.theme.Styles;
import com.cyclex.api.AdmitMember;
import com.cyclex.api.ExchangeClient;
import com.cyclex.api.ExchangeFigures;
import com.cyclex.api.HaltMarket;
import com.cyclex.api.ResumeMarket;
import com.cyclex.api.SuspendMember;
import com.cyclex.ui.Terminal;
import com.cyclex.ui.entry.Shortcut;
import com.cyclex.ui.demo.DemoControl;
import com.cyclex.ui.jobs.SellerRecords;
import com.cyclex.ui.live.Live;
import com.cyclex.ui.live.LiveQuery;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The host's view: members (admit, suspend, mint credits), markets (list, halt, resume), the exchange's figures and
 * pace, and the demo robots when this terminal runs a demo.
 */
public final class HostView extends VBox {
    private static final long FIGURES_EVERY_NANOS = 1_000_000_000L;
    /** Events keep the members table current; the snapshot is read again now and then as a safety net. */
    private static final long MEMBERS_EVERY_NANOS = 10_000_000_000L;

    private final Terminal terminal;
    private final HostActions actions;
    private final MembersModel members = new MembersModel();
    private final FiguresModel figures = new FiguresModel();
    private final DemoModel demo;
    private long figuresAskedAt;
    private long lastFigures;
    private long lastMembers;

    public HostView(Terminal terminal) {
        this.terminal = terminal;
        this.actions = new HostActions(terminal.client()::submit, Platform::runLater, terminal.notices());
        DemoControl control = terminal.options().demo();
        this.demo = control == null ? null : new DemoModel(control, demoWorker());

        getStyleClass().addAll("panel", "host-view");
        getStylesheets().add(HostView.class.getResource("host.css").toExternalForm());

        TabPane sections = new TabPane(membersTab(), marketsTab(), exchangeTab());
        if (terminal.options().network() != null) {
            sections.getTabs().add(networkTab(terminal.options().network()));
        }
        sections.setId("host-sections");
        sections.getStyleClass().add(Styles.TABS_FLOATING);
        sections.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        // The exchange's pace is on the status line, in sight whatever section is open.
        VBox.setVgrow(sections, Priority.ALWAYS);
        getChildren().add(sections);

        wireLive(terminal.live(), terminal.client());
    }

    private void wireLive(Live live, ExchangeClient client) {
        live.onEvents(members::onEvents);
        LiveQuery<List<MemberRow>> memberQuery = live.query(() -> {
            members.asked();
            return MembersModel.snapshot(client);
        }, members::show);
        LiveQuery<ExchangeFigures> figureQuery = live.query(() -> {
            figuresAskedAt = System.nanoTime();
            return client.figures();
        }, f -> figures.accept(f, figuresAskedAt));
        live.onFrame(now -> {
            if (now - lastFigures >= FIGURES_EVERY_NANOS) {
                lastFigures = now;
                figureQuery.refresh();
                if (demo != null) {
                    demo.poll();
                }
            }
            if (now - lastMembers >= MEMBERS_EVERY_NANOS) {
                lastMembers = now;
                memberQuery.refresh();
            }
            if (demo != null) {
                demo.pump();
            }
        });
    }

    private Tab networkTab(com.cyclex.ui.net.NetworkControl control) {
        NetworkPanel panel = new NetworkPanel(control, actions, terminal::me);
        long[] last = {0};
        terminal.live().onFrame(now -> {
            if (now - last[0] >= FIGURES_EVERY_NANOS) {
                last[0] = now;
                panel.refresh();
            }
        });
        Tab tab = new Tab("Network", panel);
        tab.setId("host-network-tab");
        return tab;
    }

    private Tab membersTab() {
        TableView<?>[] shown = new TableView<?>[1];
        // Records change when a lease ends or a job is checked: the table redraws then, not every frame.
        SellerRecords records = SellerRecords.follow(terminal.live(), () -> {
            if (shown[0] != null) {
                shown[0].refresh();
            }
        });
        MembersTable table = new MembersTable(members.rows(), terminal.me(),
                row -> actions.send("Admit " + row.name(), new AdmitMember(terminal.me(), row.id()),
                        HostSentences.admitted(row.name())),
                row -> actions.send("Suspend " + row.name(), new SuspendMember(terminal.me(), row.id()),
                        HostSentences.suspended(row.name())),
                row -> new MintDialog(getScene().getWindow(), terminal.me(), row, terminal.client()::submit,
                        Platform::runLater, terminal.notices()).show(), records);
        shown[0] = table;
        Tab tab = new Tab();
        tab.textProperty().bind(Bindings.size(members.rows()).asString("Members (%d)"));
        tab.setContent(table);
        tab.setId("host-members-tab");
        return tab;
    }

    private Tab marketsTab() {
        MarketsTable table = new MarketsTable(terminal.markets().markets(),
                m -> actions.send("Halt " + m.spec().symbol(), new HaltMarket(terminal.me(), m.id()),
                        HostSentences.halted(m.spec().symbol())),
                m -> actions.send("Resume " + m.spec().symbol(), new ResumeMarket(terminal.me(), m.id()),
                        HostSentences.resumed(m.spec().symbol())));
        Button create = new Button("New market…", new FontIcon(MaterialDesignP.PLUS));
        create.setId("new-market");
        create.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
        create.setOnAction(e -> newMarket());
        create.setTooltip(new Tooltip(Shortcut.NEW_MARKET.tooltip()));
        Shortcut.NEW_MARKET.bind(this, create::fire);
        Label hint = new Label("Halting stops new orders; cancels still work.");
        hint.getStyleClass().add("muted");
        HBox bar = new HBox(10, create, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("host-toolbar");
        VBox content = new VBox(bar, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        Tab tab = new Tab();
        tab.textProperty().bind(Bindings.size(terminal.markets().markets()).asString("Markets (%d)"));
        tab.setContent(content);
        tab.setId("host-markets-tab");
        return tab;
    }

    private Tab exchangeTab() {
        HBox content = new HBox(new FiguresPanel(figures));
        HBox.setHgrow(content.getChildren().get(0), Priority.ALWAYS);
        content.getStyleClass().add("host-exchange");
        if (demo != null) {
            DemoPanel panel = new DemoPanel(demo);
            content.getChildren().addAll(new Separator(Orientation.VERTICAL), panel);
            demo.failureProperty().addListener((o, old, why) -> {
                if (why != null) {
                    terminal.notices().error("Demo", why);
                }
            });
        }
        Tab tab = new Tab("Exchange", content);
        tab.setId("host-exchange-tab");
        return tab;
    }

    private void newMarket() {
        NewMarketDialog dialog = new NewMarketDialog(getScene().getWindow(), terminal.me(), terminal.client()::submit,
                Platform::runLater, terminal.notices());
        dialog.show();
    }

    private static ExecutorService demoWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "cyclex-demo-control");
            t.setDaemon(true);
            return t;
        });
    }

    /** What the members table shows, for tests. */
    MembersModel members() {
        return members;
    }
}
