package com.cyclex.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.LoggerContext;
import com.cyclex.api.AdmitMember;
import com.cyclex.api.RegisterMember;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class LogsTest {
    @TempDir
    Path dir;

    @AfterEach
    void backToTheConsole() {
        // Later tests in this JVM must not write into a deleted temp dir.
        Logs.configure((LoggerContext) LoggerFactory.getILoggerFactory(), null);
    }

    @Test
    void theLogGoesToTheDataDir() {
        Path log = Logs.toFile(dir);
        assertEquals(dir.toAbsolutePath().resolve("logs/cyclex.log"), log);
    }

    @Test
    void aHostLogsItsStartRecoveryAndCheckpointAndASecondStartAppends() throws Exception {
        Path log = Logs.toFile(dir);
        Hosting.Opened first = Hosting.open(dir);
        long id = first.host().execute(new RegisterMember(0, "lab-pc", "")).id();
        first.host().execute(new AdmitMember(1, id));
        // Opening also salts verification once (one command of the host's own), so read the number back.
        long last = first.host().lastSeq();
        Hosting.close(first.host());
        Hosting.close(Hosting.open(dir).host());

        String text = Files.readString(log);
        // The store's own lines (recovery, checkpoints) reach the file as well as the app's.
        assertTrue(text.contains("Recovered the exchange in "), text);
        assertTrue(text.contains("Checkpoint after command " + last + " saved"), text);
        assertTrue(text.contains("INFO  [main] Hosting - Opened in "), text);
        assertTrue(text.contains("Closed. Saved: a checkpoint after command " + last + ", the last one acknowledged"), text);
        assertTrue(text.contains("checkpoint after command " + last + ", 0 commands replayed"),
                "the second start recovered from the first one's checkpoint, and the log kept both: " + text);
        assertEquals(2, text.lines().filter(l -> l.contains("Recovered the exchange in")).count(), text);
    }

    @Test
    void aLogPastTenMegabytesMakesWayForANewOne() throws Exception {
        Path logs = Files.createDirectories(dir.resolve("logs"));
        Files.write(logs.resolve("cyclex.log"), new byte[(int) Logs.ROLL_AT_BYTES + 1]);
        Logs.toFile(dir);
        assertTrue(Files.exists(logs.resolve("cyclex.log.1")));
        assertFalse(Files.size(logs.resolve("cyclex.log")) > Logs.ROLL_AT_BYTES);
    }
}
