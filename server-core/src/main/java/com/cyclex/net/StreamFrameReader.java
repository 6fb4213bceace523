package com.cyclex.net;

import com.cyclex.api.AccountInfo;
import com.cyclex.api.ExchangeEvent;
import com.cyclex.api.OrderInfo;
import com.cyclex.market.CancelReason;
import com.cyclex.market.Side;
import com.cyclex.market.TimeInForce;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The client's reader of stream frames. The frames a pipelining member hears most (results, and batches of order
 * and account events) are matched against the exact layout the host writes them in, field by field, numbers read
 * by hand. Through the mapper, records built by their constructors with every long boxed on the way, an answer and
 * its two events took 4-6 µs, the largest single cost of the pipelined path; a streaming parser still spent half
 * of 3 µs looking up field names. Anything else (another kind, another field or order, a space, an escape, a
 * number of another form) is read by the mapper, which stays the one definition of the wire form: a test holds the
 * two readings equal, and this reader accepts nothing the mapper refuses.
 */
final class StreamFrameReader {
    private static final ObjectReader FRAME = Wire.hostReader().forType(StreamFrame.class);
    private static final Side[] SIDES = Side.values();
    private static final TimeInForce[] TIMES = TimeInForce.values();
    private static final CancelReason[] REASONS = CancelReason.values();

    private final String s;
    private int at;

    private StreamFrameReader(String s) {
        this.s = s;
    }

    /** The frame {@code text} is; as the mapper reads it, so it throws what the mapper throws. */
    static StreamFrame read(String text) throws IOException {
        StreamFrame f = quick(text);
        return f != null ? f : FRAME.readValue(text);
    }

    /** The frame read by matching the host's layout, or null when it does not match it to the end. */
    static StreamFrame quick(String text) {
        try {
            StreamFrameReader r = new StreamFrameReader(text);
            StreamFrame f = r.frame();
            return f != null && r.at == text.length() ? f : null;
        } catch (RuntimeException e) { // a Mismatch, or anything this pass did not foresee: the mapper decides
            return null;
        }
    }

    private StreamFrame frame() {
        if (take("{\"type\":\"batch\",\"firstSeq\":")) {
            long first = number();
            expect(",\"lastSeq\":");
            long last = number();
            expect(",\"events\":[");
            List<ExchangeEvent> events = new ArrayList<>();
            if (!take("]")) {
                do {
                    events.add(event());
                } while (take(","));
                expect("]");
            }
            expect("}");
            return StreamFrame.batch(first, last, events);
        }
        String type = take("{\"type\":\"result\"") ? "result" : take("{\"type\":\"refused\"") ? "refused" : null;
        if (type == null) {
            return null;
        }
        Long ref = take(",\"ref\":") ? number() : null;
        expect(",\"result\":");
        WireResult result = result();
        expect("}");
        return type.equals("result") ? StreamFrame.result(ref, result) : StreamFrame.refused(ref, result);
    }

    private ExchangeEvent event() {
        if (take("{\"event\":\"OrderUpdated\",\"order\":{\"id\":")) {
            long id = number();
            expect(",\"market\":");
            int market = whole();
            expect(",\"memberId\":");
            long memberId = number();
            expect(",\"side\":\"");
            Side side = name(SIDES);
            expect("\",\"price\":");
            long price = number();
            expect(",\"openUnits\":");
            long openUnits = number();
            expect(",\"filledUnits\":");
            long filledUnits = number();
            TimeInForce timeInForce = null; // the public's copy of an order has none
            if (take(",\"timeInForce\":\"")) {
                timeInForce = name(TIMES);
                expect("\"");
            }
            expect(",\"reserve\":");
            long reserve = number();
            expect(",\"resting\":");
            boolean resting = bool();
            expect("}");
            CancelReason lastCancel = null;
            if (take(",\"lastCancel\":\"")) {
                lastCancel = name(REASONS);
                expect("\"");
            }
            expect("}");
            return new ExchangeEvent.OrderUpdated(new OrderInfo(id, market, memberId, side, price, openUnits,
                    filledUnits, timeInForce, reserve, resting), lastCancel);
        }
        expect("{\"event\":\"AccountUpdated\",\"account\":{\"memberId\":");
        long memberId = number();
        expect(",\"available\":");
        long available = number();
        expect(",\"held\":");
        long held = number();
        expect(",\"declaredCores\":");
        int declaredCores = whole();
        expect(",\"askCores\":");
        long askCores = number();
        expect(",\"leasedCores\":");
        long leasedCores = number();
        expect("}}");
        return new ExchangeEvent.AccountUpdated(new AccountInfo(memberId, available, held, declaredCores, askCores,
                leasedCores));
    }

    private WireResult result() {
        expect("{\"code\":");
        int code = whole();
        String name = take(",\"name\":\"") ? text() : null;
        String sentence = take(",\"sentence\":\"") ? text() : null;
        expect(",\"id\":");
        long id = number();
        expect(",\"filledUnits\":");
        long filledUnits = number();
        expect(",\"openUnits\":");
        long openUnits = number();
        expect("}");
        return new WireResult(code, name, sentence, id, filledUnits, openUnits);
    }

    private boolean take(String literal) {
        if (s.startsWith(literal, at)) {
            at += literal.length();
            return true;
        }
        return false;
    }

    private void expect(String literal) {
        if (!take(literal)) {
            throw Mismatch.AT;
        }
    }

    private boolean bool() {
        if (take("true")) {
            return true;
        }
        expect("false");
        return false;
    }

    /** An int as JSON writes it: what the mapper would refuse (out of range) does not match. */
    private int whole() {
        long v = number();
        if ((int) v != v) {
            throw Mismatch.AT;
        }
        return (int) v;
    }

    /** A whole number in JSON's form (no leading zero, no plus) that a long holds. */
    private long number() {
        boolean negative = at < s.length() && s.charAt(at) == '-';
        int i = negative ? at + 1 : at;
        int start = i;
        long v = 0;
        while (i < s.length()) {
            int d = s.charAt(i) - '0';
            if (d < 0 || d > 9) {
                break;
            }
            // accumulated as a negative number, which reaches Long.MIN_VALUE
            if (v < (Long.MIN_VALUE + d) / 10) {
                throw Mismatch.AT;
            }
            v = v * 10 - d;
            i++;
        }
        if (i == start || (s.charAt(start) == '0' && i - start > 1) || (!negative && v == Long.MIN_VALUE)) {
            throw Mismatch.AT;
        }
        at = i;
        return negative ? v : -v;
    }

    /** The rest of a string up to its closing quote, when it has no escape and no control character in it. */
    private String text() {
        int end = at;
        while (end < s.length()) {
            char c = s.charAt(end);
            if (c == '"') {
                break;
            }
            if (!StreamFrameWriter.asIs(c)) {
                throw Mismatch.AT;
            }
            end++;
        }
        if (end == s.length() || end - at > Wire.MAX_STRING) {
            throw Mismatch.AT;
        }
        String t = s.substring(at, end);
        at = end + 1;
        return t;
    }

    /** The constant whose name is written at the cursor, followed by the closing quote (not consumed). */
    private <E extends Enum<E>> E name(E[] constants) {
        for (E e : constants) {
            String n = e.name();
            if (s.startsWith(n, at) && at + n.length() < s.length() && s.charAt(at + n.length()) == '"') {
                at += n.length();
                return e;
            }
        }
        throw Mismatch.AT;
    }

    /** The layout did not match: thrown without a stack, since the mapper then reads the frame anyway. */
    private static final class Mismatch extends RuntimeException {
        static final Mismatch AT = new Mismatch();

        private Mismatch() {
            super(null, null, false, false);
        }
    }
}
