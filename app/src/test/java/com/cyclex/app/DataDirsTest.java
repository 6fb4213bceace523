package com.cyclex.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirsTest {
    private final Path home = Path.of("/home/ada");

    @Test
    void linuxFollowsXdgDataHome() {
        assertEquals(Path.of("/data/xdg/cyclex"), DataDirs.defaultDir("Linux", Map.of("XDG_DATA_HOME", "/data/xdg"), home));
    }

    @Test
    void linuxWithoutXdgUsesLocalShare() {
        assertEquals(home.resolve(".local/share/cyclex"), DataDirs.defaultDir("Linux", Map.of(), home));
        // The XDG spec says a relative value is to be ignored.
        assertEquals(home.resolve(".local/share/cyclex"), DataDirs.defaultDir("Linux", Map.of("XDG_DATA_HOME", "rel"), home));
    }

    @Test
    void windowsUsesAppData() {
        assertEquals(Path.of("C:/Users/ada/AppData/Roaming").resolve("Cyclex"),
                DataDirs.defaultDir("Windows 11", Map.of("APPDATA", "C:/Users/ada/AppData/Roaming"), home));
    }

    @Test
    void macUsesApplicationSupport() {
        assertEquals(home.resolve("Library/Application Support/Cyclex"), DataDirs.defaultDir("Mac OS X", Map.of(), home));
    }
}
