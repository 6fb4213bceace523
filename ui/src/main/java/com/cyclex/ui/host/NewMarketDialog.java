package com.cyclex.ui.host;

import com.cyclex.api.Command;
import com.cyclex.api.CommandResult;
import com.cyclex.api.CreateMarket;
import com.cyclex.market.Delivery;
import com.cyclex.ui.Notices;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.property.StringProperty;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

/** Lists a new CPU market: symbol, delivery and term, tick and price band in credits, lots, fees. */
final class NewMarketDialog extends CommandDialog {
    private final MarketForm form = new MarketForm(ZoneId.systemDefault());
    private final long actor;

    NewMarketDialog(Window owner, long actor, Function<Command, CompletableFuture<CommandResult>> submit, Executor fx,
                    Notices notices) {
        super(owner, "New market", "New market", submit, fx, notices);
        this.actor = actor;
        form.windowStartProperty().set(LocalDateTime.now().plusHours(1).truncatedTo(ChronoUnit.HOURS)
                .format(MarketForm.WINDOW_FORMAT));

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        grid.getColumnConstraints().addAll(labels, new ColumnConstraints(), labels, new ColumnConstraints());

        TextField window = field("new-market-window", form.windowStartProperty(), 150);
        window.setPromptText("yyyy-MM-dd HH:mm");
        ToggleGroup deliveries = new ToggleGroup();
        ToggleButton spot = new ToggleButton("Spot");
        spot.setId("new-market-spot");
        ToggleButton windowed = new ToggleButton("Window");
        windowed.setId("new-market-windowed");
        spot.setToggleGroup(deliveries);
        windowed.setToggleGroup(deliveries);
        spot.getStyleClass().add("left-pill");
        windowed.getStyleClass().add("right-pill");
        deliveries.selectToggle(spot);
        deliveries.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one of the two is always chosen
                return;
            }
            form.deliveryProperty().set(now == windowed ? Delivery.WINDOW : Delivery.SPOT);
        });
        window.disableProperty().bind(windowed.selectedProperty().not());

        int row = 0;
        grid.addRow(row++, new Label("Symbol"), field("new-market-symbol", form.symbolProperty(), 140),
                new Label("Term (minutes)"), field("new-market-term", form.termProperty(), 90));
        grid.addRow(row++, new Label("Delivery"), new HBox(spot, windowed),
                new Label("Window starts"), window);
        grid.addRow(row++, new Label("Tick (credits)"), field("new-market-tick", form.tickProperty(), 140));
        grid.addRow(row++, new Label("Lowest price"), field("new-market-price-min", form.priceMinProperty(), 140),
                new Label("Highest price"), field("new-market-price-max", form.priceMaxProperty(), 90));
        grid.addRow(row++, new Label("Smallest lot (units)"), field("new-market-min-units", form.minUnitsProperty(), 140),
                new Label("Largest lot"), field("new-market-max-units", form.maxUnitsProperty(), 90));
        grid.addRow(row++, new Label("Maker fee (bps)"), field("new-market-maker-fee", form.makerFeeProperty(), 140),
                new Label("Taker fee (bps)"), field("new-market-taker-fee", form.takerFeeProperty(), 90));
        Label note = new Label("A unit is one CPU core for the term. Prices are credits per unit, in whole ticks.");
        note.getStyleClass().add("muted");
        grid.add(note, 0, row, 4, 1);
        GridPane.setHalignment(note, HPos.LEFT);
        setForm(grid);
    }

    @Override
    protected String sendLabel() {
        return "List market";
    }

    @Override
    protected String done(Command command, CommandResult result) {
        return HostSentences.listed(((CreateMarket) command).spec().symbol(), result.id());
    }

    @Override
    protected Command command() {
        return new CreateMarket(actor, form.spec(System.currentTimeMillis()));
    }

    /** The form behind the dialog, for tests. */
    MarketForm form() {
        return form;
    }

    private static TextField field(String id, StringProperty value, double width) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        field.setPrefWidth(width);
        return field;
    }
}
