package com.cyclex.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cyclex.api.Command;
import com.cyclex.api.MintCredits;
import com.cyclex.exchange.Fixture;
import com.cyclex.host.ExchangeHost;
import com.cyclex.host.SequencerOptions;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database that is not what the exchange wrote must stop the start with a sentence that says so, never
 * recover into a state nobody acknowledged. Each test damages the files with plain SQL while no host has them
 * open, the way a failing disk, a bad restore or a careless hand would.
 */
class DamagedDatabaseTest {
    /** One command per group commit, so every command is its own journal row. */
    private static final SequencerOptions ONE_PER_BATCH =
            new SequencerOptions(1024, 1, 600_000, Long.MAX_VALUE, Long.MAX_VALUE, () -> Fixture.T0);

    @TempDir
    Path dir;

    /** Five mints to the host itself, one group commit each (journal rows 1 to 5), then a crash: no checkpoint. */
    private void journalFiveCommandsAndCrash() {
        ExchangeHost host = ExchangeHost.open(dir, ONE_PER_BATCH);
        for (int i = 1; i <= 5; i++) {
            Command mint = new MintCredits(Fixture.HOST, Fixture.HOST, i);
            assertTrue(host.execute(mint).accepted());
        }
        host.crash();
        assertEquals(5, StoreFiles.queryLong(dir, "SELECT COUNT(*) FROM JOURNAL"), "one row per command");
    }

    private StoreException openFails() {
        return assertThrows(StoreException.class, () -> ExchangeHost.open(dir, ONE_PER_BATCH));
    }

    @Test
    void aCheckpointWhoseSavedHashWasAlteredIsRefusedAsDamage() {
        try (ExchangeHost host = ExchangeHost.open(dir, ONE_PER_BATCH)) {
            host.execute(new MintCredits(Fixture.HOST, Fixture.HOST, 100));
        }
        assertEquals(1, StoreFiles.update(dir, "UPDATE CHECKPOINT SET STATE_HASH = STATE_HASH + 1"));

        assertEquals("The checkpoint after command 1 does not match the hash it was saved with: the database is damaged.",
                openFails().getMessage());
        assertDataDirFree();
    }

    @Test
    void aCheckpointWhoseStateRowsWereAlteredIsRefusedAsDamage() {
        // The hash guards the tables too: a balance changed by hand no longer matches it.
        try (ExchangeHost host = ExchangeHost.open(dir, ONE_PER_BATCH)) {
            host.execute(new MintCredits(Fixture.HOST, Fixture.HOST, 100));
        }
        assertEquals(1, StoreFiles.update(dir, "UPDATE ACCOUNT SET BALANCE = BALANCE + 1 WHERE KIND = 'AVAILABLE'"));

        String message = openFails().getMessage();
        assertTrue(message.startsWith("The checkpoint after command 1 cannot be restored (") && message.endsWith(
                "): the database is damaged."), message);
        assertDataDirFree();
    }

    @Test
    void aGapInTheJournalIsRefusedNamingTheMissingCommands() {
        journalFiveCommandsAndCrash();
        assertEquals(1, StoreFiles.update(dir, "DELETE FROM JOURNAL WHERE FIRST_SEQ = 3"));

        assertEquals("The journal has a gap: commands 3 to 3 are missing.", openFails().getMessage());
        assertDataDirFree();
    }

    @Test
    void aMissingFirstBatchIsAGapToo() {
        // With no checkpoint the journal must start at command 1.
        journalFiveCommandsAndCrash();
        assertEquals(1, StoreFiles.update(dir, "DELETE FROM JOURNAL WHERE FIRST_SEQ = 1"));

        assertEquals("The journal has a gap: commands 1 to 1 are missing.", openFails().getMessage());
    }

    @Test
    void aBatchHoldingFewerCommandsThanItsRowSaysIsRefusedAsDamage() {
        journalFiveCommandsAndCrash();
        assertEquals(1, StoreFiles.update(dir, "UPDATE JOURNAL SET COMMANDS = 2 WHERE FIRST_SEQ = 4"));

        assertEquals("Journal batch 4..4 holds 1 commands, not 2: it is damaged.", openFails().getMessage());
    }

    @Test
    void aTruncatedBatchPayloadIsRefusedAsDamageNamingTheBatch() {
        // A payload cut short mid-command must not surface as an index error from deep inside the decoder: the
        // operator needs to know which batch is damaged.
        journalFiveCommandsAndCrash();
        StoreFiles.with(dir, c -> {
            byte[] payload;
            try (PreparedStatement p = c.prepareStatement("SELECT PAYLOAD FROM JOURNAL WHERE FIRST_SEQ = 2");
                 ResultSet r = p.executeQuery()) {
                r.next();
                payload = r.getBytes(1);
            }
            try (PreparedStatement p = c.prepareStatement("UPDATE JOURNAL SET PAYLOAD = ? WHERE FIRST_SEQ = 2")) {
                p.setBytes(1, Arrays.copyOf(payload, payload.length - 1));
                return p.executeUpdate();
            }
        });

        StoreException e = openFails();
        assertTrue(e.getMessage().startsWith("Journal batch 2..2 cannot be read"), e.getMessage());
        assertTrue(e.getMessage().endsWith("it is damaged."), e.getMessage());
    }

    @Test
    void aBatchWithAnUnknownCommandTagIsRefusedAsDamageNamingTheBatch() {
        journalFiveCommandsAndCrash();
        StoreFiles.with(dir, c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE JOURNAL SET PAYLOAD = ? WHERE FIRST_SEQ = 5")) {
                byte[] payload = new byte[9];
                payload[8] = (byte) 200; // a whole first time, then a tag no version ever wrote
                p.setBytes(1, payload);
                return p.executeUpdate();
            }
        });

        StoreException e = openFails();
        assertTrue(e.getMessage().startsWith("Journal batch 5..5 cannot be read: unknown command tag 200 in the journal"),
                e.getMessage());
    }

    /** A refused start must not keep the data dir locked: the operator fixes or restores it and starts again. */
    private void assertDataDirFree() {
        DataDir.open(dir).close();
    }
}
