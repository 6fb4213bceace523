package com.cyclex.net;

import com.cyclex.api.AccountInfo;
import com.cyclex.api.ExchangeEvent;
import com.cyclex.api.OrderInfo;

/**
 * The host's writer of what a pipelining member hears most, in the mapper's exact layout: order and account
 * events, and results. Through the mapper these were most of the gateway workers' time (a generator's checks and
 * a serializer lookup for every field of every event); here a field is an append. Anything else, and any text that
 * JSON would escape, is the mapper's to write, so the mapper stays the one definition of the wire form: a test holds
 * this writer's every output equal to the mapper's, and {@link StreamFrameReader} reads the same layout back.
 */
final class StreamFrameWriter {
    private StreamFrameWriter() {
    }

    /** The event as the mapper writes it, or null when it is not of a kind written here. */
    static String event(ExchangeEvent e) {
        if (e instanceof ExchangeEvent.OrderUpdated u) {
            OrderInfo o = u.order();
            if (o == null || o.side() == null) {
                return null;
            }
            StringBuilder b = new StringBuilder(192)
                    .append("{\"event\":\"OrderUpdated\",\"order\":{\"id\":").append(o.id())
                    .append(",\"market\":").append(o.market())
                    .append(",\"memberId\":").append(o.memberId())
                    .append(",\"side\":\"").append(o.side().name())
                    .append("\",\"price\":").append(o.price())
                    .append(",\"openUnits\":").append(o.openUnits())
                    .append(",\"filledUnits\":").append(o.filledUnits());
            if (o.timeInForce() != null) { // the public's copy has none, and the mapper leaves out what is null
                b.append(",\"timeInForce\":\"").append(o.timeInForce().name()).append('"');
            }
            b.append(",\"reserve\":").append(o.reserve())
                    .append(",\"resting\":").append(o.resting()).append('}');
            if (u.lastCancel() != null) {
                b.append(",\"lastCancel\":\"").append(u.lastCancel().name()).append('"');
            }
            return b.append('}').toString();
        }
        if (e instanceof ExchangeEvent.AccountUpdated u) {
            AccountInfo a = u.account();
            if (a == null) {
                return null;
            }
            return new StringBuilder(160)
                    .append("{\"event\":\"AccountUpdated\",\"account\":{\"memberId\":").append(a.memberId())
                    .append(",\"available\":").append(a.available())
                    .append(",\"held\":").append(a.held())
                    .append(",\"declaredCores\":").append(a.declaredCores())
                    .append(",\"askCores\":").append(a.askCores())
                    .append(",\"leasedCores\":").append(a.leasedCores())
                    .append("}}").toString();
        }
        return null;
    }

    /** A result or refusal frame as the mapper writes it, or null for another frame or text JSON would escape. */
    static String frame(StreamFrame f) {
        boolean result = f.type().equals("result");
        if (!result && !f.type().equals("refused") || f.result() == null || f.events() != null || f.memberId() != null
                || f.status() != null || f.firstSeq() != null || f.lastSeq() != null || f.sentence() != null
                || f.t() != null) {
            return null;
        }
        WireResult r = f.result();
        if (!plain(r.name()) || !plain(r.sentence())) {
            return null;
        }
        StringBuilder b = new StringBuilder(128).append(result ? "{\"type\":\"result\"" : "{\"type\":\"refused\"");
        if (f.ref() != null) {
            b.append(",\"ref\":").append(f.ref().longValue());
        }
        b.append(",\"result\":{\"code\":").append(r.code());
        if (r.name() != null) {
            b.append(",\"name\":\"").append(r.name()).append('"');
        }
        if (r.sentence() != null) {
            b.append(",\"sentence\":\"").append(r.sentence()).append('"');
        }
        return b.append(",\"id\":").append(r.id())
                .append(",\"filledUnits\":").append(r.filledUnits())
                .append(",\"openUnits\":").append(r.openUnits()).append("}}").toString();
    }

    /** Text JSON writes as it is (null counts: it is left out). */
    private static boolean plain(String s) {
        if (s == null) {
            return true;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!asIs(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A character JSON writes inside a string as it is, unescaped: what this writer and the reader take. */
    static boolean asIs(char c) {
        return c >= 0x20 && c != '"' && c != '\\';
    }
}
