package com.cyclex.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `cyclex simulate` as a user types it: a shipped scenario by name, a file of one's own, and mistakes refused. */
class SimulateCommandTest {
    @TempDir
    Path dir;

    @Test
    void aShippedScenarioRunsAndWritesTheExport() {
        Path out = dir.resolve("out");
        Captured run = Captured.main("simulate", "smith-1962-chart-1", "--robots", "zic", "--periods", "2", "--runs", "3",
                "--seed", "7", "--out", out.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Smith (1962) chart 1, rule classic, 22 seats, 3 runs"), run.out());
        assertTrue(run.out().matches("(?s).*\\n\\s+2\\s+200 \\(6\\)\\s+[\\d.]+ ± [\\d.]+.*"), run.out());
        for (String file : new String[] {"orders.csv", "trades.csv", "periods.csv", "seats.csv", "summary.json"}) {
            assertTrue(Files.isRegularFile(out.resolve(file)), file);
        }
    }

    @Test
    void aScenarioWithAMistakeIsRefusedWithItsLine() throws IOException {
        Path file = dir.resolve("bad.scenario");
        Files.writeString(file, "periods 2\nlength 30 s\nrule clasic\nbuyer B1 100\nseller S1 50\n");
        Captured run = Captured.main("simulate", file.toString(), "--robots", "ZIC", "--out", dir.resolve("out").toString());
        assertEquals(ExitCode.USAGE.code, run.code());
        assertTrue(run.err().contains("bad.scenario, line 3: 'clasic' is not a market rule"), run.err());
    }

    @Test
    void anUnknownScenarioOrRobotIsRefused() {
        Captured noSuch = Captured.main("simulate", "smith-1926", "--out", dir.toString());
        assertEquals(ExitCode.USAGE.code, noSuch.code());
        assertTrue(noSuch.err().contains("the shipped ones are smith-1962-chart-1"), noSuch.err());
        Captured robot = Captured.main("simulate", "smith-1962-chart-1", "--robots", "ZIPP", "--out", dir.toString());
        assertEquals(ExitCode.USAGE.code, robot.code());
        assertTrue(robot.err().contains("--robots takes one of ZIU, ZIC, ZIP"), robot.err());
    }
}
