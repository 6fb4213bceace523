package com.cyclex.api;

/** The host creates credits (minor units) in a member's account: the only way the total ever changes. */
public record MintCredits(long actor, long member, long amount) implements Command {
}
