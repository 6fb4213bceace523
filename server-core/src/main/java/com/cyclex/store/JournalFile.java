package com.cyclex.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The journal: append-only segment files in the data dir's {@code journal/} folder, one record per group
 * commit, each record synced to the device before its commands are acknowledged. A file append and one
 * fdatasync cost about what the disk costs; the same batch as a database row cost several times its size in
 * rewritten pages.
 *
 * <p>A segment starts with a header naming the format and its first command; each record carries its length,
 * a CRC-32C of its body, its first sequence number, its command count and, now and then, the state hash after
 * it, so a replay can prove it arrived where the live exchange was. Segments wholly before the latest
 * checkpoint are deleted, so the folder holds the commands since the last checkpoint and little more.
 *
 * <p>A segment is made ready ahead of its records: zeros are written {@link #READY_BYTES} past the end in use,
 * so a record's sync finds its blocks allocated and the file's size unchanged. An append's sync must also
 * commit the file system's own journal (the new size), and on ext4 that commit waits for other files' new data
 * too: the history's once-a-second H2 chunk slowed the journal's syncs while it was written. Zeros after the
 * last record are that space, not damage; a segment is cut to its records when it ends.
 */
public final class JournalFile implements AutoCloseable {
    private final SyncTimes syncTimes = new SyncTimes();

    private static final Logger LOG = LoggerFactory.getLogger(JournalFile.class);

    static final byte[] MAGIC = {'C', 'Y', 'C', 'L', 'E', 'X', 'J', 0};
    /** The segment format this build writes; a higher one is refused, never guessed at. */
    static final int FORMAT = 3;
    static final int HEADER_BYTES = MAGIC.length + 4 + 4 + 8;
    /** length + crc */
    static final int RECORD_PREFIX = 8;
    /** firstSeq + count + flags + state hash */
    static final int BODY_HEADER = 8 + 4 + 1 + 8;
    static final int MAX_BODY = BODY_HEADER + JournalBatch.MAX_BYTES + JournalBatch.MAX_COMMAND_BYTES;
    static final long DEFAULT_SEGMENT_BYTES = 64L << 20;
    /** How far past its last record a segment is made ready: a megabyte of zeros costs about one sync. */
    static final long READY_BYTES = 1L << 20;
    /**
     * Zeros go out a page at a time: written 64 KB at once, they came back as large page-cache folios, and each
     * sync then took a whole folio to the disk for a 44-byte record (Linux counted 2.1 GB a minute of journal writes
     * at 2,000 commands/s, 21 KB a sync).
     */
    private static final ByteBuffer ZEROS = ByteBuffer.allocateDirect(4096).asReadOnlyBuffer();
    private static final int HAS_HASH = 1;
    /** Format 2: the record's hash is state hash version 3 (open leases by their digest); without it, version 2. */
    private static final int HASH_V3 = 2;
    /** Format 3: the record's hash is state hash version 4 (the kept answers by their digest too). */
    private static final int HASH_V4 = 4;
    private static final Pattern NAME = Pattern.compile("segment-(\\d{20})\\.cxj");

    private final Path dir;
    private final long segmentBytes;
    /** Segment files by the first sequence number they hold. */
    private final TreeMap<Long, Path> segments = new TreeMap<>();
    private FileChannel current;
    private long currentSize;
    /** The current segment's length on disk: its records, then zeros made ready for the next ones. */
    private long readyTo;
    private long lastSeq;
    private boolean recovered;
    /** The next record starts a new segment: the one before ended at a checkpoint. */
    private boolean rollBeforeNext;
    /** Records have been written since the last sync. */
    private boolean unsynced;

    private JournalFile(Path dir, long segmentBytes) {
        this.dir = dir;
        this.segmentBytes = segmentBytes;
    }

    /** Opens (creating if needed) the journal folder; call {@link #replay} before the first append. */
    public static JournalFile open(Path dir) {
        return open(dir, DEFAULT_SEGMENT_BYTES);
    }

    static JournalFile open(Path dir, long segmentBytes) {
        JournalFile journal = new JournalFile(dir, segmentBytes);
        try {
            Files.createDirectories(dir);
            try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
                for (Path file : files) {
                    Matcher m = NAME.matcher(file.getFileName().toString());
                    if (m.matches()) {
                        journal.segments.put(Long.parseLong(m.group(1)), file);
                    }
                }
            }
        } catch (IOException e) {
            throw new StoreException("Cannot open the journal in " + dir + ": " + e.getMessage(), e);
        }
        return journal;
    }

    /** What a replay hears: each command, and the end of each record with the state hash it carries. */
    public interface Replay {
        void command(JournalBatch.Entry entry);

        /**
         * The record ending at {@code lastSeq} is applied; {@code stateHash} is what the state must hash to, or
         * null, taken by state hash version {@code hashVersion}.
         */
        void recordEnd(long lastSeq, Long stateHash, int hashVersion);
    }

    /**
     * Hands every journaled command after {@code afterSeq} to the replay, in order, checking each record's CRC,
     * that records follow each other without a gap, and that the first one reaches back to {@code afterSeq}.
     * A record cut short at the very end of the last segment was never acknowledged (its sync never returned):
     * it is cut off and the journal goes on from before it. Anything else that does not read is damage.
     *
     * @return the sequence number of the last journaled command, or {@code afterSeq} when there was none after it
     */
    public synchronized long replay(long afterSeq, Replay replay) {
        long expected = afterSeq + 1;
        long last = afterSeq;
        boolean first = true;
        List<Long> firsts = new ArrayList<>(segments.keySet());
        for (int i = 0; i < firsts.size(); i++) {
            long segmentFirst = firsts.get(i);
            Path file = segments.get(segmentFirst);
            boolean lastSegment = i == firsts.size() - 1;
            if (!lastSegment && firsts.get(i + 1) <= expected) {
                continue; // wholly before what is asked for
            }
            byte[] bytes = readAll(file);
            int pos = checkHeader(file, bytes, segmentFirst);
            while (pos < bytes.length) {
                if (zerosFrom(bytes, pos)) {
                    break; // space made ready for records that never came
                }
                int recordEnd = recordEnd(bytes, pos);
                if (recordEnd < 0) {
                    if (lastSegment && unreadableToTheEnd(bytes, pos)) {
                        cutTail(file, pos, bytes.length - pos);
                        break;
                    }
                    throw damaged(file, pos, "a record that does not read");
                }
                ByteBuffer body = ByteBuffer.wrap(bytes, pos + RECORD_PREFIX, recordEnd - pos - RECORD_PREFIX);
                long recordFirst = body.getLong();
                int count = body.getInt();
                int flags = body.get();
                long hash = body.getLong();
                long recordLast = recordFirst + count - 1;
                if (count <= 0 || (first && recordFirst > expected) || (!first && recordFirst != expected)) {
                    if (first && recordFirst > expected) {
                        throw new StoreException("The journal has a gap: commands " + expected + " to " + (recordFirst - 1)
                                + " are missing from " + dir + ".");
                    }
                    throw damaged(file, pos, "commands " + recordFirst + " to " + recordLast + " where " + expected + " should follow");
                }
                if (recordLast >= expected) {
                    first = false;
                    byte[] payload = new byte[body.remaining()];
                    body.get(payload);
                    List<JournalBatch.Entry> entries = new ArrayList<>(count);
                    try {
                        JournalBatch.read(recordFirst, payload, entries::add);
                    } catch (RuntimeException e) {
                        throw damaged(file, pos, "commands " + recordFirst + " to " + recordLast + " that do not decode (" + e.getMessage() + ")");
                    }
                    if (entries.size() != count) {
                        throw damaged(file, pos, entries.size() + " commands where the record says " + count);
                    }
                    for (JournalBatch.Entry entry : entries) {
                        if (entry.seq() >= expected) {
                            replay.command(entry);
                        }
                    }
                    replay.recordEnd(recordLast, (flags & HAS_HASH) != 0 ? hash : null, hashVersion(flags));
                    expected = recordLast + 1;
                    last = recordLast;
                }
                pos = recordEnd;
            }
        }
        lastSeq = last;
        recovered = true;
        return last;
    }

    /** Where the record at {@code pos} ends, or -1 when it is incomplete or its CRC does not match. */
    private static int recordEnd(byte[] bytes, int pos) {
        if (bytes.length - pos < RECORD_PREFIX + BODY_HEADER) {
            return -1;
        }
        ByteBuffer b = ByteBuffer.wrap(bytes, pos, RECORD_PREFIX);
        int length = b.getInt();
        int crc = b.getInt();
        if (length < BODY_HEADER || length > MAX_BODY || length > bytes.length - pos - RECORD_PREFIX) {
            return -1;
        }
        CRC32C c = new CRC32C();
        c.update(bytes, pos + RECORD_PREFIX, length);
        return (int) c.getValue() == crc ? pos + RECORD_PREFIX + length : -1;
    }

    /**
     * Whether the bad record at {@code pos} is the signature of a write cut short: too short even for its
     * prefix, a length running past the end of the file, or the file ending exactly where it ends. A bad
     * record with more bytes after it is damage, not an unfinished write.
     */
    private static boolean unreadableToTheEnd(byte[] bytes, int pos) {
        int remaining = bytes.length - pos;
        if (remaining < RECORD_PREFIX + BODY_HEADER) {
            return true;
        }
        int length = ByteBuffer.wrap(bytes, pos, 4).getInt();
        if (length < BODY_HEADER || length > MAX_BODY) {
            // A length nobody writes with data after it (zeros to the end were taken as ready space before).
            return false;
        }
        // Cut short at the file's end, or in the space made ready for it with nothing but zeros after it.
        return length >= remaining - RECORD_PREFIX || zerosFrom(bytes, pos + RECORD_PREFIX + length);
    }

    /** Whether nothing but zeros follows {@code pos}: no record starts with a zero length, so none is there. */
    private static boolean zerosFrom(byte[] bytes, int pos) {
        for (int p = pos; p < bytes.length; p++) {
            if (bytes[p] != 0) {
                return false;
            }
        }
        return true;
    }

    private void cutTail(Path file, int pos, int bytes) {
        LOG.warn("The journal's last record in {} was cut short ({} bytes at offset {}); it was never acknowledged, so it is dropped",
                file.getFileName(), bytes, pos);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(pos);
            ch.force(true);
        } catch (IOException e) {
            throw new StoreException("Cannot cut the unfinished record off " + file + ": " + e.getMessage(), e);
        }
    }

    private static int checkHeader(Path file, byte[] bytes, long nameFirst) {
        if (bytes.length < HEADER_BYTES) {
            if (bytes.length == 0) {
                return 0; // created, but the header never made it to the disk: nothing was acknowledged in it
            }
            throw new StoreException("The journal segment " + file.getFileName() + " is too short to be one: it is damaged.");
        }
        ByteBuffer b = ByteBuffer.wrap(bytes, 0, HEADER_BYTES);
        byte[] magic = new byte[MAGIC.length];
        b.get(magic);
        if (!java.util.Arrays.equals(magic, MAGIC)) {
            throw new StoreException("The file " + file.getFileName() + " in the journal folder is not a Cyclex journal segment.");
        }
        int format = b.getInt();
        int form = b.getInt();
        long first = b.getLong();
        if (format > FORMAT || form != JournalBatch.FORM_KEYED) {
            throw new StoreException("The journal segment " + file.getFileName() + " is in format " + format + "." + form
                    + ", written by a newer Cyclex; this one reads format " + FORMAT + "." + JournalBatch.FORM_KEYED
                    + ". Open this data dir with the newer Cyclex.");
        }
        if (first != nameFirst) {
            throw new StoreException("The journal segment " + file.getFileName() + " says it starts at command " + first + ": it is damaged.");
        }
        return HEADER_BYTES;
    }

    private static StoreException damaged(Path file, int pos, String what) {
        return new StoreException("The journal segment " + file.getFileName() + " holds " + what + " at byte " + pos
                + ": it is damaged. Nothing after it can be trusted; restore the data dir from a copy.");
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new StoreException("Cannot read the journal segment " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Makes a record durable: appended and synced to the device before this returns.
     *
     * @param stateHash the state hash after the record's commands, or null when this record carries none
     */
    public synchronized void append(long firstSeq, int count, Long stateHash, byte[] payload) {
        write(firstSeq, count, stateHash, payload);
        sync();
    }

    /**
     * Appends a record without waiting for the device: it is durable only once {@link #sync} returns. Several
     * records written back to back share one sync, which is what lets a slow sync delay the commands queued
     * behind it by one more sync instead of one each.
     */
    public synchronized void write(long firstSeq, int count, Long stateHash, byte[] payload) {
        if (!recovered) {
            throw new IllegalStateException("replay the journal before appending to it");
        }
        if (firstSeq != lastSeq + 1 || count <= 0) {
            throw new IllegalArgumentException("record " + firstSeq + " (+" + count + ") does not follow command " + lastSeq);
        }
        try {
            if (current == null || currentSize >= segmentBytes || rollBeforeNext) {
                startSegment(firstSeq);
                rollBeforeNext = false;
            }
            int length = BODY_HEADER + payload.length;
            makeReady(currentSize + RECORD_PREFIX + length);
            ByteBuffer record = ByteBuffer.allocate(RECORD_PREFIX + length);
            record.putInt(length).putInt(0);
            record.putLong(firstSeq).putInt(count).put((byte) (stateHash != null ? HAS_HASH | HASH_V4 : 0))
                    .putLong(stateHash != null ? stateHash : 0).put(payload);
            CRC32C crc = new CRC32C();
            crc.update(record.array(), RECORD_PREFIX, length);
            record.putInt(4, (int) crc.getValue());
            record.flip();
            while (record.hasRemaining()) {
                current.write(record);
            }
            unsynced = true;
            currentSize += RECORD_PREFIX + length;
            lastSeq = firstSeq + count - 1;
        } catch (IOException e) {
            throw new StoreException("Could not write journal record " + firstSeq + ".." + (firstSeq + count - 1) + ": " + e.getMessage(), e);
        }
    }

    /** The state hash version a record's flags name: format 1 wrote version 2 unflagged. */
    static int hashVersion(int flags) {
        return (flags & HASH_V4) != 0 ? 4 : (flags & HASH_V3) != 0 ? 3 : 2;
    }

    /** Makes every record written so far durable. */
    public synchronized void sync() {
        if (!unsynced) {
            return;
        }
        try {
            long started = System.nanoTime();
            current.force(false);
            syncTimes.record(started, System.nanoTime());
            unsynced = false;
        } catch (IOException e) {
            throw new StoreException("Could not sync the journal through command " + lastSeq + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes zeros up to {@link #READY_BYTES} past {@code end} once the records would reach past the space made
     * ready; the next sync takes them to the disk with the records, and the syncs after it need no new blocks.
     */
    private void makeReady(long end) throws IOException {
        if (end <= readyTo) {
            return;
        }
        long target = (end + READY_BYTES + 4095) & ~4095L;
        for (long at = readyTo; at < target; ) {
            ByteBuffer zeros = ZEROS.duplicate();
            zeros.limit((int) Math.min(zeros.capacity(), target - at));
            at += current.write(zeros, at);
        }
        readyTo = target;
    }

    /** Ends the segment being written: synced, cut to its records (the zeros made ready go), closed. */
    private void endSegment() throws IOException {
        if (unsynced) {
            // Records written but not yet synced must not be left behind in a closed file.
            current.force(false);
            unsynced = false;
        }
        try {
            current.truncate(currentSize);
        } finally {
            current.close();
            current = null;
        }
    }

    private void startSegment(long firstSeq) throws IOException {
        if (current != null) {
            endSegment();
        }
        Path file = dir.resolve(String.format("segment-%020d.cxj", firstSeq));
        Map.Entry<Long, Path> lastSegment = segments.lastEntry();
        if (lastSegment != null && lastSegment.getKey() <= firstSeq && segmentIsEmpty(lastSegment.getValue())) {
            // A segment whose header is all it holds (or not even that): reuse its place instead of leaving it.
            Files.delete(lastSegment.getValue());
            segments.remove(lastSegment.getKey());
        }
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES);
        header.put(MAGIC).putInt(FORMAT).putInt(JournalBatch.FORM_KEYED).putLong(firstSeq).flip();
        while (header.hasRemaining()) {
            ch.write(header);
        }
        ch.force(true);
        syncDirectory();
        segments.put(firstSeq, file);
        current = ch;
        currentSize = HEADER_BYTES;
        readyTo = HEADER_BYTES;
    }

    /** Whether a segment holds no record: its header at most, then nothing or the zeros made ready. */
    private static boolean segmentIsEmpty(Path file) throws IOException {
        if (Files.size(file) <= HEADER_BYTES) {
            return true;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer prefix = ByteBuffer.allocate(RECORD_PREFIX);
            while (prefix.hasRemaining() && ch.read(prefix, HEADER_BYTES + prefix.position()) > 0) {
                // reads the first record's prefix, or what there is of it
            }
            return prefix.getInt(0) == 0;
        }
    }

    /** A new file's name must reach the disk too, or a crash could lose the whole segment. */
    private void syncDirectory() {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Some systems cannot open a folder for syncing (Windows); their file systems order this themselves.
        }
    }

    /**
     * Ends the segment being written: the next record starts a new one. Called where a checkpoint falls, so
     * that segments end at checkpoints and each can be deleted whole once a checkpoint after it is saved.
     */
    public synchronized void roll() {
        rollBeforeNext = true;
    }

    /** The first sequence number of each segment file, oldest first: for tests and the soak. */
    public synchronized List<Long> segmentFirsts() {
        return new ArrayList<>(segments.keySet());
    }

    /**
     * Deletes the segments holding only commands up to {@code seq} (a checkpoint covers them). The segment
     * being written is always kept.
     *
     * @return how many segments were deleted
     */
    public synchronized int trimThrough(long seq) {
        int deleted = 0;
        List<Long> firsts = new ArrayList<>(segments.keySet());
        for (int i = 0; i + 1 < firsts.size(); i++) {
            if (firsts.get(i + 1) - 1 > seq) {
                break;
            }
            Path file = segments.remove(firsts.get(i));
            try {
                Files.deleteIfExists(file);
                deleted++;
            } catch (IOException e) {
                LOG.warn("Could not delete the old journal segment {}: {}", file, e.getMessage());
            }
        }
        return deleted;
    }

    /** The last command made durable. */
    public synchronized long lastSeq() {
        return lastSeq;
    }

    /** The bytes the journal's segments take on the disk. */
    public synchronized long sizeBytes() {
        long total = 0;
        for (Path file : segments.values()) {
            try {
                total += Files.size(file);
            } catch (IOException e) {
                // gone meanwhile: counts as nothing
            }
        }
        return total;
    }

    public synchronized int segmentCount() {
        return segments.size();
    }

    public Path dir() {
        return dir;
    }

    @Override
    public synchronized void close() {
        if (current != null) {
            try {
                current.truncate(currentSize); // the zeros made ready go; the records stay, synced or not
            } catch (IOException e) {
                LOG.warn("Could not cut the journal segment to its records at close: {}", e.getMessage());
            }
            try {
                current.close();
            } catch (IOException e) {
                throw new StoreException("Could not close the journal: " + e.getMessage(), e);
            } finally {
                current = null;
            }
        }
    }

    /** How long the latest syncs took. */
    public SyncTimes syncTimes() {
        return syncTimes;
    }
}
