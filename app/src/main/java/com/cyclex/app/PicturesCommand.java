package com.cyclex.app;

import com.cyclex.agent.Delivery;
import com.cyclex.host.ExchangeHost;
import com.cyclex.host.LocalClient;
import com.cyclex.ui.PicturesApp;
import com.cyclex.ui.TerminalOptions;
import com.cyclex.ui.jobs.JobBlobs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cyclex pictures}: the README's screenshots, made on purpose (tests never write into docs/). Runs the demo
 * marketplace on a fresh, temporary data dir, lets it trade, and writes terminal.png, order-history.png,
 * host-view.png and jobs-view.png.
 */
@Command(name = "pictures", mixinStandardHelpOptions = true,
        description = {"Writes the README's pictures (terminal.png, order-history.png, host-view.png, jobs-view.png) from the real"
                + " terminal with the demo marketplace trading, on a temporary data dir. Needs a display, e.g.:",
                "  xvfb-run -a -s \"-screen 0 1480x920x24\" ./cyclex pictures --out docs"})
final class PicturesCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Where to write the pictures.")
    Path out;

    @Option(names = "--seconds", paramLabel = "N", description = "How long the robots trade first (default ${DEFAULT-VALUE}).")
    int seconds = 60;

    @Option(names = "--demo-rate", paramLabel = "N", description = "Commands per second the robots send (default ${DEFAULT-VALUE}).")
    int demoRate = 300;

    @Override
    public Integer call() throws IOException {
        if (seconds < 1 || demoRate < 1) {
            System.err.println("--seconds and --demo-rate are at least 1.");
            return ExitCode.USAGE.code;
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            System.err.println("--out " + out + " is a file, not a folder: give a folder for the pictures.");
            return ExitCode.USAGE.code;
        }
        Files.createDirectories(out);
        Path data = Files.createTempDirectory("cyclex-pictures");
        try {
            ExchangeHost host = ExchangeHost.open(data);
            DemoRobots demo = new DemoRobots(host, demoRate);
            try (LocalClient client = LocalClient.forHost(host)) {
                PicturesApp.run(client, new TerminalOptions(false, demo, "pictures", true)
                        .withJobBlobs(JobBlobs.of(Delivery.on(host).blobs())), out, seconds);
            } catch (UnsupportedOperationException | IllegalStateException e) {
                if (String.valueOf(e.getMessage()).contains("DISPLAY")) {
                    System.err.println("There is no display to take pictures on: run it under xvfb-run (see --help).");
                    return ExitCode.NO_DISPLAY.code;
                }
                throw e;
            } finally {
                demo.stop();
                host.close();
            }
        } finally {
            deleteTree(data);
        }
        System.out.println("Wrote " + out.resolve("terminal.png") + ", " + out.resolve("order-history.png") + ", "
                + out.resolve("host-view.png") + " and " + out.resolve("jobs-view.png"));
        return ExitCode.OK.code;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
