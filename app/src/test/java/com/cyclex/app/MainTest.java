package com.cyclex.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.api.AdmitMember;
import com.cyclex.api.MintCredits;
import com.cyclex.api.RegisterMember;
import com.cyclex.host.ExchangeHost;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path dir;

    @Test
    void smokeOpensChecksAndReportsTheStore() {
        try (ExchangeHost host = ExchangeHost.open(dir)) {
            long id = host.execute(new RegisterMember(0, "lab-pc", "")).id();
            host.execute(new AdmitMember(1, id));
            host.execute(new MintCredits(1, id, 5_000));
        }
        Captured run = Captured.main("--smoke", "--data-dir", dir.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("2 members, 0 markets, 0 trades"), run.out());
        assertTrue(run.out().contains("credits issued 50.00, in bid escrow 0.00"), "amounts in credits, not minor units: " + run.out());
        assertTrue(run.out().contains("ledger sum 0.00 credits"), run.out());
    }

    @Test
    void aSecondStartOnTheSameDataDirSaysItIsInUse() {
        try (ExchangeHost running = ExchangeHost.open(dir)) {
            Captured run = Captured.main("--smoke", "--data-dir", dir.toString());
            assertEquals(ExitCode.IN_USE.code, run.code());
            assertTrue(run.err().contains("is in use by another Cyclex"), run.err());
        }
    }

    @Test
    void aSessionOfAScenarioThatDoesNotExistOrWithoutAWindowIsRefusedWithASentence() {
        Captured missing = Captured.main("--session", "smith-1962-chart-9", "--data-dir", dir.toString());
        assertEquals(ExitCode.USAGE.code, missing.code());
        assertTrue(missing.err().contains("no shipped scenario of that name"), missing.err());
        Captured headless = Captured.main("--session", "smith-1962-chart-1", "--headless", "--data-dir", dir.toString());
        assertEquals(ExitCode.USAGE.code, headless.code());
        assertTrue(headless.err().contains("does not go with --headless"), headless.err());
    }

    @Test
    void benchRefusesNonsenseArguments() {
        Captured run = Captured.main("bench", "--commands", "0");
        assertEquals(ExitCode.USAGE.code, run.code());
        assertTrue(run.err().contains("at least 1"), run.err());
    }

    @Test
    void aBenchOnAFolderInUseIsRefusedAndLeavesItAlone() throws Exception {
        try (ExchangeHost running = ExchangeHost.open(dir)) {
            java.nio.file.Files.writeString(dir.resolve("soak-keep.txt"), "mine");
            java.nio.file.Files.createDirectories(dir.resolve("soak"));
            java.nio.file.Files.writeString(dir.resolve("soak").resolve("journal"), "not the bench's to delete");
            Captured run = Captured.main("bench", "--soak", "1", "--data-dir", dir.toString());
            assertEquals(ExitCode.IN_USE.code, run.code(), run.err());
            assertTrue(run.err().contains("is in use"), run.err());
            assertTrue(java.nio.file.Files.exists(dir.resolve("soak").resolve("journal")), "nothing under it was deleted");
        }
    }

    @Test
    void benchPrintsBothFiguresOnASmallStream() {
        Captured run = Captured.main("bench", "--commands", "20000", "--warmup-runs", "0", "--runs", "1");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().matches("(?s).*in-memory: [\\d,]+ commands/s.*durable: [\\d,]+ commands/s.*"), run.out());
    }
}
