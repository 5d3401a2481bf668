package uk.cml.store;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Small real files made on the spot for the store tests. */
final class TestFiles {

    private TestFiles() {
    }

    /** A small PNG; different {@code shade}s give different content (and hashes). */
    static Path png(Path file, int shade) throws IOException {
        BufferedImage image = new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(shade, 120, 200));
        g.fillRect(0, 0, 60, 40);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    static Path textCalledPdf(Path file) throws IOException {
        return Files.writeString(file, "This is a plain text note, not a PDF.");
    }
}
