package com.cyclex.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.api.ExchangeReader;
import com.cyclex.api.LedgerTotals;
import com.cyclex.host.ExchangeHost;
import com.cyclex.host.SequencerOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data dir written by Cyclex 0.1 itself (commit 3042af4: journal rows in H2, a version-1 checkpoint, demo
 * robots trading, then a crash) opens in this build at exactly the state 0.1 recovered from it: the figures in
 * {@code v0.1-datadir.properties} are what 0.1's own {@code --smoke} printed for the same files. Its trades are
 * in the history too, and the next start (from this build's checkpoint) arrives at the same state.
 */
class VersionZeroOneDataDirTest {
    @TempDir
    Path dir;

    @Test
    void aDataDirOfVersionZeroOneOpensAtTheStateItRecordedAndKeepsItsTrades() throws IOException {
        Properties expected = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/legacy/v0.1-datadir.properties")) {
            expected.load(in);
        }
        unzip("/legacy/v0.1-datadir.zip", dir);
        // The clock stands where 0.1 stopped, so nothing falls due while the figures are read.
        long stoppedAt = Long.parseLong(expected.getProperty("stoppedAt"));
        SequencerOptions options = SequencerOptions.defaults().withClock(() -> stoppedAt);
        long trades = Long.parseLong(expected.getProperty("trades"));
        try (ExchangeHost host = ExchangeHost.open(dir, options)) {
            assertEquals(Long.parseLong(expected.getProperty("lastSeq")), host.recovered().lastSeq());
            assertEquals(Long.parseLong(expected.getProperty("checkpointSeq")), host.recovered().checkpointSeq());
            assertEquals(Long.parseLong(expected.getProperty("replayed")), host.recovered().replayed());
            checkFigures(host, expected);
            assertTrue(host.history().awaitMark(host.lastSeq(), 60_000), "the replayed commands' history is written");
            assertEquals(trades, host.history().trades(0, Long.MAX_VALUE, 5_000).size(),
                    "every trade 0.1 made is in the history: those of its checkpoint brought over, the replayed ones written");
        }
        try (ExchangeHost again = ExchangeHost.open(dir, options)) {
            assertEquals(0, again.recovered().replayed(), "this build's clean close checkpointed everything");
            checkFigures(again, expected);
            assertEquals(trades, again.history().trades(0, Long.MAX_VALUE, 5_000).size());
        }
    }

    private static void checkFigures(ExchangeHost host, Properties expected) {
        LedgerTotals totals = host.read(ExchangeReader::ledgerTotals);
        assertEquals(0, totals.sum(), "the ledger balances");
        assertEquals(Long.parseLong(expected.getProperty("issued")), totals.issued());
        assertEquals(Long.parseLong(expected.getProperty("bidEscrow")), totals.bidEscrow());
        assertEquals(Long.parseLong(expected.getProperty("leaseEscrow")), totals.leaseEscrow());
        assertEquals(Long.parseLong(expected.getProperty("fees")), totals.fees());
        assertEquals(Long.parseLong(expected.getProperty("trades")), (long) host.read(ExchangeReader::tradeCount));
        assertEquals(Integer.parseInt(expected.getProperty("members")), (int) host.read(r -> r.members().size()));
        assertEquals(Integer.parseInt(expected.getProperty("markets")), (int) host.read(r -> r.markets().size()));
    }

    private void unzip(String resource, Path into) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(getClass().getResourceAsStream(resource))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                Path target = into.resolve(e.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException("an entry outside the folder: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(zip, target);
                }
            }
        }
    }
}
