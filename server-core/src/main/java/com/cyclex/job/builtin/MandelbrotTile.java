package com.cyclex.job.builtin;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One tile of a Mandelbrot picture: {@code mandelbrot WIDTH HEIGHT X Y W H MAXITER}. The picture is
 * WIDTH × HEIGHT pixels over re ∈ [-2.5, 1), im ∈ [-1.25, 1.25); the tile is W × H pixels from column X,
 * row Y. Output: a binary PGM ({@code P5\n<W> <H>\n255\n}, then W·H bytes row by row), each pixel 0 inside
 * the set, else 255 − 255·n / MAXITER for a point that escapes after n steps. Fixed point with 28 fraction
 * bits, no floating point, so every machine gives the same bytes.
 */
public record MandelbrotTile(int width, int height, int x, int y, int w, int h, int maxIterations) implements Workload {
    /** The most pixels one tile may have (the module's limit). */
    public static final int MAX_PIXELS = 4_194_304;

    private static final int FRACTION_BITS = 28;
    private static final long ONE = 1L << FRACTION_BITS;

    public MandelbrotTile {
        if (width < 1 || height < 1 || width > 65_536 || height > 65_536 || x < 0 || y < 0 || w < 0 || h < 0
                || (long) x + w > width || (long) y + h > height || (long) w * h > MAX_PIXELS
                || maxIterations < 1 || maxIterations > 1_000_000) {
            throw new IllegalArgumentException("A Mandelbrot tile lies inside its picture (at most 65536 pixels a side), has at most "
                    + MAX_PIXELS + " pixels, and 1 to 1000000 iterations.");
        }
    }

    /** The tiles of {@code tile} × {@code tile} pixels (smaller at the right and bottom edges) that cover a picture. */
    public static List<MandelbrotTile> covering(int width, int height, int tile, int maxIterations) {
        List<MandelbrotTile> tiles = new ArrayList<>();
        for (int top = 0; top < height; top += tile) {
            for (int left = 0; left < width; left += tile) {
                tiles.add(new MandelbrotTile(width, height, left, top, Math.min(tile, width - left),
                        Math.min(tile, height - top), maxIterations));
            }
        }
        return tiles;
    }

    @Override
    public BuiltInWorkload kind() {
        return BuiltInWorkload.MANDELBROT;
    }

    @Override
    public List<String> args() {
        return List.of(kind().program(), Integer.toString(width), Integer.toString(height), Integer.toString(x),
                Integer.toString(y), Integer.toString(w), Integer.toString(h), Integer.toString(maxIterations));
    }

    @Override
    public byte[] expectedOutput() {
        var out = new ByteArrayOutputStream();
        out.writeBytes(header());
        out.writeBytes(reference());
        return out.toByteArray();
    }

    /** The tile's pixels (W·H grey levels, row by row) from the job's output; refuses a PGM of another shape. */
    public byte[] decode(byte[] output) {
        byte[] header = header();
        if (output.length != header.length + (long) w * h
                || !Arrays.equals(output, 0, header.length, header, 0, header.length)) {
            throw new IllegalArgumentException("The output is not a " + w + " x " + h + " binary PGM tile.");
        }
        return Arrays.copyOfRange(output, header.length, output.length);
    }

    /** The tile's pixels computed in plain Java, step for step as the module does it. */
    public byte[] reference() {
        byte[] pixels = new byte[w * h];
        int i = 0;
        for (long py = y; py < y + h; py++) {
            long cim = -5 * ONE / 4 + 5 * ONE / 2 * py / height;
            for (long px = x; px < x + w; px++) {
                long cre = -5 * ONE / 2 + 7 * ONE / 2 * px / width;
                pixels[i++] = (byte) shade(cre, cim);
            }
        }
        return pixels;
    }

    private int shade(long cre, long cim) {
        long zr = 0;
        long zi = 0;
        long n = 0;
        while (n < maxIterations) {
            long zr2 = (zr * zr) >> FRACTION_BITS;
            long zi2 = (zi * zi) >> FRACTION_BITS;
            if (zr2 + zi2 > 4 * ONE) {
                break;
            }
            zi = ((zr * zi) >> (FRACTION_BITS - 1)) + cim;
            zr = zr2 - zi2 + cre;
            n++;
        }
        return n >= maxIterations ? 0 : (int) (255 - n * 255 / maxIterations);
    }

    private byte[] header() {
        return ("P5\n" + w + " " + h + "\n255\n").getBytes(StandardCharsets.US_ASCII);
    }
}
