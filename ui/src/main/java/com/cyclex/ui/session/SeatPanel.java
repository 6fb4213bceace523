package com.cyclex.ui.session;

import atlantafx.base.theme.Styles;
import com.cyclex.sim.session.SeatClient;
import com.cyclex.sim.session.SeatView;
import com.cyclex.ui.Notices;
import com.cyclex.ui.Terminal;
import com.cyclex.ui.live.LiveQuery;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * A member's seat in the live session: its private values or costs (the next unit marked), units left, profit
 * this period and so far, the period's clock and the touch, and a price to shout. It asks for its seat every
 * second, which is also how the host knows the member is there: a seat whose terminal stops asking is traded by
 * its robot until it asks again.
 */
public final class SeatPanel extends VBox {
    private static final long ASK_EVERY_NANOS = 1_000_000_000L;
    private static final long CLOCK_EVERY_NANOS = 250_000_000L;

    private final SeatClient seats;
    private final Notices notices;
    private final SessionActions actions;
    private final Label heading = new Label("No seat");
    private final Label clock = new Label();
    private final Label units = new Label();
    private final Label profit = new Label();
    private final Label touch = new Label();
    private final Label away = new Label();
    private final FlowPane limits = new FlowPane();
    private final TextField price = new TextField();
    private final Button claim = new Button("Take a seat");
    private final Button shout = new Button("Bid");
    private final Button withdraw = new Button("Withdraw");
    private final LiveQuery<Optional<SeatView>> query;
    private SeatView shown;
    private long shownAtMillis;
    private long askedAt;
    private long clockAt;

    public SeatPanel(Terminal terminal, SeatClient seats) {
        this.seats = seats;
        this.notices = terminal.notices();
        this.actions = new SessionActions(notices, Platform::runLater);
        getStyleClass().add("seat-panel");
        getStylesheets().add(SessionView.class.getResource("session.css").toExternalForm());
        heading.setId("seat-heading");
        heading.getStyleClass().add("seat-heading");
        clock.setId("seat-clock");
        clock.getStyleClass().add("seat-clock");
        units.setId("seat-units");
        profit.setId("seat-profit");
        touch.setId("seat-touch");
        units.getStyleClass().add("seat-figure");
        profit.getStyleClass().add("seat-figure");
        touch.getStyleClass().add("seat-figure");
        away.getStyleClass().add("seat-away");
        away.setId("seat-away");
        limits.setId("seat-limits");
        limits.getStyleClass().add("seat-units");
        price.setId("seat-price");
        price.setPromptText("price, ticks");
        price.setPrefColumnCount(7);
        price.setOnAction(e -> shout());
        claim.setId("seat-claim");
        claim.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
        claim.setOnAction(e -> actions.send("Take a seat", seats::claimSeat, r -> ask()));
        shout.setId("seat-shout");
        shout.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
        shout.setOnAction(e -> shout());
        withdraw.setId("seat-withdraw");
        withdraw.getStyleClass().add(Styles.SMALL);
        withdraw.setOnAction(e -> actions.send("Withdraw", seats::withdraw, r -> ask()));
        HBox entry = new HBox(6, price, shout, withdraw);
        entry.setAlignment(Pos.CENTER_LEFT);
        HBox top = new HBox(12, heading, clock, claim);
        top.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(top, limits, units, profit, touch, entry, away);
        query = terminal.live().query(() -> seats.seat().thenApply(Optional::ofNullable)
                .exceptionally(e -> Optional.empty()), this::show);
        terminal.live().onFrame(this::frame);
        show(Optional.empty());
    }

    private void frame(long now) {
        if (now - askedAt >= ASK_EVERY_NANOS) {
            askedAt = now;
            query.refresh();
        }
        if (shown != null && shown.open() && !shown.paused() && now - clockAt >= CLOCK_EVERY_NANOS) {
            clockAt = now;
            long left = Math.max(0, shown.timeLeftMillis() - (System.currentTimeMillis() - shownAtMillis));
            clock.setText(SessionWords.period(shown.period(), shown.periods(), true, false, left));
        }
    }

    private void ask() {
        askedAt = 0;
    }

    private void show(Optional<SeatView> seat) {
        shown = seat.orElse(null);
        shownAtMillis = System.currentTimeMillis();
        boolean seated = shown != null;
        claim.setVisible(!seated);
        claim.setManaged(!seated);
        shout.setDisable(!seated || !shown.open() || shown.paused() || shown.unitsLeft() == 0);
        withdraw.setDisable(!seated || shown.standingPrice() == 0);
        price.setDisable(!seated);
        limits.getChildren().clear();
        if (!seated) {
            heading.setText("No seat");
            clock.setText("");
            units.setText("Take a seat to trade in the live session.");
            profit.setText("");
            touch.setText("");
            away.setText("");
            return;
        }
        boolean buyer = shown.role().equals("buyer");
        heading.setText("Seat " + shown.seat() + " · " + shown.role());
        shout.setText(buyer ? "Bid" : "Ask");
        clock.setText(SessionWords.period(shown.period(), shown.periods(), shown.open(), shown.paused(), shown.timeLeftMillis()));
        for (int i = 0; i < shown.limits().length; i++) {
            Label unit = new Label(Long.toString(shown.limits()[i]));
            unit.getStyleClass().add("seat-unit");
            if (i < shown.traded()) {
                unit.getStyleClass().add("traded");
            } else if (i == shown.traded()) {
                unit.getStyleClass().add("next");
            }
            limits.getChildren().add(unit);
        }
        units.setText((buyer ? "Values" : "Costs") + " of your units, the next one marked · " + shown.unitsLeft() + " of "
                + shown.limits().length + " left" + (shown.lossesRefused() ? " · no trades at a loss" : ""));
        profit.setText("Profit this period " + shown.periodProfit() + " · so far " + shown.profit()
                + (shown.standingPrice() > 0 ? " · your " + (buyer ? "bid " : "ask ") + shown.standingPrice() + " stands" : ""));
        touch.setText("Best bid " + dash(shown.bestBid()) + " · best ask " + dash(shown.bestAsk()) + " · last "
                + dash(shown.lastPrice()) + " · rule " + shown.rule());
        away.setText(shown.robotTrading() ? "A robot traded your seat while your terminal was away." : "");
    }

    private static String dash(long price) {
        return price == 0 ? "–" : Long.toString(price);
    }

    private void shout() {
        String text = price.getText() == null ? "" : price.getText().trim();
        long p;
        try {
            p = Long.parseLong(text);
        } catch (NumberFormatException e) {
            notices.error("Shout", "A price is a whole number of ticks, such as 120; '" + text + "' is not.");
            return;
        }
        actions.send(shown != null && shown.role().equals("buyer") ? "Bid" : "Ask", () -> seats.shout(p), r -> ask());
    }
}
