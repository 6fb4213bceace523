package com.cyclex.sim.scenario;

import java.nio.file.Path;

/** The scenarios shipped in the repo's resources/scenarios, read from the files (tests run in server-core/). */
public final class ShippedScenarios {
    private ShippedScenarios() {
    }

    public static Path path(String name) {
        return Path.of("..", "resources", "scenarios", name + Scenarios.EXTENSION);
    }

    public static Scenario load(String name) {
        return Scenarios.load(path(name).toString());
    }
}
