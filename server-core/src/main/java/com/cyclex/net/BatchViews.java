package com.cyclex.net;

import com.cyclex.api.ExchangeEvent;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * A committed batch encoded once for every stream: each event as the public sees it, and as each of the (at most
 * two) members it concerns sees it. A session then builds its frame from these pieces instead of filtering and
 * encoding the batch again, so fifty open streams cost one encoding of each event, not fifty. What each member
 * may see is still decided by {@link Privacy} alone.
 */
final class BatchViews {
    private static final ObjectWriter EVENT = Wire.mapper().writerFor(ExchangeEvent.class);

    private final Batch batch;
    private volatile Piece[] pieces;

    /** One event: what the public sees (null: nothing), and what the members it concerns see. */
    private record Piece(String everyone, long first, String firstView, long second, String secondView) {
        String viewOf(long member) {
            if (member == first) {
                return firstView;
            }
            if (member == second) {
                return secondView;
            }
            return everyone;
        }
    }

    BatchViews(Batch batch) {
        this.batch = batch;
    }

    Batch batch() {
        return batch;
    }

    long firstSeq() {
        return batch.firstSeq();
    }

    long lastSeq() {
        return batch.lastSeq();
    }

    int size() {
        return batch.events().size();
    }

    /** Appends the events {@code member} may see, each as JSON, comma-separated; true when it appended any. */
    boolean appendTo(StringBuilder out, long member, boolean after) {
        boolean any = after;
        for (Piece p : pieces()) {
            String json = p.viewOf(member);
            if (json != null) {
                if (any) {
                    out.append(',');
                }
                out.append(json);
                any = true;
            }
        }
        return any;
    }

    private Piece[] pieces() {
        Piece[] p = pieces;
        if (p == null) {
            synchronized (this) {
                p = pieces;
                if (p == null) {
                    p = encode();
                    pieces = p;
                }
            }
        }
        return p;
    }

    /**
     * Encodes every view of the batch with one generator: one generator an event (its contexts, its buffers, the
     * provider) was most of what the gateway allocated, and copying it took the young collections' pauses.
     */
    private Piece[] encode() {
        Piece[] out = new Piece[batch.events().size()];
        Text text = new Text();
        try (JsonGenerator g = EVENT.createGenerator(text)) {
            g.setRootValueSeparator(null); // each view stands alone: nothing between one and the next
            int i = 0;
            for (ExchangeEvent e : batch.events()) {
                long a = 0;
                long b = 0;
                if (e instanceof ExchangeEvent.TradeExecuted t) {
                    a = t.trade().buyerId();
                    b = t.trade().sellerId();
                } else if (e instanceof ExchangeEvent.OrderUpdated o) {
                    a = o.order().memberId();
                } else if (e instanceof ExchangeEvent.AccountUpdated acc) {
                    a = acc.account().memberId();
                } else if (e instanceof ExchangeEvent.LeaseUpdated l) {
                    a = l.lease().buyerId();
                    b = l.lease().sellerId();
                } else if (e instanceof ExchangeEvent.MemberUpdated m) {
                    a = m.member().id();
                }
                if (b == a) {
                    b = 0;
                }
                // member 0 is no one: the public's view is the view of a member the event does not concern
                String everyone = json(g, text, Privacy.view(e, 0));
                out[i++] = new Piece(everyone, a, a == 0 ? everyone : json(g, text, Privacy.view(e, a)),
                        b, b == 0 ? everyone : json(g, text, Privacy.view(e, b)));
            }
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
        return out;
    }

    private static String json(JsonGenerator g, Text text, ExchangeEvent e) throws IOException {
        if (e == null) {
            return null;
        }
        String quick = StreamFrameWriter.event(e);
        if (quick != null) {
            return quick;
        }
        EVENT.writeValue(g, e);
        g.flush();
        return text.take();
    }

    /**
     * Characters written since the last take: a StringWriter without its lock. Not Jackson's SegmentedStringWriter,
     * whose getAndClear() gives its buffer back for good, so it serves one value only.
     */
    private static final class Text extends Writer {
        private final StringBuilder chars = new StringBuilder(256);

        String take() {
            String s = chars.toString();
            chars.setLength(0);
            return s;
        }

        @Override
        public void write(char[] c, int off, int len) {
            chars.append(c, off, len);
        }

        @Override
        public void write(String str, int off, int len) {
            chars.append(str, off, off + len);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
