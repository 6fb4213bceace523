package com.cyclex.api;

/**
 * Ask to join the exchange; the new member is PENDING until the host admits it.
 *
 * @param tokenHash a hash of the member's secret token, kept to authenticate it later; may be empty
 */
public record RegisterMember(long actor, String name, String tokenHash) implements Command {
}
