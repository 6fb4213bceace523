package com.cyclex.bench;

import com.cyclex.api.ExchangeFigures;
import com.cyclex.host.ExchangeHost;
import com.cyclex.host.SequencerOptions;
import com.cyclex.sim.DemoMarketplace;
import com.cyclex.sim.DemoPlan;
import com.cyclex.sim.RobotRunner;
import com.cyclex.sim.RobotStats;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A long run of the demo mix through the durable host at a fixed rate, with a subscriber attached (as a
 * terminal would be), printing each minute what would grow if anything did: the heap after a full GC, the
 * data files on disk, commands per second and what the latest checkpoint cost. The demo's spot markets run
 * with their terms divided by ten (1 and 6 minutes), so whole lease lives fit in the run and the open leases
 * reach their steady number early, and history is kept for {@code historyMinutes}, so the database holds a
 * steady amount of data: what the figures then show is whether anything grows beyond it.
 */
public final class Soak {
    /** The longest lease term of the soak's markets, in minutes: open leases reach their steady number after it. */
    private static final int LONGEST_TERM_MINUTES = 6;

    private final Path dir;
    private final int minutes;
    private final int rate;
    private final int historyMinutes;
    private final PrintStream out;

    /** One minute's figures. */
    public record Minute(int minute, long heapBytes, long databaseBytes, long journalBytes, double commandsPerSecond,
                         long checkpointMillis, long openOrders, long openLeaseCores, long trades) {
    }

    public Soak(Path dir, int minutes, int rate, int historyMinutes, PrintStream out) {
        if (minutes < 1 || rate < 1 || rate > RobotRunner.MAX_RATE || historyMinutes < 1) {
            throw new IllegalArgumentException("a soak runs 1 or more minutes at 1 to " + RobotRunner.MAX_RATE
                    + " commands/s, keeping 1 or more minutes of history");
        }
        this.dir = dir;
        this.minutes = minutes;
        this.rate = rate;
        this.historyMinutes = historyMinutes;
        this.out = out;
    }

    /** Runs the soak; true when heap and files stayed within 20% of their figure after the settling minutes. */
    public boolean run() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        List<Minute> figures = new ArrayList<>();
        AtomicLong events = new AtomicLong();
        SequencerOptions options = SequencerOptions.defaults().withCheckpoints(2_000_000, 60_000);
        out.printf("soak: the demo mix at %,d commands/s for %d minutes, history kept %d minutes, in %s%n", rate, minutes,
                historyMinutes, Bench.where(dir));
        try (ExchangeHost host = ExchangeHost.open(dir, options, historyMinutes * 60_000L);
             AutoCloseable subscription = host.subscribe(list -> events.addAndGet(list.size()))) {
            RobotRunner robots = DemoMarketplace.create(host, now -> DemoPlan.shortMarkets(10)).join();
            robots.setRate(rate);
            robots.start();
            long sentBefore = 0;
            long rowsBefore = host.history().rowsWritten();
            java.util.Map<String, Long> writesBefore = ThreadWrites.now();
            long t0 = System.nanoTime();
            for (int m = 1; m <= minutes; m++) {
                long due = t0 + m * 60_000_000_000L;
                while (System.nanoTime() < due) {
                    Thread.sleep(Math.max(1, (due - System.nanoTime()) / 1_000_000));
                }
                RobotStats stats = robots.stats();
                long answered = stats.accepted() + stats.rejected();
                System.gc();
                System.gc();
                long heap = memory.getHeapMemoryUsage().getUsed();
                ExchangeFigures f = host.read(x -> x.figures());
                ExchangeHost.CheckpointFigures cp = host.latestCheckpoint();
                Minute minute = new Minute(m, heap, host.databaseBytes(), host.journalBytes(), (answered - sentBefore) / 60.0,
                        cp == null ? -1 : cp.millis(), f.openOrders(), f.openInterest(), f.trades());
                sentBefore = answered;
                figures.add(minute);
                java.util.Map<String, Long> writes = ThreadWrites.now();
                long rows = host.history().rowsWritten();
                out.printf("minute %3d: heap %6.1f MB after GC, data %7.1f MB (database %.1f + journal %.1f), %,7.0f commands/s,"
                                + " checkpoint %s, %,d open orders, %,d cores in open leases, %,d trades, %,d events heard%n",
                        m, mb(heap), mb(minute.databaseBytes() + minute.journalBytes()), mb(minute.databaseBytes()),
                        mb(minute.journalBytes()), minute.commandsPerSecond(), cp == null ? "none yet" : cp.millis() + " ms",
                        f.openOrders(), f.openInterest(), f.trades(), events.get());
                out.printf("            written this minute: journal %.1f MB, history %.1f MB for %,d rows (%,.0f bytes a row),"
                                + " checkpoints %.1f MB; history in %d files of %.1f MB%n",
                        mb(ThreadWrites.between(writesBefore, writes, "cyclex-journal")),
                        mb(ThreadWrites.between(writesBefore, writes, "cyclex-history")), rows - rowsBefore,
                        rows == rowsBefore ? 0.0 : (double) ThreadWrites.between(writesBefore, writes, "cyclex-history") / (rows - rowsBefore),
                        mb(ThreadWrites.between(writesBefore, writes, "cyclex-checkpoi")), host.history().sliceCount(),
                        mb(host.history().bytes()));
                writesBefore = writes;
                rowsBefore = rows;
                if (host.failure() != null) {
                    out.println("soak: the exchange stopped: " + host.failure());
                    return false;
                }
            }
            robots.stop().join();
            RobotStats last = robots.stats();
            out.printf("soak: %,d commands sent, %,d accepted, %,d refused (%s), %,d history rows deleted as they aged%n",
                    last.sent(), last.accepted(), last.rejected(), last.rejections(), host.history().rowsDeleted());
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("the soak failed: " + e, e);
        }
        return verdict(figures);
    }

    private boolean verdict(List<Minute> figures) {
        // The open leases fill for the longest term, and the history window for its keep time after that (each
        // lease's rows reach the full window only then): before, growth is the steady amount arriving.
        int settle = LONGEST_TERM_MINUTES + historyMinutes + 1;
        if (figures.size() <= settle + 1) {
            out.printf("soak: too short to judge growth (the first %d minutes fill the open leases and the history window)%n",
                    settle);
            return true;
        }
        Minute base = figures.get(settle - 1);
        long maxHeap = figures.stream().skip(settle - 1).mapToLong(Minute::heapBytes).max().orElse(0);
        long maxData = figures.stream().skip(settle - 1).mapToLong(m -> m.databaseBytes() + m.journalBytes()).max().orElse(0);
        Minute end = figures.get(figures.size() - 1);
        double heapGrowth = (double) maxHeap / base.heapBytes() - 1;
        double dataGrowth = (double) maxData / (base.databaseBytes() + base.journalBytes()) - 1;
        boolean flat = heapGrowth <= 0.20 && dataGrowth <= 0.20;
        out.printf("soak: from minute %d to %d, heap %.1f -> %.1f MB (highest %+.0f%%), data %.1f -> %.1f MB (highest %+.0f%%): %s%n",
                base.minute(), end.minute(), mb(base.heapBytes()), mb(end.heapBytes()), 100 * heapGrowth,
                mb(base.databaseBytes() + base.journalBytes()), mb(end.databaseBytes() + end.journalBytes()), 100 * dataGrowth,
                flat ? "flat (within 20%)" : "GREW by more than 20%");
        return flat;
    }

    private static double mb(long bytes) {
        return bytes / 1_048_576.0;
    }
}
