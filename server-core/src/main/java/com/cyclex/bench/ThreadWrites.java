package com.cyclex.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Bytes this process's threads have caused to be written to storage, by thread name, as Linux counts them in
 * {@code /proc/self/task/TID/io}: the journal, the history writer and the checkpoint each write on their own
 * thread, so this tells what each costs the disk against what it had to say. Empty where there is no /proc.
 */
final class ThreadWrites {
    private ThreadWrites() {
    }

    /** write_bytes per thread name (names are cut to 15 characters by Linux), summed over threads of one name. */
    static Map<String, Long> now() {
        Map<String, Long> bytes = new TreeMap<>();
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return bytes;
        }
        try (DirectoryStream<Path> all = Files.newDirectoryStream(tasks)) {
            for (Path task : all) {
                try {
                    String name = Files.readString(task.resolve("comm")).trim();
                    for (String line : Files.readAllLines(task.resolve("io"))) {
                        if (line.startsWith("write_bytes:")) {
                            bytes.merge(name, Long.parseLong(line.substring(12).trim()), Long::sum);
                        }
                    }
                } catch (IOException | RuntimeException gone) {
                    // the thread ended while being read
                }
            }
        } catch (IOException e) {
            return bytes;
        }
        return bytes;
    }

    /** The bytes a thread of this name wrote between two readings. */
    static long between(Map<String, Long> before, Map<String, Long> after, String name) {
        return Math.max(0, after.getOrDefault(name, 0L) - before.getOrDefault(name, 0L));
    }
}
