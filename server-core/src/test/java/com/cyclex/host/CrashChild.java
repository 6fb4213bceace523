package com.cyclex.host;

import com.cyclex.api.Command;
import com.cyclex.api.CommandResult;
import com.cyclex.bench.BenchStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The process {@link ProcessCrashTest} kills: it opens a host on a data dir, waits for the parent's GO, runs
 * the setup of a bench stream, then submits the stream's commands without waiting and prints each
 * acknowledgement as it arrives, in order, flushed at once, so every line the parent reads is an
 * acknowledgement the child really received before it died. Then it waits to be killed.
 *
 * <p>Arguments: data dir, number of commands, stream seed.
 */
public final class CrashChild {
    /** Every command runs at this time, so the parent's reference can run them at the same time. */
    static final long TIME = BenchStream.time(0);
    static final int MEMBERS = 40;
    /** Checkpoints every few hundred commands, so the kill may also land during or after one. */
    static final SequencerOptions OPTIONS = new SequencerOptions(1 << 16, 64, 600_000, 150, Long.MAX_VALUE, () -> TIME);

    private CrashChild() {
    }

    static BenchStream stream(int count, long seed) {
        return BenchStream.generate(count, MEMBERS, seed);
    }

    public static void main(String[] args) throws InterruptedException, IOException {
        Path dir = Path.of(args[0]);
        BenchStream stream = stream(Integer.parseInt(args[1]), Long.parseLong(args[2]));
        PrintStream out = System.out;
        ExchangeHost host = ExchangeHost.open(dir, OPTIONS);
        out.println("OPEN " + ProcessHandle.current().pid());
        out.flush();
        // The parent looks at the lock while nothing else happens, then lets the stream go.
        if (!"GO".equals(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine())) {
            throw new IllegalStateException("the parent did not say GO");
        }
        for (Command c : stream.setup()) {
            CommandResult r = host.execute(c);
            if (!r.accepted()) {
                throw new IllegalStateException("setup failed: " + c + " -> " + r);
            }
        }
        Command[] commands = stream.commands();
        for (int i = 0; i < commands.length; i++) {
            int index = i;
            // Futures complete on the journal thread in commit order, so the lines come out in order.
            host.submit(commands[i]).thenAccept(r -> {
                out.println("ACK " + index + " " + r);
                out.flush();
            });
            if (i % 20 == 19) {
                Thread.sleep(1); // keep the stream going long enough for the parent's kill to land in the middle
            }
        }
        out.println("SUBMITTED");
        out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
