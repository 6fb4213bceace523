package com.cyclex.ui.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SavedLayoutTest {
    @TempDir
    Path dir;

    @Test
    void aLayoutReadsBackAsItWasWritten() {
        SavedLayout layout = new SavedLayout();
        layout.window(new SavedLayout.Bounds(12, 34, 1400, 850), true);
        layout.market(3);
        layout.tab("tab-host");
        layout.dividers("split-center", new double[] {0.7});
        layout.dividers("split-market", new double[] {0.5, 0.77});
        Path file = dir.resolve("terminal-layout.properties");
        layout.write(file);

        SavedLayout read = SavedLayout.read(file);
        assertEquals(Optional.of(new SavedLayout.Bounds(12, 34, 1400, 850)), read.window());
        assertTrue(read.maximized());
        assertEquals(3, read.market());
        assertEquals(Optional.of("tab-host"), read.tab());
        assertArrayEquals(new double[] {0.7}, read.dividers("split-center").orElseThrow(), 1e-4);
        assertArrayEquals(new double[] {0.5, 0.77}, read.dividers("split-market").orElseThrow(), 1e-4);
    }

    @Test
    void aMissingOrDamagedFileReadsAsAFirstStart() throws IOException {
        SavedLayout none = SavedLayout.read(dir.resolve("absent.properties"));
        assertTrue(none.window().isEmpty());
        assertEquals(0, none.market());

        Path damaged = dir.resolve("damaged.properties");
        Files.writeString(damaged, "window=12 x 1400\nmarket=three\ndividers.split-center=1.7\ntab=\n");
        SavedLayout read = SavedLayout.read(damaged);
        assertTrue(read.window().isEmpty());
        assertEquals(0, read.market());
        assertTrue(read.dividers("split-center").isEmpty(), "a divider beyond the pane is dropped");
        assertFalse(read.tab().isPresent());
    }
}
