package uk.cml.letters.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.cml.documents.DocumentType;

@DisplayName("Pictures for the pack are reduced to print sharply at 150 dpi, and handed over in order")
class ImagePreparerTest {

    /** A box 4 by 3 inches. */
    private static final float BOX_WIDTH = 4 * 72;
    private static final float BOX_HEIGHT = 3 * 72;

    @TempDir
    Path folder;

    /** How many pixels the picture has across when printed as large as fits in the box at exactly 150 dpi. */
    private static double printedPixels(int width, int height) {
        double scale = Math.min(BOX_WIDTH / width, BOX_HEIGHT / height);
        return width * scale / 72 * ImagePreparer.DPI;
    }

    @Test
    @DisplayName("keeps the fewest pixels that still print at 150 dpi, whichever side limits the size")
    void subsampling() {
        try (ImagePreparer preparer = new ImagePreparer(List.of(), BOX_WIDTH, BOX_HEIGHT)) {
            // A 4000 x 3000 phone photo printed 4 inches wide needs 600 pixels across: one in 6 keeps 666.
            assertEquals(6, preparer.subsampling(4000, 3000));
            // Upright, it is printed 3 inches high and 2.25 wide: 337.5 pixels across, one in 8 keeps 375.
            assertEquals(8, preparer.subsampling(3000, 4000));
            assertEquals(1, preparer.subsampling(300, 200), "a small picture is never reduced");
            for (int[] size : new int[][] {{4000, 3000}, {3000, 4000}, {5000, 800}, {800, 5000}, {1200, 900}}) {
                int step = preparer.subsampling(size[0], size[1]);
                double needed = printedPixels(size[0], size[1]);
                assertTrue((double) size[0] / step >= needed, "at least 150 dpi: " + size[0] + "x" + size[1]);
                assertTrue((double) size[0] / (step + 1) < needed, "no more than needed: " + size[0] + "x" + size[1]);
            }
        }
    }

    private Path picture(String name, int width, int height, String format) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        Path file = folder.resolve(name);
        ImageIO.write(image, format, file.toFile());
        return file;
    }

    @Test
    @DisplayName("hands over every picture in the order given, more than it prepares ahead, each reduced")
    void inOrder() throws IOException {
        List<PackFile> files = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            files.add(new PackFile(picture("photo" + i + ".jpg", 1200 + 60 * i, 900, "jpg"), DocumentType.JPEG,
                    "Photo " + i));
        }
        try (ImagePreparer preparer = new ImagePreparer(files, BOX_WIDTH, BOX_HEIGHT)) {
            for (int i = 1; i <= 7; i++) {
                PreparedImage prepared = preparer.next();
                PreparedImage.Jpeg jpeg = assertInstanceOf(PreparedImage.Jpeg.class, prepared, "photo " + i);
                BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(jpeg.bytes()));
                int width = 1200 + 60 * i;
                int step = preparer.subsampling(width, 900);
                assertTrue(step > 1, "photo " + i + " is reduced");
                assertEquals((width + step - 1) / step, decoded.getWidth(), "photo " + i + " in its place");
                assertEquals((900 + step - 1) / step, decoded.getHeight());
            }
        }
    }

    @Test
    @DisplayName("keeps a PNG scan lossless, and says why a file that is not a picture cannot be shown")
    void kinds() throws IOException {
        Path notAPicture = Files.writeString(folder.resolve("notes.jpg"), "This is a text file, not a photo.");
        List<PackFile> files = List.of(new PackFile(picture("scan.png", 400, 300, "png"), DocumentType.PNG, "Scan"),
                new PackFile(notAPicture, DocumentType.JPEG, "Notes"),
                new PackFile(folder.resolve("gone.jpg"), DocumentType.JPEG, "Gone"));
        try (ImagePreparer preparer = new ImagePreparer(files, BOX_WIDTH, BOX_HEIGHT)) {
            PreparedImage.Lossless scan = assertInstanceOf(PreparedImage.Lossless.class, preparer.next());
            assertEquals(400, scan.image().getWidth(), "small enough to keep every pixel");
            PreparedImage.Unreadable text = assertInstanceOf(PreparedImage.Unreadable.class, preparer.next());
            assertEquals("it is not a picture this app can read", text.reason());
            assertInstanceOf(PreparedImage.Unreadable.class, preparer.next());
        }
    }
}
