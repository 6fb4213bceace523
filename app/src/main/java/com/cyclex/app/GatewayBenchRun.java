package com.cyclex.app;

import com.cyclex.net.GatewayBench;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** `cyclex bench --gateway`: runs the gateway bench on a fresh folder of the data disk and removes it after. */
final class GatewayBenchRun {
    private GatewayBenchRun() {
    }

    static int run(Path dataDir, int commands, int clients, int rate) {
        if (clients < 1 || rate < 1 || rate > 100_000) {
            System.err.println("--clients is at least 1 and --rate from 1 to 100000.");
            return 2;
        }
        try {
            Path base = dataDir != null ? dataDir : Path.of("target");
            Files.createDirectories(base);
            Path dir = Files.createTempDirectory(base.toAbsolutePath(), "gateway-bench-");
            try {
                int pipelined = Math.max(10_000, Math.min(commands, 200_000));
                new GatewayBench(dir, System.out, pipelined, clients, Math.max(100, pipelined / clients / 2), rate, 10).run();
                return 0;
            } finally {
                delete(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
