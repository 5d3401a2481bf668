package uk.cml.ui.common;

import java.awt.image.BufferedImage;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** Turns the previews' AWT images into JavaFX images (javafx-swing is not a dependency, so by hand). */
public final class FxImages {

    private FxImages() {
    }

    /** Safe off the FX thread: an image not yet shown may be built on any thread. */
    public static WritableImage toFx(BufferedImage source) {
        int width = source.getWidth();
        int height = source.getHeight();
        int[] argb = source.getRGB(0, 0, width, height, null, 0, width);
        WritableImage image = new WritableImage(width, height);
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return image;
    }
}
