package com.cyclex.net;

import com.cyclex.api.ExchangeEvent;
import java.util.List;

/**
 * One message of the live stream, server to member. {@code type} says which fields it has:
 * <ul>
 * <li>{@code hello}: memberId, status, lastSeq (the host's position when the stream began)</li>
 * <li>{@code batch}: firstSeq, lastSeq, events (what this member may see of those commands; may be empty)</li>
 * <li>{@code reset}: lastSeq, sentence: the stream could not resume where asked; take a fresh snapshot</li>
 * <li>{@code lost}: lastSeq, sentence: the member saw a later sequence than the host holds</li>
 * <li>{@code result}: ref, result (the answer to a command sent on the stream)</li>
 * <li>{@code ping}: t (answer with a pong carrying the same t, so the host can show the latency)</li>
 * <li>{@code refused}: ref (when known), result: a message from the member that could not be read</li>
 * </ul>
 */
public record StreamFrame(String type, Long memberId, String status, Long firstSeq, Long lastSeq,
                          List<ExchangeEvent> events, Long ref, WireResult result, String sentence, Long t) {

    static StreamFrame hello(long member, String status, long lastSeq) {
        return new StreamFrame("hello", member, status, null, lastSeq, null, null, null, null, null);
    }

    static StreamFrame batch(long firstSeq, long lastSeq, List<ExchangeEvent> events) {
        return new StreamFrame("batch", null, null, firstSeq, lastSeq, events, null, null, null, null);
    }

    static StreamFrame reset(long lastSeq, String sentence) {
        return new StreamFrame("reset", null, null, null, lastSeq, null, null, null, sentence, null);
    }

    static StreamFrame lost(long lastSeq, String sentence) {
        return new StreamFrame("lost", null, null, null, lastSeq, null, null, null, sentence, null);
    }

    static StreamFrame result(Long ref, WireResult result) {
        return new StreamFrame("result", null, null, null, null, null, ref, result, null, null);
    }

    static StreamFrame refused(Long ref, WireResult result) {
        return new StreamFrame("refused", null, null, null, null, null, ref, result, null, null);
    }

    static StreamFrame ping(long t) {
        return new StreamFrame("ping", null, null, null, null, null, null, null, null, t);
    }
}
