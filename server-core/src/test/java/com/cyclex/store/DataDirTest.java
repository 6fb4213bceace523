package com.cyclex.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.host.ExchangeHost;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One data dir, one exchange: a second one must be told plainly that the folder is taken, and must get it as
 * soon as the first lets go. (The case of another process, including one killed outright, is in
 * ProcessCrashTest.)
 */
class DataDirTest {
    @TempDir
    Path dir;

    @Test
    void aSecondOpenIsRefusedWithASentenceNamingTheHolder() {
        try (DataDir first = DataDir.open(dir)) {
            DataDirLockedException e = assertThrows(DataDirLockedException.class, () -> DataDir.open(dir));
            assertEquals("The data dir " + first.path() + " is in use by another Cyclex (process "
                    + ProcessHandle.current().pid() + "). Close that one first, or start this one with --data-dir"
                    + " pointing elsewhere.", e.getMessage());
        }
        DataDir.open(dir).close();
    }

    @Test
    void theLockFileNamesTheProcessThatHoldsIt() throws IOException {
        try (DataDir held = DataDir.open(dir)) {
            assertEquals(Long.toString(ProcessHandle.current().pid()),
                    Files.readString(held.path().resolve("cyclex.lock"), StandardCharsets.US_ASCII));
        }
    }

    @Test
    void aRunningHostHoldsItsDataDirUntilItCrashesOrCloses() {
        ExchangeHost host = ExchangeHost.open(dir);
        DataDirLockedException e = assertThrows(DataDirLockedException.class, () -> ExchangeHost.open(dir));
        assertTrue(e.getMessage().contains("is in use by another Cyclex"), e.getMessage());
        host.crash();

        ExchangeHost again = ExchangeHost.open(dir);
        assertThrows(DataDirLockedException.class, () -> ExchangeHost.open(dir));
        again.close();
        ExchangeHost.open(dir).close();
    }
}
