package com.cyclex.api;

/** The seller's agent takes a queued job of one of its leases onto a free core of that lease. */
public record ClaimJob(long actor, long job) implements Command {
}
