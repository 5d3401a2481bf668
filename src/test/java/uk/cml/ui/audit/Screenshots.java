package uk.cml.ui.audit;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;

/** Writes what the audit saw as PNG files for people to look at, and compares two snapshots pixel by pixel. */
final class Screenshots {

    static final Path FOLDER = Path.of("target", "screenshots");

    private Screenshots() {
    }

    /** Encoding a PNG takes 50 to 150 ms: done on a thread of its own while the audit walks on. */
    private static final ExecutorService WRITER = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "screenshot-writer");
        thread.setDaemon(true);
        return thread;
    });

    /** Reads the snapshot's pixels now and writes them as a PNG on the writer thread; get() the result to wait. */
    static Future<?> writeLater(Image image, String name) {
        BufferedImage pixels = toBuffered(image);
        return WRITER.submit(() -> {
            try {
                Files.createDirectories(FOLDER);
                javax.imageio.ImageIO.write(pixels, "png", FOLDER.resolve(name + ".png").toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static boolean samePixels(Image a, Image b) {
        if ((int) a.getWidth() != (int) b.getWidth() || (int) a.getHeight() != (int) b.getHeight()) {
            return false;
        }
        return java.util.Arrays.equals(argb(a), argb(b));
    }

    private static int[] argb(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] pixels = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
        return pixels;
    }

    private static BufferedImage toBuffered(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, w, h, argb(image), 0, w);
        return out;
    }
}
