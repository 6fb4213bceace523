package com.cyclex.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where Cyclex keeps its data by default, by the conventions of each operating system. */
final class DataDirs {
    private DataDirs() {
    }

    /** The default data dir for this machine. */
    static Path defaultDir() {
        return defaultDir(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** Linux and others: $XDG_DATA_HOME/cyclex; Windows: %APPDATA%\Cyclex; macOS: ~/Library/Application Support/Cyclex. */
    static Path defaultDir(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return (appData == null || appData.isBlank() ? home.resolve("AppData").resolve("Roaming") : Path.of(appData))
                    .resolve("Cyclex");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Cyclex");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg == null || xdg.isBlank() || !Path.of(xdg).isAbsolute() ? home.resolve(".local").resolve("share") : Path.of(xdg);
        return base.resolve("cyclex");
    }
}
