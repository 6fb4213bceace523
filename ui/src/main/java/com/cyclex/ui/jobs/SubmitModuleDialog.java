package com.cyclex.ui.jobs;

import com.cyclex.lease.Lease;
import com.cyclex.ui.Notices;
import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * "Submit your own module": a WASI preview 1 command (a .wasm file from any language), its command line (the
 * program's name first, as a shell would give it) and, if it reads one, an input file for its stdin.
 */
final class SubmitModuleDialog extends JobDialog {
    /** Submits a module file with a command line and an input file (or null) on a lease. */
    interface Submit {
        CompletableFuture<JobSubmitter.Submitted> module(long lease, Path module, List<String> args, Path input);
    }

    private final Submit submit;
    private final TextField commandLine = new TextField();
    private final Label moduleName = new Label("No module chosen.");
    private final Label inputName = new Label("No input: stdin is empty.");
    private Path module;
    private Path input;

    SubmitModuleDialog(Window owner, List<Lease> leases, IntFunction<String> marketSymbol, Notices notices, Submit submit) {
        super(owner, "Submit your own module", "Submit", leases, marketSymbol, notices);
        this.submit = submit;
        Button chooseModule = new Button("Module…");
        chooseModule.setId("choose-module");
        chooseModule.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("A WebAssembly module (WASI preview 1 command)");
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("WebAssembly modules", "*.wasm"),
                    new FileChooser.ExtensionFilter("Every file", "*"));
            File f = chooser.showOpenDialog(getDialogPane().getScene().getWindow());
            if (f != null) {
                module(f.toPath());
            }
        });
        Button chooseInput = new Button("Input…");
        chooseInput.setId("choose-input");
        chooseInput.setOnAction(e -> {
            File f = new FileChooser().showOpenDialog(getDialogPane().getScene().getWindow());
            if (f != null) {
                input(f.toPath());
            }
        });
        Button noInput = new Button("No input");
        noInput.setOnAction(e -> input(null));
        commandLine.setId("module-command-line");
        commandLine.setPromptText("program arg1 arg2 (split at spaces)");
        commandLine.setPrefColumnCount(28);
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(8);
        g.addRow(0, chooseModule, moduleName);
        g.addRow(1, label("Command line"), commandLine);
        g.addRow(2, chooseInput, new VBox(4, inputName, noInput));
        Label note = new Label("The module runs in the seller's sandbox: no files, no network, no clock; its stdin is the"
                + " input, its stdout the output. See docs/jobs.md.");
        note.getStyleClass().add("muted");
        note.setWrapText(true);
        note.setMaxWidth(460);
        setForm(new VBox(10, g, note));
    }

    /** Takes this file as the module; the command line starts with its name unless one was typed. */
    void module(Path file) {
        module = file;
        moduleName.setText(file.getFileName().toString());
        if (commandLine.getText().isBlank()) {
            String name = file.getFileName().toString();
            commandLine.setText(name.endsWith(".wasm") ? name.substring(0, name.length() - 5) : name);
        }
    }

    void input(Path file) {
        input = file;
        inputName.setText(file == null ? "No input: stdin is empty." : file.getFileName().toString());
    }

    TextField commandLine() {
        return commandLine;
    }

    @Override
    protected CompletableFuture<JobSubmitter.Submitted> submit(Lease on) {
        if (module == null) {
            throw new IllegalArgumentException("Choose the module to run (a .wasm file).");
        }
        List<String> args = Arrays.stream(commandLine.getText().strip().split("\\s+")).filter(a -> !a.isEmpty()).toList();
        if (args.isEmpty()) {
            throw new IllegalArgumentException("The command line starts with the program's name.");
        }
        return submit.module(on.id(), module, args, input);
    }

    @Override
    protected String done(Lease on, JobSubmitter.Submitted submitted) {
        return "Submitted job " + submitted.jobs().get(0) + " (" + module.getFileName() + ") to lease " + on.id() + ".";
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("job-form-label");
        return l;
    }
}
