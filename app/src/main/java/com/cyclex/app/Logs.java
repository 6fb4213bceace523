package com.cyclex.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Sends the log to a file in the data dir, where an installed app's log can be found (a double-clicked app has
 * no console). Must run before anything logs: slf4j-simple reads its settings once, at the first logger.
 */
final class Logs {
    static final long ROLL_AT_BYTES = 10L * 1024 * 1024;

    private Logs() {
    }

    /** Logs to {@code <dataDir>/logs/cyclex.log}, keeping the previous 10 MB as cyclex.log.1. Returns the file. */
    static Path toFile(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().resolve("logs");
        Path file = dir.resolve("cyclex.log");
        try {
            Files.createDirectories(dir);
            if (Files.exists(file) && Files.size(file) > ROLL_AT_BYTES) {
                Files.move(file, dir.resolve("cyclex.log.1"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // No log file then: the log stays on standard error, which is better than not starting.
            return null;
        }
        System.setProperty("org.slf4j.simpleLogger.logFile", file.toString());
        return file;
    }
}
