package com.cyclex.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.FileAppender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.slf4j.MarkerFactory;

/**
 * Sends the log to a file in the data dir, where an installed app's log can be found (a double-clicked app has no
 * console): start, recovery, checkpoints, refusals of note and failures, at INFO. Appends, so a second start (or
 * one that is refused) never wipes what the running one wrote; warnings also go to standard error.
 */
final class Logs {
    static final long ROLL_AT_BYTES = 10L * 1024 * 1024;
    private static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{0} - %msg%n";

    /** On a log line whose sentence was already printed on standard error: the console leaves it out. */
    static final Marker SAID = MarkerFactory.getMarker("SAID_ON_STDERR");

    private Logs() {
    }

    /** Logs to {@code <dataDir>/logs/cyclex.log}, keeping the previous 10 MB as cyclex.log.1. Returns the file, or null. */
    static Path toFile(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().resolve("logs");
        Path file = dir.resolve("cyclex.log");
        try {
            Files.createDirectories(dir);
            if (Files.exists(file) && Files.size(file) > ROLL_AT_BYTES) {
                Files.move(file, dir.resolve("cyclex.log.1"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // No log file then: warnings stay on standard error, which is better than not starting.
            LoggerFactory.getLogger(Logs.class).warn("Cannot keep a log in {}: {}", dir, e.toString());
            return null;
        }
        configure((LoggerContext) LoggerFactory.getILoggerFactory(), file);
        return file;
    }

    /** Warnings to standard error and, with a file, everything from INFO up to it. */
    static void configure(LoggerContext context, Path file) {
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.detachAndStopAllAppenders();
        root.setLevel(file == null ? LogDefaults.consoleLevel() : Level.INFO);
        // Libraries speak at INFO about things nobody running an exchange needs to read.
        context.getLogger("org.jooq").setLevel(Level.WARN);
        context.getLogger("oshi").setLevel(Level.WARN);
        context.getLogger("org.h2").setLevel(Level.WARN);

        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("stderr");
        console.setTarget("System.err");
        console.setEncoder(encoder(context));
        ThresholdFilter warnings = new ThresholdFilter();
        warnings.setLevel(LogDefaults.consoleLevel().toString());
        warnings.start();
        console.addFilter(warnings);
        console.addFilter(new NotSaidYet());
        console.start();
        root.addAppender(console);

        if (file != null) {
            FileAppender<ILoggingEvent> out = new FileAppender<>();
            out.setContext(context);
            out.setName("file");
            out.setFile(file.toString());
            out.setAppend(true);
            out.setEncoder(encoder(context));
            out.start();
            root.addAppender(out);
        }
    }

    private static PatternLayoutEncoder encoder(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        return encoder;
    }

    /** Keeps a line marked {@link #SAID} off the console, where its sentence already stands. */
    private static final class NotSaidYet extends Filter<ILoggingEvent> {
        NotSaidYet() {
            start();
        }

        @Override
        public FilterReply decide(ILoggingEvent event) {
            return event.getMarkerList() != null && event.getMarkerList().contains(SAID) ? FilterReply.DENY : FilterReply.NEUTRAL;
        }
    }
}
