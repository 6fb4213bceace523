package com.cyclex.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * What the disk alone allows: the durable host's acknowledgement schedule with nothing but the device behind
 * it. Records of 256 bytes are due at the same fixed rate; one writer thread appends whatever has arrived and
 * syncs it (group commit; appended, where the journal writes into space it made ready), and each record is
 * timed from when it was due until its sync returned. The host's figures at the same rate are read against
 * these: what is above them is the exchange's.
 */
public final class DiskFloor {
    public static final int RECORD_BYTES = 256;
    private static final int STOP = -1;

    /** Milliseconds, as {@link LatencyBench.Result} gives them; syncs is how many group commits it took. */
    public record Result(int rate, int records, double p50, double p99, double p999, double max, long syncs) {
    }

    private DiskFloor() {
    }

    public static Result run(Path dir, int rate, int seconds) {
        int warm = (int) Math.min((long) rate * LatencyBench.WARMUP_SECONDS, 1_000_000);
        int n = (int) Math.min((long) rate * seconds, 5_000_000);
        int total = warm + n;
        long[] due = new long[total];
        long[] latency = new long[total];
        long[] syncs = {0};
        LinkedBlockingQueue<Integer> arrived = new LinkedBlockingQueue<>();
        Path file = dir.resolve("disk-floor.bin");
        try {
            Files.createDirectories(dir);
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                Thread writer = new Thread(() -> write(channel, arrived, due, latency, syncs), "cyclex-disk-floor");
                writer.start();
                long period = 1_000_000_000L / rate;
                long start = System.nanoTime() + 10_000_000L;
                for (int i = 0; i < total; i++) {
                    due[i] = start + i * period;
                    LatencyBench.waitUntil(due[i]);
                    arrived.add(i);
                }
                arrived.add(STOP);
                writer.join();
                long written = channel.size();
                if (written != (long) total * RECORD_BYTES || Arrays.stream(latency).anyMatch(l -> l <= 0)) {
                    throw new Bench.WrongOutcome("The disk floor run wrote " + written + " bytes for " + total
                            + " records of " + RECORD_BYTES + ", or left a record unsynced.");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a leftover bench file in the bench's own dir is harmless
            }
        }
        long[] sorted = Arrays.copyOfRange(latency, warm, total);
        Arrays.sort(sorted);
        return new Result(rate, n, LatencyBench.ms(sorted, 0.50), LatencyBench.ms(sorted, 0.99),
                LatencyBench.ms(sorted, 0.999), sorted[n - 1] / 1e6, syncs[0]);
    }

    /** The writer thread: appends what has arrived, syncs, stamps; a failure leaves records unstamped. */
    private static void write(FileChannel channel, LinkedBlockingQueue<Integer> arrived, long[] due, long[] latency, long[] syncs) {
        List<Integer> got = new ArrayList<>();
        ByteBuffer records = ByteBuffer.allocate(RECORD_BYTES * 1024);
        long position = 0;
        try {
            while (true) {
                got.clear();
                got.add(arrived.take());
                arrived.drainTo(got, 1023);
                boolean stop = got.remove(Integer.valueOf(STOP));
                if (!got.isEmpty()) {
                    records.clear().limit(RECORD_BYTES * got.size());
                    while (records.hasRemaining()) {
                        position += channel.write(records, position);
                    }
                    channel.force(false);
                    syncs[0]++;
                    long now = System.nanoTime();
                    for (int i : got) {
                        latency[i] = now - due[i];
                    }
                }
                if (stop) {
                    return;
                }
            }
        } catch (IOException | InterruptedException e) {
            // the run's check reports the unsynced records
        }
    }
}
