package com.cyclex.sim.scenario;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The robot strategies a scenario may put in a seat. */
public enum RobotKind {
    /** Zero intelligence, unconstrained: any price in the band (Gode and Sunder 1993). */
    ZIU,
    /** Zero intelligence, constrained: a random price that cannot lose on the unit (Gode and Sunder 1993). */
    ZIC,
    /** Zero intelligence plus: a profit margin learnt from the shouts it hears (Cliff 1997). */
    ZIP,
    /** Shouts its limit price. */
    GIVEAWAY,
    /** Improves the best price on its side by one tick, up to its limit. */
    SHAVER,
    /** Waits for the end of the period, then shaves harder as time runs out. */
    SNIPER;

    /** The kind a scenario or command line names (any case, with or without a dash), or null. */
    public static RobotKind named(String word) {
        String w = word.toUpperCase(Locale.ROOT).replace("-", "");
        for (RobotKind k : values()) {
            if (k.name().equals(w)) {
                return k;
            }
        }
        return null;
    }

    /** The kinds as a sentence lists them. */
    public static String list() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
