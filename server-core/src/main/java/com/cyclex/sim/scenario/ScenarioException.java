package com.cyclex.sim.scenario;

/** A scenario file that cannot be used, with a sentence that names the line and what is wrong on it. */
public final class ScenarioException extends RuntimeException {
    private final int line;

    public ScenarioException(String source, int line, String problem) {
        super(source + ", line " + line + ": " + problem);
        this.line = line;
    }

    /** The 1-based line the problem is on. */
    public int line() {
        return line;
    }
}
