package com.cyclex.ui;

import java.nio.file.Path;

/**
 * Where a test leaves a picture for a person to look at: the folder given with {@code -Dcyclex.snapshots=DIR}, else
 * the module's target/pictures. Never docs/: the README's pictures are made on purpose, by {@code cyclex pictures}.
 */
public final class TestPictures {
    private TestPictures() {
    }

    public static Path file(String name) {
        String dir = System.getProperty("cyclex.snapshots");
        return (dir == null ? Path.of("target", "pictures") : Path.of(dir)).resolve(name);
    }
}
