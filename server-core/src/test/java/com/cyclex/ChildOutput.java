package com.cyclex;

import java.io.BufferedReader;
import java.io.IOException;

/** The rest of a child JVM's output, read on a daemon thread: a full pipe would block the child mid-run. */
public final class ChildOutput {
    private ChildOutput() {
    }

    public static void drainInBackground(BufferedReader out) {
        Thread drain = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // keep the pipe empty so the child never blocks on its output
                }
            } catch (IOException ignored) {
                // the child was killed
            }
        });
        drain.setDaemon(true);
        drain.start();
    }
}
