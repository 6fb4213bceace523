package com.cyclex.ui.jobs;

import com.cyclex.job.builtin.MandelbrotTile;
import com.cyclex.job.builtin.Workload;
import com.cyclex.lease.Lease;
import com.cyclex.ui.Notices;
import com.cyclex.ui.entry.SegmentedChoice;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * "Run a built-in workload": a Mandelbrot picture in tiles, a prime count over a range, or a Monte Carlo π,
 * on one of the operator's leases. A count or an estimate is split into one job per core of the lease.
 */
final class RunWorkloadDialog extends JobDialog {
    private final ObjectProperty<WorkloadForm.Kind> kind = new SimpleObjectProperty<>(WorkloadForm.Kind.MANDELBROT);
    private final TextField width = field("mandelbrot-width", "512");
    private final TextField height = field("mandelbrot-height", "512");
    private final TextField tile = field("mandelbrot-tile", "64");
    private final TextField iterations = field("mandelbrot-iterations", "256");
    private final TextField from = field("primes-from", "0");
    private final TextField to = field("primes-to", "2,000,000");
    private final TextField samples = field("pi-samples", "4,000,000");
    private final TextField seed = field("pi-seed", "1");
    /** Runs the chosen work on a lease; a picture's first tile is the picture's size, so the view can start it. */
    private final BiFunction<Lease, List<? extends Workload>, CompletableFuture<JobSubmitter.Submitted>> run;

    RunWorkloadDialog(Window owner, List<Lease> leases, IntFunction<String> marketSymbol, Notices notices,
                      BiFunction<Lease, List<? extends Workload>, CompletableFuture<JobSubmitter.Submitted>> run) {
        super(owner, "Run a built-in workload", "Run", leases, marketSymbol, notices);
        this.run = run;
        SegmentedChoice<WorkloadForm.Kind> choice = new SegmentedChoice<>(Arrays.asList(WorkloadForm.Kind.values()),
                WorkloadForm.Kind::label, kind);
        choice.setId("workload-kind");
        GridPane picture = grid(new Object[][] {{"Picture (pixels)", width, "×", height},
                {"Tiles of", tile, "pixels a side", null}, {"Iterations", iterations, null, null}});
        GridPane primes = grid(new Object[][] {{"Count primes from", from, "to", to}});
        GridPane pi = grid(new Object[][] {{"Samples", samples, null, null}, {"Seed", seed, null, null}});
        StackPane forms = new StackPane(picture, primes, pi);
        Runnable show = () -> {
            picture.setVisible(kind.get() == WorkloadForm.Kind.MANDELBROT);
            primes.setVisible(kind.get() == WorkloadForm.Kind.PRIMES);
            pi.setVisible(kind.get() == WorkloadForm.Kind.PI);
        };
        kind.addListener(o -> show.run());
        show.run();
        Label note = new Label("A count or an estimate is split into one job per core of the lease; a picture is one job per tile.");
        note.getStyleClass().add("muted");
        note.setWrapText(true);
        note.setMaxWidth(460);
        setForm(new VBox(10, choice, forms, note));
    }

    /** Which workload the form shows. */
    ObjectProperty<WorkloadForm.Kind> kind() {
        return kind;
    }

    @Override
    protected CompletableFuture<JobSubmitter.Submitted> submit(Lease on) {
        int parts = (int) Math.max(1, Math.min(64, on.cores()));
        List<? extends Workload> work = switch (kind.get()) {
            case MANDELBROT -> WorkloadForm.mandelbrot(width.getText(), height.getText(), tile.getText(), iterations.getText());
            case PRIMES -> WorkloadForm.primes(from.getText(), to.getText(), parts);
            case PI -> WorkloadForm.pi(samples.getText(), seed.getText(), parts);
        };
        return run.apply(on, work);
    }

    @Override
    protected String done(Lease on, JobSubmitter.Submitted submitted) {
        int n = submitted.jobs().size();
        String what = switch (kind.get()) {
            case MANDELBROT -> n == 1 ? "Mandelbrot tile" : "Mandelbrot tiles";
            case PRIMES -> n == 1 ? "prime count" : "prime counts";
            case PI -> n == 1 ? "Monte Carlo π job" : "Monte Carlo π jobs";
        };
        return "Submitted " + n + " " + what + " to lease " + on.id() + ".";
    }

    /** The picture the first tile of a run belongs to, or null when the run is no picture. */
    static MandelbrotTile pictureOf(List<? extends Workload> work) {
        return !work.isEmpty() && work.get(0) instanceof MandelbrotTile t ? t : null;
    }

    private static TextField field(String id, String text) {
        TextField f = new TextField(text);
        f.setId(id);
        f.setPrefColumnCount(8);
        f.getStyleClass().add("job-number");
        return f;
    }

    private static GridPane grid(Object[][] rows) {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                Object cell = rows[r][c];
                if (cell instanceof String s) {
                    Label l = new Label(s);
                    l.getStyleClass().add("job-form-label");
                    g.add(l, c, r);
                } else if (cell instanceof javafx.scene.Node n) {
                    g.add(n, c, r);
                }
            }
        }
        return g;
    }
}
