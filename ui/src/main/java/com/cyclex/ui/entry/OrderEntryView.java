package com.cyclex.ui.entry;

import atlantafx.base.theme.Styles;
import com.cyclex.api.MarketInfo;
import com.cyclex.api.PlaceOrder;
import com.cyclex.market.OrderType;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import com.cyclex.ui.Terminal;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * Order entry: bid or ask, limit or market, price, units and time in force, with what the order would hold or
 * offer and why it cannot be sent yet, all before anything is sent. It edits the terminal's shared ticket, so
 * a click in the ladder fills it in. Owns the trading keys (see {@link Shortcut}).
 */
public final class OrderEntryView extends VBox {
    private final Terminal terminal;
    private final OrderTicket ticket;
    private final OrderEntryModel model;
    private final CommandSender sender;
    private final OrderCommands orders;
    private final WholeNumberField price;
    private final WholeNumberField units;
    private final Label lastResult = new Label();

    public OrderEntryView(Terminal terminal) {
        this.terminal = terminal;
        this.ticket = terminal.ticket();
        this.model = new OrderEntryModel(ticket);
        this.sender = new CommandSender(terminal);
        this.orders = new OrderCommands(terminal);
        setId("order-entry");
        getStyleClass().addAll("panel", "order-entry");
        var css = OrderEntryView.class.getResource("entry.css");
        if (css != null) {
            getStylesheets().add(css.toExternalForm());
        }

        model.marketProperty().bind(terminal.markets().selectedProperty());
        model.accountProperty().bind(new AccountFeed(terminal).accountProperty());
        new BookTop(terminal, model.topProperty());

        price = new WholeNumberField(ticket.priceProperty(), "ticks");
        price.setId("entry-price");
        price.disableProperty().bind(ticket.typeProperty().isEqualTo(OrderType.MARKET));
        units = new WholeNumberField(ticket.unitsProperty(), "units");
        units.setId("entry-units");
        model.priceEntryProblemProperty().bind(price.problemProperty());
        model.unitsEntryProblemProperty().bind(units.problemProperty());

        lastResult.setId("entry-last-result");
        lastResult.getStyleClass().add("entry-last-result");
        lastResult.setWrapText(true);
        showOnlyWithText(lastResult);

        getChildren().addAll(header(), sides(), form(), summary(), problem(), sendButton(), footer(), lastResult);
        installKeys();
    }

    /** The state this view shows, for tests. */
    OrderEntryModel model() {
        return model;
    }

    /** Sends the ticket as a bid or an ask; if it cannot go, says why instead. */
    private void send(Side side) {
        ticket.sideProperty().set(side);
        OrderEntryModel.Problem problem = model.problem();
        if (problem != null) {
            terminal.notices().info("Not sent: " + problem.sentence());
            return;
        }
        PlaceOrder order = model.order(terminal.me());
        String symbol = model.marketProperty().get().spec().symbol();
        lastResult.setText("");
        sender.send((side == Side.BID ? "Bid" : "Ask") + " in " + symbol, order, result -> {
            String text = Outcome.of(order, result, symbol);
            lastResult.setText(text);
            terminal.notices().info(text);
            keepFocus();
        });
        keepFocus();
    }

    /** The trading keys work anywhere in the window, so they live on whatever scene this view is in. */
    private void installKeys() {
        Map<Shortcut, Runnable> keys = Map.of(
                Shortcut.SEND_BID, () -> send(Side.BID),
                Shortcut.SEND_ASK, () -> send(Side.ASK),
                Shortcut.SEND, () -> send(ticket.sideProperty().get()),
                Shortcut.LIMIT, () -> ticket.typeProperty().set(OrderType.LIMIT),
                Shortcut.MARKET, () -> ticket.typeProperty().set(OrderType.MARKET),
                Shortcut.NEXT_TIME_IN_FORCE, this::nextTimeInForce,
                Shortcut.PRICE, () -> focus(price),
                Shortcut.UNITS, () -> focus(units),
                Shortcut.CANCEL_ALL, () -> orders.cancelAll(terminal.markets().selected()));
        sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                Shortcut.uninstall(old, keys);
            }
            if (now != null) {
                Shortcut.install(now, keys);
            }
        });
    }

    /** The next time in force this type of order may have, round the list. */
    private void nextTimeInForce() {
        List<TimeInForce> allowed = OrderEntryModel.timesInForce(ticket.typeProperty().get());
        int at = allowed.indexOf(ticket.timeInForceProperty().get());
        ticket.timeInForceProperty().set(allowed.get((at + 1) % allowed.size()));
    }

    private static void focus(WholeNumberField field) {
        if (!field.isDisabled()) {
            field.editor().requestFocus();
            field.editor().selectAll();
        }
    }

    /**
     * After a send the operator types on: if the focus went nowhere (the control that had it was disabled by the
     * new state), it goes back to the price, or the units for a market order.
     */
    private void keepFocus() {
        javafx.scene.Scene scene = getScene();
        if (scene == null) {
            return;
        }
        Node owner = scene.getFocusOwner();
        if (owner == null || owner.isDisabled() || !owner.isVisible()) {
            focus(price.isDisabled() ? units : price);
        }
    }

    private Node header() {
        Label title = new Label("ORDER ENTRY");
        title.getStyleClass().add("panel-title");
        Label symbol = new Label();
        symbol.getStyleClass().add("entry-symbol");
        symbol.textProperty().bind(aboutMarket(m -> m.spec().symbol()));
        HBox header = new HBox(title, gap(), symbol);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private Node sides() {
        SegmentedChoice<Side> side = new SegmentedChoice<>(List.of(Side.values()),
                s -> s == Side.BID ? "Bid" : "Ask", ticket.sideProperty());
        side.setId("entry-side");
        side.getStyleClass().add("side-choice");
        side.button(Side.BID).getStyleClass().add("bid");
        side.button(Side.ASK).getStyleClass().add("ask");
        side.button(Side.BID).setTooltip(new Tooltip("Buy capacity. " + Shortcut.SEND_BID.tooltip()));
        side.button(Side.ASK).setTooltip(new Tooltip("Sell spare cores. " + Shortcut.SEND_ASK.tooltip()));
        return side;
    }

    private Node form() {
        SegmentedChoice<OrderType> type = new SegmentedChoice<>(List.of(OrderType.values()),
                t -> t == OrderType.LIMIT ? "Limit" : "Market", ticket.typeProperty());
        type.setId("entry-type");
        type.button(OrderType.LIMIT).setTooltip(new Tooltip(Shortcut.LIMIT.tooltip("Trade at this price or better; what does not fill rests")));
        type.button(OrderType.MARKET).setTooltip(new Tooltip(Shortcut.MARKET.tooltip("Take what the book offers now, within the market's protection range")));

        Label priceValue = new Label();
        priceValue.textProperty().bind(model.priceValueProperty());
        priceValue.getStyleClass().addAll("muted", "numeric", "price-value");
        // The price's value and the best prices share a line while they fit, and wrap rather than cut a figure short.
        FlowPane priceHints = new FlowPane(8, 0, priceValue, best(Side.BID), best(Side.ASK));
        priceHints.setAlignment(Pos.CENTER_LEFT);
        priceHints.setPrefWrapLength(160);

        Label unitsMeaning = new Label();
        unitsMeaning.getStyleClass().addAll("muted", "price-value");
        unitsMeaning.textProperty().bind(aboutMarket(m -> "cores × " + m.spec().termMinutes() + " min"));

        SegmentedChoice<TimeInForce> tif = new SegmentedChoice<>(List.of(TimeInForce.values()), Enum::name,
                ticket.timeInForceProperty());
        tif.setId("entry-tif");
        for (TimeInForce t : TimeInForce.values()) {
            tif.button(t).disableProperty().bind(Bindings.createBooleanBinding(
                    () -> !OrderEntryModel.timesInForce(ticket.typeProperty().get()).contains(t), ticket.typeProperty()));
            tif.button(t).setTooltip(new Tooltip(describe(t) + "\n" + Shortcut.NEXT_TIME_IN_FORCE.tooltip()));
        }

        GridPane form = new GridPane();
        form.getStyleClass().add("entry-form");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(44);
        labels.setHalignment(HPos.LEFT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        form.getColumnConstraints().addAll(labels, fields);
        form.addRow(0, fieldLabel("Type"), type);
        form.addRow(1, fieldLabel("Price", Shortcut.PRICE), price);
        form.add(priceHints, 1, 2);
        form.addRow(3, fieldLabel("Units", Shortcut.UNITS), units);
        form.add(unitsMeaning, 1, 4);
        form.addRow(5, fieldLabel("TIF"), tif);
        return form;
    }

    /** What the order would hold or offer; hidden while the order itself is not valid. */
    private Node summary() {
        Label summary = new Label();
        summary.setId("entry-summary");
        summary.getStyleClass().add("entry-summary-headline");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        Label detail = new Label();
        detail.setId("entry-summary-detail");
        detail.getStyleClass().add("entry-summary-detail");
        detail.setWrapText(true);
        detail.textProperty().bind(model.detailProperty());
        VBox box = new VBox(2, summary, detail);
        box.getStyleClass().add("entry-summary");
        box.managedProperty().bind(summary.textProperty().isNotEmpty());
        box.visibleProperty().bind(box.managedProperty());
        return box;
    }

    /** Why the order cannot be sent: red, with the wrong field marked, unless something is merely not filled in. */
    private Node problem() {
        Label problem = new Label(null, new FontIcon(MaterialDesignA.ALERT_CIRCLE_OUTLINE));
        problem.setId("entry-problem");
        problem.getStyleClass().add("entry-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(Bindings.createStringBinding(
                () -> model.problem() == null ? "" : model.problem().sentence(), model.problemProperty()));
        showOnlyWithText(problem);
        Runnable mark = () -> {
            OrderEntryModel.Problem now = model.problem();
            boolean wrong = now != null && !now.missing();
            price.editor().pseudoClassStateChanged(Styles.STATE_DANGER, wrong && now.input() == OrderEntryModel.Input.PRICE);
            units.editor().pseudoClassStateChanged(Styles.STATE_DANGER, wrong && now.input() == OrderEntryModel.Input.UNITS);
            problem.pseudoClassStateChanged(Styles.STATE_DANGER, wrong);
        };
        model.problemProperty().addListener((obs, old, now) -> mark.run());
        mark.run();
        return problem;
    }

    /** Green for a bid, red for an ask, disabled while there is a problem. */
    private Node sendButton() {
        Button send = new Button();
        send.setId("entry-send");
        send.getStyleClass().addAll("send-button", Styles.LARGE);
        send.setMaxWidth(Double.MAX_VALUE);
        send.setGraphic(new FontIcon(MaterialDesignS.SEND));
        send.textProperty().bind(model.actionProperty());
        send.disableProperty().bind(model.problemProperty().isNotNull());
        send.setOnAction(e -> send(ticket.sideProperty().get()));
        // A click sends without taking the focus from the field being typed in.
        send.setFocusTraversable(false);
        Runnable sideStyle = () -> {
            boolean bid = ticket.sideProperty().get() == Side.BID;
            send.getStyleClass().removeAll("bid", "ask");
            send.getStyleClass().add(bid ? "bid" : "ask");
            send.setTooltip(new Tooltip((bid ? Shortcut.SEND_BID : Shortcut.SEND_ASK).tooltip() + "\nor "
                    + Shortcut.SEND.keysText() + " for the side chosen"));
        };
        ticket.sideProperty().addListener((obs, old, now) -> sideStyle.run());
        sideStyle.run();
        return send;
    }

    private Node footer() {
        Button cancelAll = new Button("Cancel all", new FontIcon(MaterialDesignC.CLOSE_BOX_MULTIPLE_OUTLINE));
        cancelAll.setId("entry-cancel-all");
        cancelAll.getStyleClass().addAll(Styles.FLAT, Styles.SMALL, Styles.DANGER);
        cancelAll.setTooltip(new Tooltip(Shortcut.CANCEL_ALL.tooltip()));
        cancelAll.disableProperty().bind(terminal.markets().selectedProperty().isNull());
        cancelAll.setOnAction(e -> orders.cancelAll(terminal.markets().selected()));
        Label keys = new Label(Shortcut.SEND_BID.keysText() + " bid · " + Shortcut.SEND_ASK.keysText() + " ask");
        keys.getStyleClass().addAll("muted", "keys-hint");
        HBox footer = new HBox(6, keys, gap(), cancelAll);
        footer.setAlignment(Pos.CENTER_LEFT);
        return footer;
    }

    /** The best price on one side, which a click copies into the price. */
    private Label best(Side side) {
        String name = side == Side.BID ? "bid" : "ask";
        Label l = new Label();
        l.setId("entry-best-" + name);
        l.getStyleClass().addAll("best-price", name);
        l.textProperty().bind(Bindings.createStringBinding(() -> {
            long best = bestPrice(side);
            return name + " " + (best == 0 ? "–" : best);
        }, model.topProperty()));
        l.setTooltip(new Tooltip("Best " + name + " now; click to use its price"));
        l.setOnMouseClicked(e -> {
            if (bestPrice(side) > 0) {
                ticket.priceProperty().set(bestPrice(side));
                ticket.typeProperty().set(OrderType.LIMIT);
            }
        });
        return l;
    }

    private long bestPrice(Side side) {
        OrderEntryModel.Top top = model.topProperty().get();
        return top == null ? 0 : top.best(side);
    }

    private StringBinding aboutMarket(java.util.function.Function<MarketInfo, String> text) {
        return Bindings.createStringBinding(() -> {
            MarketInfo m = terminal.markets().selected();
            return m == null ? "" : text.apply(m);
        }, terminal.markets().selectedProperty());
    }

    private static void showOnlyWithText(Label label) {
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.managedProperty());
    }

    private static Region gap() {
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        return gap;
    }

    private static Label fieldLabel(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("field-label");
        return l;
    }

    private static Label fieldLabel(String text, Shortcut keys) {
        Label l = fieldLabel(text);
        l.setTooltip(new Tooltip(keys.tooltip() + "\nUp/Down step by 1, Page Up/Down by 10"));
        return l;
    }

    private static String describe(TimeInForce t) {
        return switch (t) {
            case GTC -> "Good till cancelled: rests until filled or cancelled";
            case IOC -> "Immediate or cancel: fills what it can now, cancels the rest";
            case FOK -> "Fill or kill: fills completely now, or not at all";
            case DAY -> "Day: rests until the end of the trading day (UTC midnight)";
        };
    }
}
