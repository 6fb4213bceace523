package com.cyclex.job.builtin;

import java.util.List;

/** One job of a built-in workload: what to run it with, and the output a correct run gives. */
public sealed interface Workload permits PrimeCount, MonteCarloPi, MandelbrotTile {

    /** Which built-in program runs it. */
    BuiltInWorkload kind();

    /** Its argv, the program's name first. */
    List<String> args();

    /** Its stdin: the built-ins take everything from their arguments. */
    default byte[] input() {
        return new byte[0];
    }

    /** The exact stdout a correct run gives, computed in plain Java: what verification compares against. */
    byte[] expectedOutput();
}
