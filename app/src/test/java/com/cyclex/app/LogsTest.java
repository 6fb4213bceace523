package com.cyclex.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogsTest {
    @TempDir
    Path dir;

    @AfterEach
    void forget() {
        System.clearProperty("org.slf4j.simpleLogger.logFile");
    }

    @Test
    void theLogGoesToTheDataDir() {
        Path log = Logs.toFile(dir);
        assertEquals(dir.toAbsolutePath().resolve("logs/cyclex.log"), log);
        assertEquals(log.toString(), System.getProperty("org.slf4j.simpleLogger.logFile"));
    }

    @Test
    void aLogPastTenMegabytesMakesWayForANewOne() throws Exception {
        Path logs = Files.createDirectories(dir.resolve("logs"));
        Files.write(logs.resolve("cyclex.log"), new byte[(int) Logs.ROLL_AT_BYTES + 1]);
        Logs.toFile(dir);
        assertTrue(Files.exists(logs.resolve("cyclex.log.1")));
        assertFalse(Files.exists(logs.resolve("cyclex.log")));
    }
}
