package uk.cml.ui.documents;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Pictures a parent might add as documents, for the Documents page's tests. */
final class Pictures {

    private Pictures() {
    }

    /**
     * A 400 x 300 picture called {@code name} in {@code folder}, a JPEG if the name ends in "jpg" and a PNG otherwise:
     * blue, with a corner of a colour of its own name's, so each name is a document of its own (the same file added
     * twice is one document).
     */
    static Path named(Path folder, String name) throws IOException {
        BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(0, 0, 400, 300);
        g.setColor(new Color(name.hashCode() & 0xffffff));
        g.fillRect(0, 0, 40, 30);
        g.dispose();
        Path file = folder.resolve(name);
        ImageIO.write(image, name.endsWith("jpg") ? "jpg" : "png", file.toFile());
        return file;
    }
}
