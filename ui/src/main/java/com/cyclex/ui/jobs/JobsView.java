package com.cyclex.ui.jobs;

import com.cyclex.api.MarketInfo;
import com.cyclex.job.BlobKind;
import com.cyclex.job.builtin.MandelbrotTile;
import com.cyclex.job.builtin.Workload;
import com.cyclex.lease.Job;
import com.cyclex.lease.JobState;
import com.cyclex.lease.Lease;
import com.cyclex.ui.Terminal;
import com.cyclex.ui.format.Credits;
import com.cyclex.ui.table.ColumnFit;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The operator's jobs: the work it put on the leases it bought and the work running on the cores it sold, each
 * with its state, lease, program, times, cost and output; running a built-in workload or a module of its own on
 * a lease; and the Mandelbrot picture filling in as its tiles come back.
 */
public final class JobsView extends VBox {
    static final String NO_BLOBS = "This terminal cannot store modules or read outputs on this exchange yet: jobs are"
            + " run from the host's terminal for now.";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private final Terminal terminal;
    private final JobBlobs blobs;
    private final JobsModel model;
    private final MandelbrotPicture picture = new MandelbrotPicture();
    private final ExecutorService io = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "cyclex-jobs-blobs");
        t.setDaemon(true);
        return t;
    });
    private final JobSubmitter submitter;
    private final TableView<Job> table = new TableView<>();
    private final Label summary = new Label();
    /** Small outputs read for the table, by job. */
    private final Map<Long, String> texts = new HashMap<>();
    private final Set<Long> reading = new HashSet<>();
    /** What the blob thread read, to be shown at the next frame. */
    private final ConcurrentLinkedQueue<Runnable> arrived = new ConcurrentLinkedQueue<>();

    public JobsView(Terminal terminal) {
        this.terminal = terminal;
        this.blobs = terminal.options().jobBlobs();
        this.model = new JobsModel(terminal.me());
        this.submitter = blobs == null ? null : new JobSubmitter(terminal.client(), blobs, io);
        setId("jobs");
        getStyleClass().addAll("panel", "mine", "jobs");
        for (String css : List.of("/com/cyclex/ui/orders/orders.css", "/com/cyclex/ui/jobs/jobs.css")) {
            var url = JobsView.class.getResource(css);
            if (url != null) {
                getStylesheets().add(url.toExternalForm());
            }
        }

        Button run = button("jobs-run", "Run built-in…", "Run a Mandelbrot picture, a prime count or a Monte Carlo π on a lease you bought");
        run.setOnAction(e -> openRun());
        Button own = button("jobs-module", "Submit module…", "Run a WebAssembly (WASI) program of your own on a lease you bought");
        own.setOnAction(e -> openModule());
        Button save = button("jobs-save", "Save output…", "Save the selected job's output to a file");
        save.setOnAction(e -> saveSelected());
        save.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            Job j = table.getSelectionModel().getSelectedItem();
            return blobs == null || j == null || j.state() != JobState.DONE || j.outputHash() == null;
        }, table.getSelectionModel().selectedItemProperty()));
        summary.setId("jobs-summary");
        summary.getStyleClass().add("muted");
        summary.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(6, run, own, save, gap, summary);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("mine-bar");

        table.setId("jobs-table");
        table.getStyleClass().addAll("mine-table", atlantafx.base.theme.Styles.DENSE, atlantafx.base.theme.Styles.STRIPED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label placeholder = new Label("No jobs yet: buy capacity, then run a built-in workload or your own module on it.");
        placeholder.getStyleClass().add("muted");
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);
        table.setItems(model.jobs());
        TableColumn<Job, String> role = text("Role", 52, j -> model.role(j) == JobsModel.Role.BUYER ? "buyer" : "seller");
        TableColumn<Job, String> lease = number("Lease", 48, j -> Long.toString(j.lease()));
        TableColumn<Job, String> output = number("Output", 60,
                j -> j.state() == JobState.DONE && j.outputHash() != null ? JobWords.size(j.outputBytes()) : "");
        TableColumn<Job, String> submitted = text("Submitted", 68, j -> TIME.format(Instant.ofEpochMilli(j.submittedAt())));
        TableColumn<Job, String> ran = number("Ran", 64, JobWords::runTime);
        TableColumn<Job, String> cost = number("Cost", 64, j -> {
            Long c = model.cost(j);
            return c == null ? "" : Credits.format(c);
        });
        table.getColumns().addAll(List.of(
                number("Job", 48, j -> Long.toString(j.id())),
                role,
                lease,
                text("Program", 150, JobWords::program),
                state(),
                ran,
                cost,
                output,
                submitted,
                text("Result", 160, j -> JobWords.result(j, texts.get(j.id())))));
        ColumnFit.fit(table);
        // Beside the picture these go first, in this order; the row's tooltip still reads them.
        ColumnFit.fold(table, submitted);
        ColumnFit.fold(table, output);
        ColumnFit.fold(table, lease);
        ColumnFit.fold(table, role);
        ColumnFit.fold(table, cost);
        ColumnFit.fold(table, ran);
        HBox.setHgrow(table, Priority.ALWAYS);

        Label caption = new Label();
        caption.setId("mandelbrot-caption");
        caption.getStyleClass().add("muted");
        caption.textProperty().bind(picture.captionProperty());
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        PictureView view = new PictureView(picture);
        VBox.setVgrow(view, Priority.ALWAYS);
        VBox side = new VBox(4, view, caption);
        side.getStyleClass().add("mandelbrot-side");
        caption.maxWidthProperty().bind(side.widthProperty());

        HBox body = new HBox(table, side);
        // The picture is square: as wide as the pane is high, but never more than a third of its width.
        side.prefWidthProperty().bind(javafx.beans.binding.Bindings.min(body.heightProperty().add(8),
                body.widthProperty().divide(3)));
        side.maxWidthProperty().bind(side.prefWidthProperty());
        side.minWidthProperty().bind(javafx.beans.binding.Bindings.max(150, side.prefWidthProperty()));
        table.setMinWidth(220);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(bar, body);
        if (blobs == null) {
            for (Button b : List.of(run, own)) {
                b.setDisable(true);
            }
            Tooltip.install(bar, new Tooltip(NO_BLOBS));
        }
        wire();
        showSummary();
    }

    private void wire() {
        long me = terminal.me();
        var client = terminal.client();
        terminal.live().query(() -> client.jobs(me).exceptionally(e -> List.of())
                        .thenCombine(client.jobHistory(me, JobsModel.FINISHED_LIMIT).exceptionally(e -> List.of()), List::of),
                answer -> follow(model.answered(answer.get(0), answer.get(1))));
        terminal.live().query(() -> client.leaseHistory(me, JobsModel.LEASE_LIMIT).exceptionally(e -> List.of())
                        .thenCombine(client.leases(me).exceptionally(e -> List.of()), (history, open) -> {
                            List<Lease> all = new ArrayList<>(history);
                            all.addAll(open);
                            return all;
                        }),
                leases -> {
                    model.leasesAnswered(leases);
                    table.refresh();
                });
        terminal.live().onEvents(events -> follow(model.apply(events)));
        terminal.live().onFrame(now -> {
            boolean any = false;
            for (Runnable r; (r = arrived.poll()) != null; ) {
                r.run();
                any = true;
            }
            if (any) {
                table.refresh();
                ColumnFit.refit(table);
            }
        });
    }

    /** After jobs changed: the summary, the outputs to read for the table, the tiles to paint. */
    private void follow(List<Job> changed) {
        if (changed.isEmpty()) {
            return;
        }
        showSummary();
        for (Job job : changed) {
            if (job.buyerId() == terminal.me()) {
                MandelbrotTile tile = JobWords.tile(job);
                if (picture.heard(job, tile) && blobs != null) {
                    readOutput(job, bytes -> {
                        byte[] pixels = tile.decode(bytes);
                        return () -> picture.paint(job.id(), tile, pixels);
                    });
                }
            }
            if (job.state() == JobState.DONE && job.outputHash() != null && blobs != null
                    && job.outputBytes() <= JobWords.SMALL_OUTPUT && reading.add(job.id())) {
                readOutput(job, bytes -> {
                    String text = JobWords.shown(job, bytes);
                    return () -> {
                        if (text != null) {
                            texts.put(job.id(), text);
                        }
                    };
                });
            }
        }
        if (texts.size() > 2 * JobsModel.FINISHED_LIMIT) {
            Set<Long> shown = model.jobs().stream().map(Job::id).collect(Collectors.toSet());
            texts.keySet().retainAll(shown);
            reading.retainAll(shown);
        }
    }

    /** Reads a job's output on the blob thread; what {@code then} makes of it runs at the next frame. */
    private void readOutput(Job job, Function<byte[], Runnable> then) {
        CompletableFuture.supplyAsync(() -> then.apply(blobs.get(job.outputHash(), BlobKind.OUTPUT)), io)
                .thenAccept(arrived::add)
                .exceptionally(e -> null); // an output that cannot be read is shown by its size only
    }

    private void showSummary() {
        List<String> parts = new ArrayList<>();
        int running = model.count(JobState.RUNNING) + model.count(JobState.VERIFYING);
        for (Object[] p : new Object[][] {{running, "running"}, {model.count(JobState.QUEUED), "queued"},
                {model.count(JobState.DONE), "done"}, {model.count(JobState.FAILED), "failed"}}) {
            if ((int) p[0] > 0) {
                parts.add(JobWords.grouped((int) p[0]) + " " + p[1]);
            }
        }
        summary.setText(parts.isEmpty() ? "" : String.join(" · ", parts));
    }

    /** Runs built-in work on a lease of the operator's: a picture's tiles start a new picture. What the dialog does. */
    public CompletableFuture<JobSubmitter.Submitted> run(Lease lease, List<? extends Workload> work) {
        if (submitter == null) {
            return CompletableFuture.completedFuture(new JobSubmitter.Submitted(List.of(), 0, NO_BLOBS));
        }
        MandelbrotTile first = RunWorkloadDialog.pictureOf(work);
        if (first != null) {
            long newest = model.jobs().isEmpty() ? 0 : model.jobs().get(0).id();
            picture.start(first.width(), first.height(), first.maxIterations(), newest + 1);
        }
        return submitter.builtIn(lease.id(), work);
    }

    private void openRun() {
        List<Lease> leases = leasesOrSay();
        if (leases != null) {
            new RunWorkloadDialog(window(), leases, this::symbol, terminal.notices(), this::run).show();
        }
    }

    private void openModule() {
        List<Lease> leases = leasesOrSay();
        if (leases != null) {
            new SubmitModuleDialog(window(), leases, this::symbol, terminal.notices(), submitter::module).show();
        }
    }

    private List<Lease> leasesOrSay() {
        List<Lease> leases = model.leasesToRunOn(System.currentTimeMillis());
        if (leases.isEmpty()) {
            terminal.notices().info("You have no open lease to run jobs on: buy capacity first (a bid that trades makes a lease).");
            return null;
        }
        return leases;
    }

    private void saveSelected() {
        Job job = table.getSelectionModel().getSelectedItem();
        if (job == null || job.outputHash() == null || blobs == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the output of job " + job.id());
        chooser.setInitialFileName(JobWords.fileName(job));
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            save(job, file.toPath());
        }
    }

    /** Writes a job's output to a file, off the JavaFX thread, and says how it went. */
    CompletableFuture<Void> save(Job job, Path file) {
        return CompletableFuture.runAsync(() -> {
            try {
                Files.write(file, blobs.get(job.outputHash(), BlobKind.OUTPUT));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, io).whenCompleteAsync((done, error) -> {
            if (error == null) {
                terminal.notices().info("Saved the output of job " + job.id() + " (" + JobWords.size(job.outputBytes()) + ") to "
                        + file + ".");
            } else {
                Throwable cause = error.getCause() != null ? error.getCause() : error;
                terminal.notices().info("The output of job " + job.id() + " was not saved: " + cause.getMessage());
            }
        }, Platform::runLater);
    }

    private String symbol(int market) {
        for (MarketInfo m : terminal.markets().markets()) {
            if (m.id() == market) {
                return m.spec().symbol();
            }
        }
        return "market #" + market;
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    public JobsModel model() {
        return model;
    }

    public MandelbrotPicture picture() {
        return picture;
    }

    public TableView<Job> table() {
        return table;
    }

    private static Button button(String id, String text, String tip) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add(atlantafx.base.theme.Styles.SMALL);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setTooltip(new Tooltip(tip));
        return b;
    }

    private static TableColumn<Job, String> text(String title, double width, Function<Job, String> value) {
        TableColumn<Job, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    private static TableColumn<Job, String> number(String title, double width, Function<Job, String> value) {
        TableColumn<Job, String> c = text(title, width, value);
        c.getStyleClass().add("number-column");
        return c;
    }

    /** The job's state as a coloured tag; a failed job's tag tells why on hover. */
    private static TableColumn<Job, Job> state() {
        TableColumn<Job, Job> c = new TableColumn<>("State");
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        c.setSortable(false);
        c.setPrefWidth(80);
        c.setCellFactory(col -> new TableCell<>() {
            private final Label tag = new Label();
            private final Tooltip why = new Tooltip();

            {
                why.setWrapText(true);
                why.setMaxWidth(360);
            }

            @Override
            protected void updateItem(Job item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                String state = JobWords.state(item.state());
                tag.setText(state);
                List<String> style = List.of("label", "job-state", state);
                if (!tag.getStyleClass().equals(style)) {
                    tag.getStyleClass().setAll(style);
                }
                if (item.state() == JobState.FAILED && item.outcome() != null) {
                    why.setText(item.outcome().sentence());
                    setTooltip(why);
                } else {
                    setTooltip(null);
                }
                setGraphic(tag);
            }
        });
        return c;
    }
}
