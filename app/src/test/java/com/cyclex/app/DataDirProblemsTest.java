package com.cyclex.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data dir Cyclex cannot use: one sentence on standard error saying what is wrong and how to fix it, a window too
 * when the start was to open one, and a non-zero exit; never a stack trace, never the current folder instead.
 */
class DataDirProblemsTest {
    @TempDir
    Path tmp;

    /** The windows a start would have shown. */
    final List<String> windows = new ArrayList<>();

    @Test
    void aFileIsNotADataDir() throws Exception {
        Path file = Files.writeString(tmp.resolve("notes.txt"), "not a folder");
        assertRefused(file.toString(), "The data dir " + file + " is a file, not a folder.");
        assertEquals("not a folder", Files.readString(file), "the file is left as it was");
    }

    @Test
    void aFolderUnderAFileCannotBeMade() throws Exception {
        Path file = Files.writeString(tmp.resolve("notes.txt"), "");
        // Unwritable for everyone, root included: nothing can be made under a regular file.
        assertRefused(file.resolve("cyclex").toString(), "cannot be made because " + file + " is a file");
    }

    @Test
    void anEmptyNameIsRefusedInsteadOfUsingTheCurrentFolder() {
        assertRefused("", "The data dir is empty.");
        assertRefused("   ", "The data dir is empty.");
        assertFalse(Files.exists(Path.of("cyclex.lock")), "nothing was opened in the current folder");
    }

    @Test
    void aFolderWithoutWritePermissionIsRefused() throws Exception {
        Path locked = Files.createDirectory(tmp.resolve("read-only"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // Root may write anyway, and then the folder is usable: the check trusts a real write, not the bits.
            assumeFalse(DataDirCheck.check(locked.toString()).ok(), "this user can write in a read-only folder (root)");
            assertRefused(locked.toString(), "Cyclex cannot write in the data dir " + locked + ".");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aGoodFolderIsMadeAndPasses() {
        Path fresh = tmp.resolve("a/b/cyclex");
        DataDirCheck.Verdict verdict = DataDirCheck.check(fresh.toString());
        assertTrue(verdict.ok(), verdict.problem());
        assertTrue(Files.isDirectory(fresh));
        assertEquals(fresh.toAbsolutePath(), verdict.dir());
    }

    @Test
    void headlessAndSmokeStartsSayItOnStandardErrorOnly() throws Exception {
        Path file = Files.writeString(tmp.resolve("notes.txt"), "");
        for (String mode : List.of("--headless", "--smoke")) {
            Captured run = start(mode, "--data-dir", file.toString());
            assertEquals(ExitCode.DATA_DIR_UNUSABLE.code, run.code(), mode);
            assertTrue(run.err().contains("is a file, not a folder"), run.err());
        }
        assertEquals(List.of(), windows, "no window for a start that opens none");
    }

    /** A windowed start with this data dir: refused in one sentence, the same on stderr and in the window. */
    private void assertRefused(String dataDir, String expected) {
        windows.clear();
        Captured run = start("--data-dir", dataDir);
        assertEquals(ExitCode.DATA_DIR_UNUSABLE.code, run.code(), run.err());
        String err = run.err().strip();
        assertEquals(1, err.lines().count(), "one sentence, no stack trace: " + err);
        assertTrue(err.startsWith("Cyclex cannot use its data dir: "), err);
        assertTrue(err.contains(expected), err);
        assertTrue(err.contains("--data-dir"), "it says how to fix it: " + err);
        assertEquals(List.of("Cyclex cannot use its data dir: " + err.substring(err.indexOf(": ") + 2)), windows);
    }

    private Captured start(String... args) {
        CyclexCommand command = new CyclexCommand(new Complaints((title, text) -> windows.add(title + ": " + text)));
        return Captured.run(() -> Main.run(command, args));
    }
}
