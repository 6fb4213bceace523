package com.cyclex.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirsTest {
    @TempDir
    Path home;

    @Test
    void linuxFollowsXdgDataHome() {
        Path xdg = home.resolve("xdg");
        assertEquals(xdg.resolve("cyclex"), DataDirs.defaultDir("Linux", Map.of("XDG_DATA_HOME", xdg.toString()), home));
    }

    @Test
    void linuxWithoutXdgUsesLocalShare() {
        assertEquals(home.resolve(".local/share/cyclex"), DataDirs.defaultDir("Linux", Map.of(), home));
        // The XDG spec says a relative value is to be ignored.
        assertEquals(home.resolve(".local/share/cyclex"), DataDirs.defaultDir("Linux", Map.of("XDG_DATA_HOME", "rel"), home));
    }

    @Test
    void windowsUsesAppData() {
        Path appData = home.resolve("AppData").resolve("Roaming");
        assertEquals(appData.resolve("Cyclex"), DataDirs.defaultDir("Windows 11", Map.of("APPDATA", appData.toString()), home));
        assertEquals(appData.resolve("Cyclex"), DataDirs.defaultDir("Windows 11", Map.of(), home));
    }

    @Test
    void macUsesApplicationSupport() {
        assertEquals(home.resolve("Library/Application Support/Cyclex"), DataDirs.defaultDir("Mac OS X", Map.of(), home));
    }
}
