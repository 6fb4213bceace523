package com.cyclex.sim.run;

import com.cyclex.market.Side;
import com.cyclex.sim.measure.PeriodFigures;
import com.cyclex.sim.session.OrderRecord;
import com.cyclex.sim.session.Session;
import com.cyclex.sim.session.SessionListener;
import com.cyclex.sim.session.SessionSeat;
import com.cyclex.sim.session.TradeRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes sessions as four CSV files in one folder (orders, trades, periods, seats; the columns are in
 * docs/scenarios.md), a row as each thing happens, so a long experiment never holds its rows in memory. Every row
 * starts with the run, so many runs share one set of files. A figure with nothing to measure is left empty (NaN in
 * pandas, NA in R).
 */
public final class CsvExport implements AutoCloseable {
    public static final String[] ORDERS = {"run", "period", "seq", "t_s", "seat", "role", "price", "event", "reason", "order_id"};
    public static final String[] TRADES = {"run", "period", "seq", "t_s", "buyer", "seller", "price", "value", "cost", "surplus",
            "aggressor", "trade_id"};
    public static final String[] PERIODS = {"run", "period", "trades", "ce_price_low", "ce_price_high", "ce_price", "ce_quantity",
            "max_surplus", "surplus", "efficiency", "alpha", "mean_price", "volatility"};
    public static final String[] SEATS = {"run", "period", "seat", "role", "robot", "units", "traded", "surplus", "total_surplus"};

    private final CSVPrinter orders;
    private final CSVPrinter trades;
    private final CSVPrinter periods;
    private final CSVPrinter seats;
    /** Each row goes to the file as it is written: a live session's rows then outlive a killed host. */
    private final boolean rowByRow;
    /**
     * Trades and filled orders the files held when a session was taken up again, which it may book a second time;
     * each is let go once matched, so this stays as small as what a kill cut off.
     */
    private final Set<Long> tradesWritten = new HashSet<>();
    private final Set<Long> fillsWritten = new HashSet<>();

    /** Creates (or empties) the four files in {@code dir}, rows buffered: for runs that write thousands of periods. */
    public CsvExport(Path dir) {
        this(dir, false, false, 0);
    }

    /** Creates (or empties) the four files in {@code dir} for a live session: each row is in the file once written. */
    public static CsvExport live(Path dir) {
        return new CsvExport(dir, false, true, 0);
    }

    /**
     * Goes on with a live session's files after its host restarted, even when it was killed: a row cut short at the
     * end is dropped, and so are the rows of periods after the {@code periodsEnded} that the session's saved record
     * knows to have ended (the session ends such a period again). Trades and fills already in the files are not
     * written again when the session books them once more on its way back.
     */
    public static CsvExport takeUp(Path dir, int periodsEnded) {
        return new CsvExport(dir, true, true, periodsEnded);
    }

    private CsvExport(Path dir, boolean append, boolean rowByRow, int periodsEnded) {
        this.rowByRow = rowByRow;
        try {
            Files.createDirectories(dir);
            if (append) {
                int event = column(ORDERS, "event");
                int orderId = column(ORDERS, "order_id");
                keepRows(dir.resolve("orders.csv"), ORDERS, row -> {
                    if (row[event].equals("filled") && !row[orderId].isEmpty()) {
                        fillsWritten.add(Long.parseLong(row[orderId]));
                    }
                    return true;
                });
                int tradeId = column(TRADES, "trade_id");
                keepRows(dir.resolve("trades.csv"), TRADES, row -> {
                    tradesWritten.add(Long.parseLong(row[tradeId]));
                    return true;
                });
                int periodOfPeriods = column(PERIODS, "period");
                keepRows(dir.resolve("periods.csv"), PERIODS, row -> Integer.parseInt(row[periodOfPeriods]) <= periodsEnded);
                int periodOfSeats = column(SEATS, "period");
                keepRows(dir.resolve("seats.csv"), SEATS, row -> Integer.parseInt(row[periodOfSeats]) <= periodsEnded);
            }
            orders = printer(dir.resolve("orders.csv"), ORDERS, append);
            trades = printer(dir.resolve("trades.csv"), TRADES, append);
            periods = printer(dir.resolve("periods.csv"), PERIODS, append);
            seats = printer(dir.resolve("seats.csv"), SEATS, append);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the export in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static int column(String[] header, String name) {
        return Arrays.asList(header).indexOf(name);
    }

    /**
     * Rewrites {@code file} with its header and the whole rows that {@code keep} takes; a last row without its line
     * end (the write a kill cut short) or with the wrong number of fields is dropped. Left alone when nothing goes.
     */
    private static void keepRows(Path file, String[] header, Predicate<String[]> keep) throws IOException {
        if (!Files.isRegularFile(file)) {
            return;
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n') + 1; // after the last whole line
        StringBuilder kept = new StringBuilder();
        boolean dropped = end < text.length();
        CSVFormat format = CSVFormat.DEFAULT;
        String[] lines = text.substring(0, end).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty()) {
                continue;
            }
            if (i == 0) {
                kept.append(line).append('\n'); // the header
                continue;
            }
            String[] row;
            try (CSVParser parser = CSVParser.parse(line, format)) {
                row = parser.getRecords().get(0).values();
            }
            if (row.length == header.length && keep.test(row)) {
                kept.append(line).append('\n');
            } else {
                dropped = true;
            }
        }
        if (dropped) {
            Path next = file.resolveSibling(file.getFileName() + ".new");
            Files.writeString(next, kept, StandardCharsets.UTF_8);
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private static CSVPrinter printer(Path file, String[] header, boolean append) throws IOException {
        boolean goOn = append && Files.isRegularFile(file) && Files.size(file) > 0;
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(header).setSkipHeaderRecord(goOn).setRecordSeparator('\n').get();
        return new CSVPrinter(goOn ? Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND)
                : Files.newBufferedWriter(file, StandardCharsets.UTF_8), format);
    }

    /** Listens to one run's session from its first period on. */
    public void attach(int run, Session session) {
        session.listen(new Rows(run, session));
    }

    private final class Rows implements SessionListener {
        private final int run;
        private final Session session;
        private long periodStart;

        Rows(int run, Session session) {
            this.run = run;
            this.session = session;
            this.periodStart = session.periodStart(); // a session taken up again is in the middle of a period
        }

        @Override
        public void periodStarted(int period, long time) {
            periodStart = time;
        }

        @Override
        public void order(OrderRecord o) {
            if (o.event() == OrderRecord.Event.FILLED && fillsWritten.remove(o.orderId())) {
                return; // booked again after a restart: its row made it to the file before the host stopped
            }
            write(orders, run, o.period(), o.seq(), seconds(o.time()), name(o.seat()), role(o.side()), o.price(),
                    o.event().name().toLowerCase(Locale.ROOT), o.reason(), o.orderId() == 0 ? null : o.orderId());
        }

        @Override
        public void trade(TradeRecord t) {
            if (tradesWritten.remove(t.tradeId())) {
                return; // booked again after a restart, as above
            }
            write(trades, run, t.period(), t.seq(), seconds(t.time()), name(t.buyer()), name(t.seller()), t.price(), t.value(),
                    t.cost(), t.value() - t.cost(), role(t.aggressor()), t.tradeId());
        }

        @Override
        public void periodEnded(PeriodFigures f, long time) {
            var eq = f.equilibrium();
            write(periods, run, f.period(), f.trades(), eq.priceLow(), eq.priceHigh(), eq.price(), eq.quantity(), eq.maxSurplus(),
                    f.surplus(), number(f.efficiency()), number(f.alpha()), number(f.meanPrice()), number(f.volatility()));
            for (SessionSeat s : session.seats()) {
                write(seats, run, f.period(), s.name(), role(s.side()), s.plan().robot() == null ? "student" : s.plan().robot().name(),
                        s.limits().length, s.traded(), s.periodSurplus(), s.totalSurplus());
            }
        }

        private String name(int seat) {
            return session.seat(seat).name();
        }

        private String seconds(long time) {
            return String.format(Locale.ROOT, "%.3f", (time - periodStart) / 1000.0);
        }
    }

    private static String role(Side side) {
        return side == Side.BID ? "buyer" : "seller";
    }

    /** A double as pandas and R read it; NaN as an empty field. */
    private static String number(double x) {
        return Double.isNaN(x) ? null : String.format(Locale.ROOT, "%.4f", x);
    }

    private void write(CSVPrinter printer, Object... values) {
        try {
            printer.printRecord(values);
            if (rowByRow) {
                printer.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes out what is buffered, so the files can be read while a live session goes on. */
    public void flush() {
        for (CSVPrinter p : new CSVPrinter[] {orders, trades, periods, seats}) {
            try {
                p.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void close() {
        for (CSVPrinter p : new CSVPrinter[] {orders, trades, periods, seats}) {
            try {
                p.close(true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
