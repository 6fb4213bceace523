package com.cyclex.net;

/**
 * Where a remote client stands with its exchange, with a sentence for a person.
 *
 * @param memberStatus the member's status at the exchange (PENDING until the host admits it), or null if unknown
 */
public record RemoteStatus(State state, String memberStatus, String sentence) {

    public enum State {
        /** Reaching the host (first time or again). */
        CONNECTING,
        /** The stream is open and events flow. */
        LIVE,
        /** The host cannot be reached; the client keeps trying. */
        DISCONNECTED,
        /** The host refused this member for good (wrong certificate, unknown token, disconnected by the host). */
        REFUSED,
        /** The host holds fewer commands than this client saw acknowledged. */
        LOST
    }

    /** Whether the host has yet to admit this member. */
    public boolean waitingForAdmission() {
        return "PENDING".equals(memberStatus);
    }
}
