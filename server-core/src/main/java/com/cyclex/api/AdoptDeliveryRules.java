package com.cyclex.api;

/**
 * The host's exchange takes up a newer version of the delivery rules. Journaled like any command, so that a
 * journal written under the old rules replays under them up to this point and under the new ones after it.
 * Version 1 paid a lease's seller only at the end of its term; version 2 pays as the term is delivered; 3 takes jobs
 * and keeps sellers' reputations; 4 gives up a job's verification that does not come in time.
 */
public record AdoptDeliveryRules(long actor, int version) implements Command {
}
