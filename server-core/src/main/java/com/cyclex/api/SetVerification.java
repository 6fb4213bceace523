package com.cyclex.api;

/**
 * The host sets the share of jobs run again to check the seller (basis points: 500 is 5%) and the secret salt
 * that picks them, so no seller can tell in advance which of its jobs will be checked.
 */
public record SetVerification(long actor, int shareBps, long salt) implements Command {
}
