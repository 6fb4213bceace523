package com.cyclex.api;

/** The host suspends an active member; its open orders are pulled. */
public record SuspendMember(long actor, long member) implements Command {
}
