package com.cyclex.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Writes what a scene or a node shows to a PNG (also headless): call on the JavaFX thread. No javafx-swing needed. */
public final class Snapshots {
    private Snapshots() {
    }

    public static void write(Scene scene, Path png) {
        save(scene.snapshot(null), png);
    }

    public static void write(Node node, Path png) {
        save(node.snapshot(new SnapshotParameters(), null), png);
    }

    private static void save(WritableImage image, Path png) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            Files.createDirectories(png.toAbsolutePath().getParent());
            ImageIO.write(out, "png", png.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
