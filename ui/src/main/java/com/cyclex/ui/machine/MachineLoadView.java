package com.cyclex.ui.machine;

import com.cyclex.api.AccountInfo;
import com.cyclex.member.MemberRegistry;
import com.cyclex.ui.Terminal;
import com.cyclex.ui.entry.Shortcut;
import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * This computer's load next to the cores it has sold: total and per-core CPU, memory, and two minutes of CPU in
 * cores under the cores committed to leases and asks; below, the spare cores the operator declares.
 */
public final class MachineLoadView extends VBox {
    private final MachineLoadModel model;
    private final SampleFeed feed;
    private final Label cpu = new Label("–");
    private final Label size = new Label("Measuring…");
    private final Label memory = new Label("Memory –");
    private final ProgressBar memoryBar = new ProgressBar(0);
    private final CoreStrip cores = new CoreStrip();
    private final LoadChart chart;
    private final Label usedValue = legendValue("machine-used");
    private final Label leasedValue = legendValue("machine-leased");
    private final Label asksValue = legendValue("machine-asks");
    private final Label declaredValue = legendValue("machine-declared");
    private final Label spareValue = legendValue("machine-spare");
    private final Label jobsValue = legendValue("machine-jobs");
    private final Label cyclexValue = legendValue("machine-cyclex");

    public MachineLoadView(Terminal terminal) {
        this(terminal, new OshiSampler(1000));
    }

    /** With another sampler: tests feed fake samples. */
    public MachineLoadView(Terminal terminal, MachineSampler sampler) {
        model = new MachineLoadModel(terminal.client(), terminal.me(), Platform::runLater);
        model.setOnRejected(r -> terminal.notices().rejected("Spare cores", r));
        feed = new SampleFeed(sampler);
        chart = new LoadChart(model.history());

        getStyleClass().addAll("panel", "machine-load");
        getStylesheets().add(MachineLoadView.class.getResource("machine.css").toExternalForm());
        getChildren().addAll(header(), meters(), chart, legend(), declareRow(), message());
        VBox.setVgrow(chart, Priority.ALWAYS);

        model.latestProperty().addListener((obs, old, sample) -> showSample(sample));
        model.accountProperty().addListener((obs, old, account) -> showAccount(account));
        terminal.live().onEvents(model::onEvents);
        terminal.live().query(() -> terminal.client().account(terminal.me()), model::initialAccount);
        terminal.live().onFrame(now -> {
            MachineSample sample = feed.take();
            if (sample != null) {
                model.accept(sample);
            } else if (feed.failure() != null && model.latest() == null) {
                size.setText("Load unavailable: " + feed.failure());
            }
        });
        // Sample only while the panel is on a showing window: a closed terminal leaves no thread measuring.
        showing().addListener((obs, was, is) -> {
            if (is) {
                feed.start();
            } else {
                feed.stop();
            }
        });
        if (showing().getValue()) {
            feed.start();
        }
    }

    /** The view model, for tests that drive the panel without a sampler. */
    MachineLoadModel model() {
        return model;
    }

    private ObservableValue<Boolean> showing() {
        return sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::showingProperty).orElse(false);
    }

    private HBox header() {
        Label title = new Label("This machine");
        title.getStyleClass().add("panel-title");
        size.getStyleClass().add("muted");
        cpu.setId("machine-cpu");
        cpu.getStyleClass().addAll("machine-cpu", "numeric");
        Label cpuCaption = new Label("CPU");
        cpuCaption.getStyleClass().add("muted");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(8, title, size, spacer, cpuCaption, cpu);
        row.setAlignment(Pos.BASELINE_LEFT);
        return row;
    }

    private HBox meters() {
        Label perCore = new Label("Per core");
        perCore.getStyleClass().add("caption");
        VBox coreBox = new VBox(2, perCore, cores);
        HBox.setHgrow(coreBox, Priority.ALWAYS);
        memory.setId("machine-memory");
        memory.getStyleClass().addAll("caption", "numeric");
        memoryBar.getStyleClass().add("memory-bar");
        memoryBar.setMaxWidth(Double.MAX_VALUE);
        VBox memoryBox = new VBox(6, memory, memoryBar);
        memoryBox.setPrefWidth(150);
        memoryBox.setMinWidth(120);
        HBox row = new HBox(14, coreBox, memoryBox);
        row.setAlignment(Pos.BOTTOM_LEFT);
        return row;
    }

    private VBox legend() {
        // Rows that wrap: a narrow panel moves an item to the next line instead of cutting its name to "…".
        FlowPane row = legendRow(
                legendItem("CPU in use", "used", usedValue, "Work this machine is doing now, in cores."),
                legendItem("Leased", "leased", leasedValue, "Cores sold in leases not yet delivered."),
                legendItem("On asks", "asks", asksValue, "Cores offered in open asks, stacked on the leased ones."),
                legendItem("Declared", "declared", declaredValue, "Spare cores this member may sell."),
                legendItem("Spare", null, spareValue, "Declared cores neither leased nor on asks."));
        // A line of its own: the part of the machine's work that is Cyclex's, and of that what buyers' jobs take.
        FlowPane ours = legendRow(
                legendItem("Cyclex app", null, cyclexValue, "Cores this Cyclex app uses now: the terminal, the exchange it hosts and the jobs it runs."),
                legendItem("Jobs sold", "jobs", jobsValue, "Cores the jobs bought from you run on now: the green part of the chart."));
        return new VBox(2, row, ours);
    }

    private static FlowPane legendRow(HBox... items) {
        FlowPane row = new FlowPane(12, 2, items);
        row.getStyleClass().add("machine-legend");
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static HBox legendItem(String text, String swatchClass, Label value, String tip) {
        Label name = new Label(text);
        name.getStyleClass().add("muted");
        HBox item = new HBox(4);
        item.setAlignment(Pos.CENTER_LEFT);
        if (swatchClass != null) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("swatch", swatchClass);
            item.getChildren().add(swatch);
        }
        item.getChildren().addAll(name, value);
        name.setMinWidth(Region.USE_PREF_SIZE);
        value.setMinWidth(Region.USE_PREF_SIZE);
        item.setMinWidth(Region.USE_PREF_SIZE);
        Tooltip.install(item, new Tooltip(tip));
        return item;
    }

    private static Label legendValue(String id) {
        Label value = new Label("–");
        value.setId(id);
        value.getStyleClass().addAll("legend-value", "numeric");
        return value;
    }

    private HBox declareRow() {
        Label caption = new Label("Spare cores to sell");
        Spinner<Integer> spinner = new Spinner<>();
        spinner.setId("machine-spare-spinner");
        SpinnerValueFactory.IntegerSpinnerValueFactory values =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(0, MemberRegistry.MAX_CORES, 0);
        spinner.setValueFactory(values);
        spinner.setEditable(true);
        spinner.setPrefWidth(90);
        values.valueProperty().bindBidirectional(model.spareToDeclareProperty());
        // A typed figure counts once the field loses focus or Enter is pressed, as with any spinner; Declare
        // commits it first so the operator's last keystrokes are what is sent.
        Button declare = new Button("Declare");
        declare.setId("machine-declare");
        declare.disableProperty().bind(model.sendingProperty());
        declare.setOnAction(e -> {
            spinner.commitValue();
            model.declare();
        });
        declare.setDefaultButton(false);
        declare.setTooltip(new Tooltip(Shortcut.DECLARE.tooltip("Declare how many spare cores of this computer you sell")));
        Shortcut.DECLARE.bind(this, declare::fire);
        spinner.getEditor().setOnAction(e -> declare.fire());

        // The controls keep their size however narrow the panel; the message has a line of its own below.
        caption.setMinWidth(Region.USE_PREF_SIZE);
        spinner.setMinWidth(Region.USE_PREF_SIZE);
        declare.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(8, caption, spinner, declare);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("declare-row");
        return row;
    }

    /** What became of the last declaration, or a word about the spare cores; takes no room when there is none. */
    private Label message() {
        Label message = new Label();
        message.setId("machine-message");
        message.getStyleClass().add("machine-message");
        message.setMinWidth(0);
        message.textProperty().bind(Bindings.createStringBinding(() -> {
            if (!model.messageProperty().get().isEmpty()) {
                return model.messageProperty().get();
            }
            MachineSample s = model.latest();
            if (model.suggestedProperty().get() && s != null) {
                return "Suggested " + model.spareToDeclareProperty().get() + " of " + s.logicalCores()
                        + " cores: one kept for you.";
            }
            AccountInfo a = model.account();
            if (a != null && s != null && a.declaredCores() > s.logicalCores()) {
                // The exchange cannot know the machine's size; the operator should, before selling cores it lacks.
                return "Declared " + a.declaredCores() + " cores, but this machine has " + s.logicalCores() + ".";
            }
            return "";
        }, model.messageProperty(), model.suggestedProperty(), model.latestProperty(), model.accountProperty()));
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(message.textProperty());
        message.setTooltip(tip);
        return message;
    }

    private void showSample(MachineSample s) {
        cpu.setText(percent(s.cpuLoad()));
        size.setText(s.logicalCores() + " logical " + (s.logicalCores() == 1 ? "core" : "cores"));
        memory.setText("Memory " + gib(s.memoryUsed()) + " / " + gib(s.memoryTotal()) + " GiB");
        memoryBar.setProgress(s.memoryTotal() == 0 ? 0 : (double) s.memoryUsed() / s.memoryTotal());
        cores.show(s.coreLoads());
        usedValue.setText(String.format(Locale.ROOT, "%.1f", s.usedCores()));
        jobsValue.setText(String.format(Locale.ROOT, "%.1f", s.jobCores()));
        cyclexValue.setText(String.format(Locale.ROOT, "%.1f", s.cyclexCores()));
        chart.redraw(s.logicalCores());
    }

    private void showAccount(AccountInfo a) {
        leasedValue.setText(Long.toString(a.leasedCores()));
        asksValue.setText(Long.toString(a.askCores()));
        declaredValue.setText(Integer.toString(a.declaredCores()));
        spareValue.setText(Long.toString(a.spareCores()));
    }

    private static String percent(double load) {
        return String.format(Locale.ROOT, "%.0f%%", load * 100);
    }

    private static String gib(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024 * 1024));
    }
}
