package uk.cml.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** Saves a node as it is drawn to target/screenshots, for a person to look at; asserts nothing. */
final class Screenshots {

    private Screenshots() {
    }

    static void save(Node node, String name) {
        WritableImage image = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null)));
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            Path folder = Files.createDirectories(Path.of("target", "screenshots"));
            ImageIO.write(out, "png", folder.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
