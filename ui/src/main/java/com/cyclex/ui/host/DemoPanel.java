package com.cyclex.ui.host;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import com.cyclex.ui.entry.Shortcut;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The demo's robots: running or not, and how many commands a second they send. */
final class DemoPanel extends VBox {
    /** Held here: a bidirectional binding keeps only weak references to its ends. */
    private final ObjectProperty<Integer> rateObject;

    DemoPanel(DemoModel model) {
        getStyleClass().add("demo-panel");
        Label title = new Label("Demo robots");
        title.getStyleClass().add("panel-title");
        Label state = new Label();
        state.setId("demo-state");
        state.textProperty().bind(Bindings.when(model.runningProperty()).then("TRADING").otherwise("STOPPED"));
        model.runningProperty().addListener((o, was, is) -> state.getStyleClass().setAll("label", "demo-state",
                is ? "running" : "stopped"));
        state.getStyleClass().setAll("label", "demo-state", "stopped");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(8, title, spacer, state);
        head.setAlignment(Pos.CENTER_LEFT);

        Button toggle = new Button();
        toggle.setId("demo-toggle");
        toggle.textProperty().bind(Bindings.when(model.runningProperty()).then("Stop robots").otherwise("Start robots"));
        toggle.disableProperty().bind(model.busyProperty());
        toggle.setOnAction(e -> model.toggle());
        toggle.setTooltip(new Tooltip(Shortcut.DEMO_ROBOTS.tooltip()));
        Shortcut.DEMO_ROBOTS.bind(this, toggle::fire);
        toggle.setMaxWidth(Double.MAX_VALUE);
        model.runningProperty().addListener((o, was, is) -> {
            toggle.getStyleClass().removeAll(Styles.ACCENT, Styles.DANGER);
            toggle.getStyleClass().add(is ? Styles.DANGER : Styles.ACCENT);
        });
        toggle.getStyleClass().add(Styles.ACCENT);

        Slider slider = new Slider(0, DemoModel.MAX_RATE, 0);
        slider.setId("demo-rate-slider");
        slider.setBlockIncrement(50);
        slider.valueProperty().bindBidirectional(model.rateProperty());
        Spinner<Integer> spinner = new Spinner<>();
        spinner.setId("demo-rate");
        SpinnerValueFactory.IntegerSpinnerValueFactory values =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(0, DemoModel.MAX_RATE, 0, 50);
        spinner.setValueFactory(values);
        spinner.setEditable(true);
        spinner.setPrefWidth(96);
        rateObject = model.rateProperty().asObject();
        values.valueProperty().bindBidirectional(rateObject);
        slider.setMaxWidth(Double.MAX_VALUE);
        Label unit = new Label("commands / s");
        unit.getStyleClass().add("muted");
        unit.setMinWidth(Region.USE_PREF_SIZE);
        HBox rate = new HBox(8, spinner, unit);
        rate.setAlignment(Pos.CENTER_LEFT);
        Label pace = new Label("Robots' pace");
        pace.getStyleClass().add("muted");
        getChildren().addAll(head, toggle, pace, slider, rate);
    }
}
