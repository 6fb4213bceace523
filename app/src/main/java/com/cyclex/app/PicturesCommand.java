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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cyclex pictures}: the README's screenshots, made on purpose (tests never write into docs/). Runs the demo
 * marketplace on a fresh, temporary data dir, lets it trade, and writes terminal.png, order-history.png,
 * host-view.png and jobs-view.png; then, with members that joined over the network (a real gateway on loopback,
 * TLS) trading too, host-network.png (the Host tab's Network section) and participant.png (a joined member's own
 * terminal).
 */
@Command(name = "pictures", mixinStandardHelpOptions = true,
        description = {"Writes the README's pictures (terminal.png, order-history.png, host-view.png, session-view.png,"
                + " jobs-view.png,"
                + " host-network.png, participant.png) from the real"
                + " terminal with the demo marketplace trading, on a temporary data dir. Needs a display, e.g.:",
                "  xvfb-run -a -s \"-screen 0 1480x920x24\" ./cyclex pictures --out docs"})
final class PicturesCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Where to write the pictures.")
    Path out;

    @Option(names = "--seconds", paramLabel = "N", description = "How long the robots trade first (default ${DEFAULT-VALUE}).")
    int seconds = 60;

    @Option(names = "--demo-rate", paramLabel = "N", description = "Commands per second the robots send (default ${DEFAULT-VALUE}).")
    int demoRate = 300;

    @Option(names = "--size", paramLabel = "WxH", description = "Window size in pixels (default ${DEFAULT-VALUE}, the README's).")
    String size = PicturesApp.WIDTH + "x" + PicturesApp.HEIGHT;

    @Override
    public Integer call() throws IOException {
        if (seconds < 1 || demoRate < 1) {
            System.err.println("--seconds and --demo-rate are at least 1.");
            return ExitCode.USAGE.code;
        }
        Matcher wh = Pattern.compile("(\\d{3,4})x(\\d{3,4})").matcher(size);
        if (!wh.matches()) {
            System.err.println("--size " + size + " is not a window size: give width x height in pixels, e.g. 1280x720.");
            return ExitCode.USAGE.code;
        }
        PicturesApp.size(Integer.parseInt(wh.group(1)), Integer.parseInt(wh.group(2)));
        if (Files.exists(out) && !Files.isDirectory(out)) {
            System.err.println("--out " + out + " is a file, not a folder: give a folder for the pictures.");
            return ExitCode.USAGE.code;
        }
        Files.createDirectories(out);
        Path data = Files.createTempDirectory("cyclex-pictures");
        try {
            ExchangeHost host = ExchangeHost.open(data);
            DemoRobots demo = new DemoRobots(host, demoRate);
            com.cyclex.net.Gateway gateway = com.cyclex.net.Gateway.start(new com.cyclex.net.HostAdapter(host), data,
                    com.cyclex.net.GatewayOptions.defaults("127.0.0.1", 0));
            JoinedMembers joined = new JoinedMembers(host, gateway);
            try (LocalClient client = LocalClient.forHost(host)) {
                PicturesApp.run(client, new TerminalOptions(false, demo, "pictures", true, null, Listening.control(gateway))
                                .withJobBlobs(JobBlobs.of(Delivery.on(host).blobs()))
                                .withClassroom(host.attach(new ClassroomOnHost(host, data.resolve("sessions")))),
                        out, seconds, joined.participant(), joined.participantTitle());
            } catch (UnsupportedOperationException | IllegalStateException e) {
                if (String.valueOf(e.getMessage()).contains("DISPLAY")) {
                    System.err.println("There is no display to take pictures on: run it under xvfb-run (see --help).");
                    return ExitCode.NO_DISPLAY.code;
                }
                throw e;
            } finally {
                joined.close();
                gateway.close();
                demo.stop();
                host.close();
            }
        } finally {
            deleteTree(data);
        }
        System.out.println("Wrote " + out.resolve("terminal.png") + ", " + out.resolve("order-history.png") + ", "
                + out.resolve("host-view.png") + ", " + out.resolve("session-view.png") + ", " + out.resolve("jobs-view.png")
                + ", " + out.resolve("host-network.png")
                + " and " + out.resolve("participant.png"));
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
