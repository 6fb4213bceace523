package com.cyclex.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.api.Command;
import com.cyclex.api.CommandResult;
import com.cyclex.api.ExchangeReader;
import com.cyclex.api.ResultCode;
import com.cyclex.exchange.Exchange;
import com.cyclex.host.TradingScript.Chunk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

/**
 * Whatever the moment and the manner of a restart, the host comes back to exactly the state of the commands it
 * acknowledged: no acknowledged command is lost, none is invented, and each replays to the same effect it had
 * the first time. Each try runs a random trading stream through a real host on real H2 files, restarting it one
 * to three times: cleanly (close: final checkpoint), abruptly between commands (crash), or abruptly while a
 * chunk of commands is still in flight, in which case the commands never acknowledged are submitted again
 * afterwards, as a client would retry them. Small checkpoint intervals make recovery go through a checkpoint
 * plus a journal tail; large ones make it replay the whole journal.
 *
 * <p>The host's clock is the test's: it changes only between chunks, when every command before is answered, so
 * the in-memory reference can apply each command at exactly the time the host did. The idle clock advance is
 * pushed out to ten minutes so it never slips an unplanned command in, and the test's queries (which advance the
 * clock too) come only at a time every command before them has already run at.
 */
class RecoveryPropertyTest {
    private static final int CHUNKS = 20;
    private static final int MAX_CHUNK = 10;

    enum Kind { CLOSE, CRASH, CRASH_IN_FLIGHT }

    /** Restart the host before chunk {@code at} runs (or, in flight, while it runs). */
    record Restart(Kind kind, int at) {
    }

    @Property(tries = 16)
    void aRestartedHostHoldsExactlyTheAcknowledgedCommands(
            @ForAll long seed,
            @ForAll @Size(min = 1, max = 3) List<@From("restart") Restart> restarts,
            @ForAll("checkpointEvery") long checkpointEvery,
            @ForAll("maxBatch") int maxBatch,
            @ForAll boolean hourlyCheckpoints) throws IOException {
        Path dir = Files.createTempDirectory("cyclex-recovery");
        try {
            new Run(dir, seed, restarts, new SequencerOptions(4096, maxBatch, 600_000, checkpointEvery,
                    hourlyCheckpoints ? 3_600_000L : Long.MAX_VALUE, null)).go();
        } finally {
            deleteTree(dir);
        }
        // The property means little unless recovery really goes through each path now and then.
        Statistics.label("recovery").coverage(coverage -> {
            coverage.check("checkpoint + journal").count(n -> n > 0);
        });
    }

    @Provide
    Arbitrary<Restart> restart() {
        // Crashes three times as often as clean closes: a close always recovers from a checkpoint alone.
        Arbitrary<Kind> kind = Arbitraries.frequency(Tuple.of(1, Kind.CLOSE), Tuple.of(3, Kind.CRASH),
                Tuple.of(3, Kind.CRASH_IN_FLIGHT));
        return Combinators.combine(kind, Arbitraries.integers().between(1, CHUNKS + 1))
                .as(Restart::new);
    }

    @Provide
    Arbitrary<Long> checkpointEvery() {
        // Mostly intervals longer than a chunk, so a crash usually lands between checkpoints; now and then a
        // checkpoint after nearly every batch, or none but the one a clean close takes.
        return Arbitraries.frequency(Tuple.of(1, 2L), Tuple.of(2, 10L), Tuple.of(2, 25L), Tuple.of(1, 60L),
                Tuple.of(1, Long.MAX_VALUE));
    }

    @Provide
    Arbitrary<Integer> maxBatch() {
        // One command per group commit, a few, or as many as are queued.
        return Arbitraries.of(1, 3, 8192);
    }

    /** One try: the script, the host as it restarts, and the reference it must match. */
    private static final class Run {
        final Path dir;
        final List<Chunk> script;
        final List<Restart> restarts;
        final AtomicLong clock = new AtomicLong(TradingScript.T0);
        final SequencerOptions options;
        final Reference reference = new Reference();
        ExchangeHost host;

        Run(Path dir, long seed, List<Restart> restarts, SequencerOptions options) {
            this.dir = dir;
            this.script = TradingScript.generate(seed, CHUNKS, MAX_CHUNK);
            this.restarts = restarts.stream().sorted(Comparator.comparingInt(Restart::at)).toList();
            this.options = options.withClock(clock::get);
        }

        void go() {
            host = ExchangeHost.open(dir, options);
            try {
                assertEquals(0, host.recovered().lastSeq(), "a new data dir starts empty");
                int next = 0;
                for (int at = 0; at < script.size(); at++) {
                    boolean ranInFlight = false;
                    while (next < restarts.size() && restarts.get(next).at() == at) {
                        Kind kind = restarts.get(next++).kind();
                        if (kind == Kind.CRASH_IN_FLIGHT && !ranInFlight) {
                            crashInFlight(script.get(at));
                            ranInFlight = true;
                        } else {
                            restart(kind == Kind.CLOSE);
                        }
                    }
                    if (!ranInFlight) {
                        run(script.get(at));
                    }
                }
                while (next < restarts.size()) {
                    restart(restarts.get(next++).kind() == Kind.CLOSE);
                }

                Exchange uninterrupted = new Exchange();
                for (Chunk chunk : script) {
                    chunk.commands().forEach(c -> uninterrupted.apply(c, chunk.time()));
                }
                assertEquals(uninterrupted.stateHash(), reference.stateHash(),
                        "retrying the unacknowledged commands gives the history of an uninterrupted run");
                assertEquals(uninterrupted.stateHash(), hostHash(), "the host ends where an uninterrupted run ends");
                assertEquals(uninterrupted.tradeCount(), (long) host.read(ExchangeReader::tradeCount));
                host.close();
                host = null;
            } finally {
                if (host != null) {
                    host.crash();
                }
            }
        }

        /** Runs a chunk to the end; each result must be the one the reference gets. */
        private void run(Chunk chunk) {
            clock.set(chunk.time());
            List<CompletableFuture<CommandResult>> futures = new ArrayList<>();
            chunk.commands().forEach(c -> futures.add(host.submit(c)));
            for (int i = 0; i < futures.size(); i++) {
                CommandResult expected = reference.apply(chunk.commands().get(i), chunk.time());
                assertEquals(expected, futures.get(i).join(), "result of " + chunk.commands().get(i));
            }
        }

        private void restart(boolean clean) {
            long before = hostHash();
            assertEquals(reference.stateHash(), before);
            if (clean) {
                host.close();
            } else {
                host.crash();
            }
            host = ExchangeHost.open(dir, options);
            var recovered = host.recovered();
            assertEquals(reference.journaled(), recovered.lastSeq(), "every journaled command, and no more, is back");
            assertEquals(recovered.lastSeq(), recovered.checkpointSeq() + recovered.replayed(),
                    "recovery replays exactly the journal after the checkpoint");
            if (clean) {
                assertEquals(0, recovered.replayed(), "a clean close checkpoints everything");
            }
            assertEquals(before, hostHash(), "the state hash survives the " + (clean ? "close" : "crash"));
            Statistics.label("recovery").collect(describe(recovered.checkpointSeq(), recovered.replayed()));
        }

        /**
         * Submits a whole chunk and crashes without waiting: some commands are acknowledged, some may be durable
         * without an acknowledgement, the rest are lost and are submitted again after the restart.
         */
        private void crashInFlight(Chunk chunk) {
            long before = clock.get();
            clock.set(chunk.time());
            List<Command> commands = chunk.commands();
            List<CompletableFuture<CommandResult>> futures = new ArrayList<>();
            commands.forEach(c -> futures.add(host.submit(c)));
            host.crash();

            int acked = 0;
            while (acked < commands.size() && futures.get(acked).join().code() != ResultCode.EXCHANGE_UNAVAILABLE) {
                assertEquals(reference.apply(commands.get(acked), chunk.time()), futures.get(acked).join(),
                        "result of acknowledged " + commands.get(acked));
                acked++;
            }
            for (int i = acked; i < commands.size(); i++) {
                assertEquals(ResultCode.EXCHANGE_UNAVAILABLE, futures.get(i).join().code(),
                        "acknowledgements come in order: nothing after the first unacknowledged command is acknowledged");
            }

            // Back to the time before the chunk while the recovered state is checked: a query moves the clock
            // on, and at the chunk's time it could run a time event the reference only sees with the retry.
            clock.set(before);
            host = ExchangeHost.open(dir, options);
            long lastSeq = host.recovered().lastSeq();
            assertTrue(lastSeq >= reference.journaled(), "an acknowledged command was lost: journal ends at " + lastSeq
                    + ", acknowledged commands reach " + reference.journaled());
            // Commands the journal kept although their acknowledgement never went out: the journal holds a prefix
            // of what was submitted, so the reference takes them in order until it has as many journaled commands.
            int applied = acked;
            while (reference.journaled() < lastSeq) {
                assertTrue(applied < commands.size(), "the journal holds more commands than were submitted");
                reference.apply(commands.get(applied++), chunk.time());
            }
            assertEquals(reference.stateHash(), hostHash(), "recovered state after a crash with " + acked + " of "
                    + commands.size() + " acknowledged and " + (applied - acked) + " durable but unacknowledged");
            Statistics.label("recovery").collect(describe(host.recovered().checkpointSeq(), host.recovered().replayed()));

            run(new Chunk(chunk.time(), List.copyOf(commands.subList(applied, commands.size()))));
        }

        private long hostHash() {
            return host.read(ExchangeReader::stateHash);
        }

        private static String describe(long checkpointSeq, long replayed) {
            return checkpointSeq == 0 ? "journal only" : replayed == 0 ? "checkpoint only" : "checkpoint + journal";
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
