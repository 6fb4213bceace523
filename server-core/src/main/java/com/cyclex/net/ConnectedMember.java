package com.cyclex.net;

/**
 * A member as the gateway sees it, for the host's view.
 *
 * @param address where its last request came from
 * @param latencyMicros the last stream round trip, or -1 when not measured yet
 * @param commandsPerSecond commands in the last whole second
 * @param lastSeen epoch milliseconds of its last request or message
 * @param streams open live streams
 * @param disconnected whether the host disconnected it (refused until admitted again)
 */
public record ConnectedMember(long memberId, String address, long latencyMicros, long commandsPerSecond,
                              long lastSeen, int streams, boolean disconnected) {
}
