package uk.cml.ui;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;

/** Saves what a page shows in its window to target/screenshots, for a person to look at. */
public final class Snapshots {

    private Snapshots() {
    }

    /** Saves the page scrolled to the top, the middle and the bottom: name-1.png, name-2.png, name-3.png. */
    public static void saveScrolled(FxRobot robot, ScrollPane view, String name) throws Exception {
        double[] at = {0, 0.5, 1};
        for (int i = 0; i < at.length; i++) {
            double v = at[i];
            robot.interact(() -> view.setVvalue(v));
            save(robot, view, name + "-" + (i + 1) + ".png");
        }
    }

    public static Path save(FxRobot robot, Node view, String name) throws Exception {
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = view.snapshot(null, null));
        int w = (int) image[0].getWidth();
        int h = (int) image[0].getHeight();
        BufferedImage png = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image[0].getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                png.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Path file = folder.resolve(name);
        ImageIO.write(png, "png", file.toFile());
        return file;
    }
}
