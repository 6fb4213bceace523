package com.cyclex.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.api.Command;
import com.cyclex.api.ExchangeReader;
import com.cyclex.bench.BenchStream;
import com.cyclex.store.DataDir;
import com.cyclex.store.DataDirLockedException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real crash: another JVM runs a host, and is killed outright (SIGKILL: no shutdown hook, no final write)
 * while it acknowledges commands. Everything it acknowledged must be in the data dir afterwards, and its lock
 * must be gone with it. Simulated crashes in the same JVM cannot show the first: they stop the database
 * politely compared to this.
 */
class ProcessCrashTest {
    private static final int COMMANDS = 3_000;
    private static final long SEED = 20_261_125L;
    private static final int KILL_AFTER_ACKS = 400;

    @TempDir
    Path dir;

    @Test
    void aKilledHostLosesNoAcknowledgedCommandAndFreesItsDataDir() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // The child lives a few seconds, so its start-up is what counts: the quick compiler only, a small heap.
        Process child = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"),
                CrashChild.class.getName(), dir.toString(), Integer.toString(COMMANDS), Long.toString(SEED))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                int acks = 0;
                while ((line = in.readLine()) != null) {
                    lines.add(line);
                    // Killed from here, the moment the acknowledgement is read, so the kill lands as close as it
                    // can to it: an acknowledgement sent before its batch reached the disk would then be lost.
                    if (line.startsWith("ACK ") && ++acks == KILL_AFTER_ACKS) {
                        child.destroyForcibly();
                    }
                }
            } catch (IOException e) {
                lines.add("READ FAILED " + e);
            }
        });
        reader.start();
        try {
            waitFor(() -> !lines.isEmpty(), child, "the child to open its data dir");
            assertEquals("OPEN " + child.pid(), lines.get(0));

            // While the child runs, the data dir is its alone, and the refusal names it.
            DataDirLockedException locked = assertThrows(DataDirLockedException.class, () -> DataDir.open(dir));
            assertTrue(locked.getMessage().contains("is in use by another Cyclex (process " + child.pid() + ")"),
                    locked.getMessage());
            child.getOutputStream().write("GO\n".getBytes(StandardCharsets.UTF_8));
            child.getOutputStream().flush();

            assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child is killed after " + KILL_AFTER_ACKS
                    + " acknowledgements");
            assertTrue(acks(lines) >= KILL_AFTER_ACKS, "the child died before it was killed");
        } finally {
            child.destroyForcibly();
        }
        assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child died");
        reader.join(TimeUnit.SECONDS.toMillis(30));

        // Every line the child printed before it died; acknowledgements are numbered from 0, in order.
        List<String> acknowledged = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("ACK ")) {
                String[] parts = line.split(" ", 3);
                assertEquals(acknowledged.size(), Integer.parseInt(parts[1]), "acknowledgements arrive in order");
                acknowledged.add(parts[2]);
            }
        }
        assertTrue(acknowledged.size() < COMMANDS, "the kill landed after the whole stream; it proves little then");

        BenchStream stream = CrashChild.stream(COMMANDS, SEED);
        Command[] commands = stream.commands();
        Reference reference = new Reference();
        stream.setup().forEach(c -> reference.apply(c, CrashChild.TIME));
        for (int i = 0; i < acknowledged.size(); i++) {
            assertEquals(reference.apply(commands[i], CrashChild.TIME).toString(), acknowledged.get(i),
                    "the child was told the result the command really had");
        }

        // Opening at all shows the dead child's lock went with it.
        try (ExchangeHost host = ExchangeHost.open(dir, CrashChild.OPTIONS)) {
            long lastSeq = host.recovered().lastSeq();
            assertTrue(lastSeq >= reference.journaled(), "the journal ends at " + lastSeq + " but the "
                    + acknowledged.size() + " acknowledged commands reach " + reference.journaled());
            // The next commands may have been committed with their acknowledgement still unprinted.
            int next = acknowledged.size();
            while (reference.journaled() < lastSeq) {
                reference.apply(commands[next++], CrashChild.TIME);
            }
            assertEquals(reference.stateHash(), (long) host.read(ExchangeReader::stateHash),
                    "recovered: the setup, " + acknowledged.size() + " acknowledged commands and "
                            + (next - acknowledged.size()) + " committed but unacknowledged");
            assertEquals(0, host.read(ExchangeReader::ledgerTotals).sum(), "credits are conserved");
        }
    }

    private static long acks(List<String> lines) {
        return lines.stream().filter(l -> l.startsWith("ACK ")).count();
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, Process child, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            assertTrue(child.isAlive(), "the child died while waiting for " + what + " (exit " + exitOf(child) + ")");
            assertTrue(System.nanoTime() < deadline, "timed out waiting for " + what);
            Thread.sleep(5);
        }
    }

    private static String exitOf(Process p) {
        try {
            return Integer.toString(p.exitValue());
        } catch (IllegalThreadStateException e) {
            return "none yet";
        }
    }
}
