package com.cyclex.api;

/** The host admits a pending member, or reinstates a suspended one. */
public record AdmitMember(long actor, long member) implements Command {
}
