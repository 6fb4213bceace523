package com.cyclex.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The folder an exchange keeps its database in, held with an OS file lock for as long as it is open, so a
 * second process gets a clear message instead of fighting over the database files. The lock dies with the
 * process, so a crash never leaves it stuck.
 */
public final class DataDir implements AutoCloseable {
    private static final String LOCK_FILE = "cyclex.lock";

    private final Path path;
    private final FileChannel channel;
    private final FileLock lock;

    private DataDir(Path path, FileChannel channel, FileLock lock) {
        this.path = path;
        this.channel = channel;
        this.lock = lock;
    }

    /** Creates the folder if needed and locks it; throws {@link DataDirLockedException} when another process has it. */
    public static DataDir open(Path path) {
        Path dir = path.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
            FileChannel channel = FileChannel.open(dir.resolve(LOCK_FILE),
                    StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                String holder = readHolder(channel);
                channel.close();
                throw new DataDirLockedException("The data dir " + dir + " is in use by another Cyclex"
                        + (holder.isEmpty() ? "" : " (process " + holder + ")")
                        + ". Close that one first, or start this one with --data-dir pointing elsewhere.");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)), 0);
            channel.force(false);
            return new DataDir(dir, channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the data dir " + dir + ": " + e.getMessage(), e);
        }
    }

    private static String readHolder(FileChannel channel) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(32);
        int n = channel.read(buf, 0);
        return n <= 0 ? "" : new String(buf.array(), 0, n, StandardCharsets.US_ASCII).trim();
    }

    public Path path() {
        return path;
    }

    /** Where the H2 database files live. */
    public Path databaseBase() {
        return path.resolve("db").resolve("exchange");
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
