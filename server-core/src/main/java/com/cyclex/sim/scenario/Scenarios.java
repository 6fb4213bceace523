package com.cyclex.sim.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Finds a scenario by file path, or by the name of one shipped with the app (resources/scenarios). */
public final class Scenarios {
    /** Where the app's jar carries the shipped scenarios (the repo's resources/ is packaged under /cyclex). */
    public static final String SHIPPED = "/cyclex/scenarios/";
    /** The shipped scenarios, in the order a listing shows them. */
    public static final List<String> NAMES = List.of("smith-1962-chart-1", "gode-sunder-1993-market-1",
            "gode-sunder-1993-market-2", "gode-sunder-1993-market-3", "gode-sunder-1993-market-4",
            "gode-sunder-1993-market-5", "cliff-1997-demand-shift");
    public static final String EXTENSION = ".scenario";

    private Scenarios() {
    }

    /**
     * A file when {@code nameOrPath} is one, else the shipped scenario of that name (with or without its extension).
     *
     * @throws IllegalArgumentException when there is neither, with a sentence that says so
     * @throws ScenarioException when the file has a mistake
     */
    public static Scenario load(String nameOrPath) {
        Path path = Path.of(nameOrPath);
        if (Files.isRegularFile(path)) {
            try {
                return ScenarioParser.parse(Files.readString(path, StandardCharsets.UTF_8), path.getFileName().toString());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + path + ": " + e.getMessage(), e);
            }
        }
        String name = nameOrPath.endsWith(EXTENSION) ? nameOrPath : nameOrPath + EXTENSION;
        try (InputStream in = Scenarios.class.getResourceAsStream(SHIPPED + name)) {
            if (in == null) {
                throw new IllegalArgumentException("There is no scenario file " + nameOrPath + ", and no shipped scenario of that name;"
                        + " the shipped ones are " + String.join(", ", NAMES) + ".");
            }
            return ScenarioParser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
