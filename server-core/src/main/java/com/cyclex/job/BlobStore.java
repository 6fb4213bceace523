package com.cyclex.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Content-addressed files: a blob is named by the SHA-256 of its bytes and lives at {@code blobs/ab/abcdef…}
 * under the data dir. Writes are atomic (a temporary file, forced to disk, then moved into place), so a crash
 * leaves either the whole blob or none; reads check the hash, so a corrupted file is never handed out.
 * Safe to use from several threads; two writers of the same blob write the same bytes.
 */
public final class BlobStore {
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    private static final String TEMP_PREFIX = "incoming-";

    private final Path root;
    private final Path incoming;
    private final JobLimits limits;

    private BlobStore(Path root, JobLimits limits) {
        this.root = root;
        this.incoming = root.resolve("incoming");
        this.limits = limits;
    }

    /** Opens (creating it if needed) the store in {@code dataDir/blobs}; drops half-written blobs of a crash. */
    public static BlobStore open(Path dataDir, JobLimits limits) {
        var store = new BlobStore(dataDir.resolve("blobs"), limits);
        try {
            Files.createDirectories(store.incoming);
            try (DirectoryStream<Path> stale = Files.newDirectoryStream(store.incoming)) {
                for (Path file : stale) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            throw new JobException(JobCode.BLOB_IO, "Cannot open the blob store at " + store.root + ": " + e.getMessage(), e);
        }
        return store;
    }

    /** The SHA-256 of these bytes, as 64 lower-case hex digits: the name a blob of them has. */
    public static String hashOf(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    /** True when {@code hash} is a well-formed blob name. */
    public static boolean isHash(String hash) {
        return hash != null && HASH.matcher(hash).matches();
    }

    /** Stores these bytes (if not already there) and returns their hash. */
    public String put(BlobKind kind, byte[] bytes) {
        checkSize(kind, bytes.length, null);
        String hash = hashOf(bytes);
        Path target = pathOf(hash);
        if (Files.exists(target)) {
            touch(target); // stored again means used again: a sweep counts a blob's age from its last use
            return hash;
        }
        try {
            Path temp = Files.createTempFile(incoming, TEMP_PREFIX, ".blob");
            try {
                try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                    ByteBuffer buffer = ByteBuffer.wrap(bytes);
                    while (buffer.hasRemaining()) {
                        out.write(buffer);
                    }
                    out.force(true);
                }
                moveIntoPlace(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new JobException(JobCode.BLOB_IO, "Cannot store blob " + shortly(hash) + ": " + e.getMessage(), e);
        }
        return hash;
    }

    /** Stores what the stream holds, refusing more than the kind's limit before reading it all into memory. */
    public String put(BlobKind kind, InputStream in) {
        long max = limits.maxBytes(kind);
        try {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            checkSize(kind, bytes.length, null);
            return put(kind, bytes);
        } catch (IOException e) {
            throw new JobException(JobCode.BLOB_IO, "Cannot read the blob to store: " + e.getMessage(), e);
        }
    }

    /**
     * The blob's bytes, checked against its hash. A blob that no longer matches is deleted (so that putting
     * the right bytes again repairs it) and reported as BLOB_CORRUPT.
     */
    public byte[] get(String hash, BlobKind kind) {
        Path path = pathOf(checkHash(hash));
        byte[] bytes;
        try {
            long size = Files.size(path);
            checkSize(kind, size, hash);
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new JobException(JobCode.BLOB_MISSING, "No blob " + shortly(hash) + " is in the store.");
        } catch (IOException e) {
            throw new JobException(JobCode.BLOB_IO, "Cannot read blob " + shortly(hash) + ": " + e.getMessage(), e);
        }
        String actual = hashOf(bytes);
        if (!actual.equals(hash)) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // the read already failed; the sentence below says what matters
            }
            throw new JobException(JobCode.BLOB_CORRUPT, "Blob " + shortly(hash) + " was corrupt on disk (its bytes hash to "
                    + shortly(actual) + "); it was removed, so fetch it again.");
        }
        return bytes;
    }

    private static void touch(Path blob) {
        try {
            Files.setLastModifiedTime(blob, java.nio.file.attribute.FileTime.from(Instant.now()));
        } catch (IOException e) {
            // a blob that cannot be touched is only swept a little earlier; it is still there now
        }
    }

    /** True when a blob of this hash is stored (its bytes are checked only by {@link #get}). */
    public boolean contains(String hash) {
        return Files.isRegularFile(pathOf(checkHash(hash)));
    }

    /**
     * Deletes every blob not in {@code live} whose file is older than {@code grace}, and returns how many.
     * The caller supplies the live set (the hashes its journal still refers to); the grace period spares a
     * blob put after that set was taken.
     */
    public int retainOnly(Set<String> live, Duration grace) {
        Instant cutoff = Instant.now().minus(grace);
        int deleted = 0;
        try (DirectoryStream<Path> prefixes = Files.newDirectoryStream(root, p -> p.getFileName().toString().length() == 2)) {
            for (Path prefix : prefixes) {
                try (DirectoryStream<Path> blobs = Files.newDirectoryStream(prefix)) {
                    for (Path blob : blobs) {
                        String name = blob.getFileName().toString();
                        if (!live.contains(name) && Files.getLastModifiedTime(blob).toInstant().isBefore(cutoff)) {
                            Files.deleteIfExists(blob);
                            deleted++;
                        }
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new JobException(JobCode.BLOB_IO, "Cannot clean the blob store: " + e.getMessage(), e);
        }
        return deleted;
    }

    /** Where the blob of this hash lives (whether or not it is stored). */
    public Path pathOf(String hash) {
        checkHash(hash);
        return root.resolve(hash.substring(0, 2)).resolve(hash);
    }

    private void moveIntoPlace(Path temp, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            return; // another writer stored the same bytes first
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the file system cannot move files atomically", e);
        }
        forceDirectory(target.getParent());
    }

    /** Makes the new directory entry durable; not every platform can open a directory, and then the move is enough. */
    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException ignored) {
            // Windows cannot open a directory for reading; its moves are durable by themselves
        }
    }

    private void checkSize(BlobKind kind, long size, String hash) {
        long max = limits.maxBytes(kind);
        if (size > max) {
            String what = kind.name().toLowerCase();
            String which = hash == null ? "This " + what : "Blob " + shortly(hash);
            throw new JobException(JobCode.BLOB_TOO_LARGE, which + " is larger than the store's limit of " + max
                    + " bytes for a " + what + ".");
        }
    }

    private static String checkHash(String hash) {
        if (!isHash(hash)) {
            String shown = String.valueOf(hash);
            shown = shown.length() > 80 ? shown.substring(0, 80) + "…" : shown;
            throw new JobException(JobCode.BLOB_HASH_INVALID, "'" + shown
                    + "' is not a blob hash: a blob hash is 64 lower-case hexadecimal digits (SHA-256).");
        }
        return hash;
    }

    private static String shortly(String hash) {
        return hash.substring(0, 12) + "…";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
