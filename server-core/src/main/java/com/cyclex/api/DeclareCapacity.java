package com.cyclex.api;

/** A member declares how many cores of its computer it can sell. */
public record DeclareCapacity(long actor, int cores) implements Command {
}
