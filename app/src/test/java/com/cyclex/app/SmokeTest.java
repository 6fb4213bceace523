package com.cyclex.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.api.AdmitMember;
import com.cyclex.api.LedgerTotals;
import com.cyclex.api.MintCredits;
import com.cyclex.api.RegisterMember;
import com.cyclex.host.ExchangeHost;
import com.cyclex.store.Recovery;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --smoke} on a real data dir: passes on a sound one, and ends non-zero, saying why, on a damaged one. */
class SmokeTest {
    @TempDir
    Path dir;

    @BeforeEach
    void anExchangeClosedCleanly() {
        try (ExchangeHost host = ExchangeHost.open(dir)) {
            long id = host.execute(new RegisterMember(0, "lab-pc", "")).id();
            host.execute(new AdmitMember(1, id));
            host.execute(new MintCredits(1, id, 5_000));
        }
    }

    @Test
    void aSoundDataDirPasses() {
        Captured run = Captured.main("--smoke", "--data-dir", dir.toString());
        assertEquals(ExitCode.OK.code, run.code(), run.err());
        assertTrue(run.out().contains("Smoke check passed"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void aBalanceChangedBehindTheExchangesBackIsDamage() throws SQLException {
        sql("UPDATE ACCOUNT SET BALANCE = BALANCE + 1 WHERE KIND = 'AVAILABLE' AND MEMBER_ID = 2");
        Captured run = Captured.main("--smoke", "--data-dir", dir.toString());
        assertEquals(ExitCode.DAMAGED.code, run.code(), run.out());
        assertOneSentenceOnStderr(run, "damaged");
    }

    @Test
    void creditsMovedBetweenAccountsSoTheSumStillHoldsAreDamageToo() throws SQLException {
        sql("UPDATE ACCOUNT SET BALANCE = BALANCE - 1 WHERE KIND = 'AVAILABLE' AND MEMBER_ID = 2");
        sql("UPDATE ACCOUNT SET BALANCE = BALANCE + 1 WHERE KIND = 'FEES'");
        Captured run = Captured.main("--smoke", "--data-dir", dir.toString());
        assertEquals(ExitCode.DAMAGED.code, run.code(), run.out());
        assertOneSentenceOnStderr(run, "damaged");
    }

    @Test
    void aLedgerThatDoesNotSumToZeroFailsTheCheckWithItsOwnCode() {
        SmokeCheck.Failure failure = SmokeCheck.check(summarySumming(7), null);
        assertEquals(ExitCode.UNBALANCED, failure.code());
        assertTrue(failure.sentence().startsWith("The ledger does not balance: its accounts sum to 7 minor units"),
                failure.sentence());
        assertEquals(ExitCode.DAMAGED, SmokeCheck.check(summarySumming(0), "the journal failed").code());
        assertNull(SmokeCheck.check(summarySumming(0), null));
    }

    private HostSummary summarySumming(long sum) {
        return new HostSummary(dir.toString(), 1, new Recovery.Recovered(null, 3, 3, 0, 0, 1), 2, 0, 0,
                new LedgerTotals(5_000, 0, 0, 0, sum, 3), 0);
    }

    private static void assertOneSentenceOnStderr(Captured run, String word) {
        String err = run.err().strip();
        assertTrue(err.startsWith("Cyclex cannot open its data: "), err);
        assertTrue(err.contains(word), err);
        assertEquals(1, err.lines().count(), "one sentence, no stack trace: " + err);
    }

    /** Changes the store as someone with an SQL console (or a failing disk) might, after the clean close. */
    private void sql(String statement) throws SQLException {
        String url = "jdbc:h2:file:" + dir.resolve("db").resolve("exchange").toAbsolutePath();
        try (Connection c = DriverManager.getConnection(url, "cyclex", ""); Statement s = c.createStatement()) {
            assertEquals(1, s.executeUpdate(statement), statement);
        }
    }
}
