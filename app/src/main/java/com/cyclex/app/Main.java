package com.cyclex.app;

import picocli.CommandLine;

/** The entry point: a plain class (not a JavaFX Application) so the app also starts from a plain classpath. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        return new CommandLine(new CyclexCommand())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .execute(args);
    }
}
