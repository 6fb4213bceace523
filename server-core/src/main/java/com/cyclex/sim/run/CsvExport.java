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
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
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

    /** Creates (or empties) the four files in {@code dir}. */
    public CsvExport(Path dir) {
        this(dir, false);
    }

    /**
     * The four files in {@code dir}: with {@code append}, rows go on after those already there (a live session taken
     * up again after its host restarted); else the files are created or emptied.
     */
    public CsvExport(Path dir, boolean append) {
        try {
            Files.createDirectories(dir);
            orders = printer(dir.resolve("orders.csv"), ORDERS, append);
            trades = printer(dir.resolve("trades.csv"), TRADES, append);
            periods = printer(dir.resolve("periods.csv"), PERIODS, append);
            seats = printer(dir.resolve("seats.csv"), SEATS, append);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the export in " + dir + ": " + e.getMessage(), e);
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
        }

        @Override
        public void periodStarted(int period, long time) {
            periodStart = time;
        }

        @Override
        public void order(OrderRecord o) {
            write(orders, run, o.period(), o.seq(), seconds(o.time()), name(o.seat()), role(o.side()), o.price(),
                    o.event().name().toLowerCase(Locale.ROOT), o.reason(), o.orderId() == 0 ? null : o.orderId());
        }

        @Override
        public void trade(TradeRecord t) {
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

    private static void write(CSVPrinter printer, Object... values) {
        try {
            printer.printRecord(values);
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
