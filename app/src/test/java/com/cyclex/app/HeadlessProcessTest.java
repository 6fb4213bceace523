package com.cyclex.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cyclex --headless} as a real process, stopped as Ctrl-C or a service manager stops it (SIGTERM): with
 * {@code --demo} it starts the demo marketplace, the next start resumes the robots by itself, each stop says what was
 * saved, and the log file in the data dir tells the same story.
 */
class HeadlessProcessTest {
    private static final long WAIT_SECONDS = 90;

    @TempDir
    Path dir;

    @Test
    void headlessWithDemoStartsTheRobotsResumesThemNextTimeAndSaysWhatWasSavedOnStop() throws Exception {
        Host first = Host.start(dir, "--demo", "--demo-rate", "200");
        first.awaitLine(l -> l.startsWith("Hosting with no window"));
        assertTrue(first.has(l -> l.equals("Demo marketplace started: 200 commands/s (set with --demo-rate).")), first.text());
        String saved = first.stop();
        assertTrue(saved.matches("Saved: a checkpoint after command [\\d,]+, the last one acknowledged; every"
                + " acknowledged command is on disk\\."), first.text());

        Host second = Host.start(dir);
        second.awaitLine(l -> l.startsWith("Hosting with no window"));
        assertTrue(second.has(l -> l.startsWith("Demo robots resumed: 20 commands/s")), second.text());
        assertTrue(second.has(l -> l.contains("4 markets")), "the demo's markets were recovered: " + second.text());
        assertTrue(second.stop().startsWith("Saved: a checkpoint after command "), second.text());

        String log = Files.readString(dir.resolve("logs/cyclex.log"));
        for (String expected : List.of("Cyclex 0.1.0 starting with no window and the demo on ", "Recovered the exchange in ", "Opened in ",
                "Demo marketplace started", "Demo robots resumed", "Stop asked for (signal)", "Closed. Saved: a checkpoint after command ")) {
            assertTrue(log.contains(expected), expected + " in the log:\n" + log);
        }
    }

    /** One child JVM running {@code Main --headless} on the data dir, its standard output read line by line. */
    private record Host(Process process, List<String> lines) {
        static Host start(Path dir, String... more) throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx384m", "-XX:TieredStopAtLevel=1",
                    "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "--headless", "--data-dir", dir.toString()));
            command.addAll(List.of(more));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            List<String> lines = new CopyOnWriteArrayList<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = in.readLine()) != null; ) {
                        lines.add(line);
                    }
                } catch (IOException e) {
                    lines.add("READ FAILED " + e);
                }
            }, "headless-child-reader");
            reader.setDaemon(true);
            reader.start();
            return new Host(p, lines);
        }

        void awaitLine(Predicate<String> line) throws InterruptedException {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
            while (!has(line)) {
                if (!process.isAlive() || System.nanoTime() > until) {
                    process.destroyForcibly();
                    throw new AssertionError("the host did not get there; it printed:\n" + text());
                }
                Thread.sleep(50);
            }
        }

        boolean has(Predicate<String> line) {
            return lines.stream().anyMatch(line);
        }

        /** SIGTERM, as Ctrl-C or a service manager sends; returns the line saying what was saved. */
        String stop() throws InterruptedException {
            // Through the handle: Process.destroy() would also close our end of its output before we read it.
            process.toHandle().destroy();
            boolean ended = process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS);
            if (!ended) {
                process.destroyForcibly();
            }
            assertTrue(ended, "the host stops on SIGTERM: " + text());
            awaitEndOfOutput();
            return lines.stream().filter(l -> l.startsWith("Saved") || l.startsWith("Closed")).findFirst()
                    .orElseThrow(() -> new AssertionError("nothing said about what was saved:\n" + text()));
        }

        private void awaitEndOfOutput() throws InterruptedException {
            // The reader may still be draining the pipe after the process ended.
            for (int i = 0; i < 100 && !has(l -> l.startsWith("Saved") || l.startsWith("Closed")); i++) {
                Thread.sleep(50);
            }
            assertEquals(false, process.isAlive());
        }

        String text() {
            return String.join("\n", lines);
        }
    }
}
