package com.cyclex.app;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Makes sure a data dir can be used before anything is opened in it: that it is a folder (made if missing) and that
 * Cyclex can write in it. Each refusal is one sentence saying what is wrong and how to fix it, instead of a stack
 * trace from deep inside the store, or (for an empty name) silently using whatever folder the app started in.
 */
final class DataDirCheck {
    private static final String FIX = "Start Cyclex with --data-dir pointing to a folder you can write in";

    private DataDirCheck() {
    }

    /** The usable, absolute data dir; or a sentence why not. */
    record Verdict(Path dir, String problem) {
        boolean ok() {
            return problem == null;
        }
    }

    /** Checks the data dir as it was given on the command line ({@code given}), creating it if it is missing. */
    static Verdict check(String given) {
        if (given == null || given.isBlank()) {
            return refuse("The data dir is empty. " + FIX + ", or leave the option out to use "
                    + DataDirs.defaultDir() + ".");
        }
        Path dir;
        try {
            dir = Path.of(given).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            return refuse("\"" + given + "\" is not a folder name this system accepts (" + e.getReason() + "). " + FIX + ".");
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            return refuse("The data dir " + dir + " is a file, not a folder. " + FIX + " (it is made if missing).");
        }
        Path blocker = fileInTheWay(dir);
        if (blocker != null) {
            return refuse("The data dir " + dir + " cannot be made because " + blocker + " is a file, not a folder. "
                    + FIX + ".");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            return refuse("Cyclex cannot make the data dir " + dir + " (" + reason(e) + "). " + FIX + ".");
        }
        // Files.isWritable alone is not enough: root passes every permission check, and a read-only file system or
        // an access control list may still refuse; so also write and delete a probe file.
        if (!Files.isWritable(dir) || !probe(dir)) {
            return refuse("Cyclex cannot write in the data dir " + dir + ". " + FIX + ", or make this one writable.");
        }
        return new Verdict(dir, null);
    }

    private static Verdict refuse(String sentence) {
        return new Verdict(null, sentence);
    }

    /** The nearest existing ancestor of a missing folder, when it is not a folder itself (so nothing can be made under it). */
    private static Path fileInTheWay(Path dir) {
        for (Path p = dir.getParent(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                return Files.isDirectory(p) ? null : p;
            }
        }
        return null;
    }

    private static boolean probe(Path dir) {
        try {
            Path probe = Files.createTempFile(dir, ".write-probe", ".tmp");
            Files.delete(probe);
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    private static String reason(IOException e) {
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
