package com.cyclex.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * Reads and damages journal segment files the way a disk, a crash mid-write or a careless hand would: the
 * tests' view of the journal's bytes, independent of {@link JournalFile}'s own reader.
 */
final class JournalSegments {
    private JournalSegments() {
    }

    /** Where each record of a segment starts and how long it is (prefix included). */
    record Span(int offset, int length) {
    }

    static Path onlySegment(Path dataDir) {
        List<Long> firsts = StoreFiles.journalSegments(dataDir);
        if (firsts.size() != 1) {
            throw new IllegalStateException("expected one segment, found " + firsts);
        }
        return dataDir.resolve("journal").resolve(String.format("segment-%020d.cxj", firsts.get(0)));
    }

    static List<Span> records(Path segment) {
        byte[] bytes = read(segment);
        List<Span> spans = new ArrayList<>();
        int pos = JournalFile.HEADER_BYTES;
        while (pos + 8 <= bytes.length) {
            int length = ByteBuffer.wrap(bytes, pos, 4).getInt();
            if (length == 0) {
                break; // the zeros a running journal makes ready past its last record
            }
            spans.add(new Span(pos, 8 + length));
            pos += 8 + length;
        }
        return spans;
    }

    static void dropRecord(Path segment, int index) {
        byte[] bytes = read(segment);
        Span s = records(segment).get(index);
        byte[] out = new byte[bytes.length - s.length()];
        System.arraycopy(bytes, 0, out, 0, s.offset());
        System.arraycopy(bytes, s.offset() + s.length(), out, s.offset(), bytes.length - s.offset() - s.length());
        write(segment, out);
    }

    /** Changes one byte of a record's body, leaving its CRC as it was. */
    static void flipByte(Path segment, int index, int bodyOffset) {
        byte[] bytes = read(segment);
        Span s = records(segment).get(index);
        bytes[s.offset() + 8 + bodyOffset] ^= 0x5A;
        write(segment, bytes);
    }

    /** Cuts the file short by {@code bytes} of its records: a write the crash interrupted. */
    static void cutEnd(Path segment, int bytes) {
        write(segment, Arrays.copyOf(read(segment), recordsEnd(segment) - bytes));
    }

    /**
     * Zeros the last {@code bytes} of the records and makes the space after them ready, as a crash leaves a
     * record whose write did not finish in a running journal's segment.
     */
    static void tearInReadySpace(Path segment, int bytes, int readyBytes) {
        int end = recordsEnd(segment);
        byte[] out = Arrays.copyOf(read(segment), end + readyBytes);
        Arrays.fill(out, end - bytes, out.length, (byte) 0);
        write(segment, out);
    }

    /** Where the last record ends. */
    static int recordsEnd(Path segment) {
        List<Span> spans = records(segment);
        Span last = spans.get(spans.size() - 1);
        return last.offset() + last.length();
    }

    /** Sets the state hash a record carries and mends its CRC, as a build that hashes differently would write it. */
    static void setStateHash(Path segment, int index, long hash) {
        byte[] bytes = read(segment);
        Span s = records(segment).get(index);
        ByteBuffer b = ByteBuffer.wrap(bytes);
        int body = s.offset() + 8;
        b.put(body + 12, (byte) 1);
        b.putLong(body + 13, hash);
        CRC32C crc = new CRC32C();
        crc.update(bytes, body, s.length() - 8);
        b.putInt(s.offset() + 4, (int) crc.getValue());
        write(segment, bytes);
    }

    /** Sets the segment format number in the header. */
    static void setFormat(Path segment, int format) {
        byte[] bytes = read(segment);
        ByteBuffer.wrap(bytes).putInt(JournalFile.MAGIC.length, format);
        write(segment, bytes);
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
