package uk.cml.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("PdfPagePreview")
class PdfPagePreviewTest {

    private static byte[] pdf;

    @BeforeAll
    static void render() throws IOException {
        pdf = new LetterPdfRenderer().render(SampleLetters.complaintWithTable(40)).pdf();
    }

    @Test
    @DisplayName("draws an A4 page at the asked resolution, with ink on it")
    void drawsPage() throws IOException {
        BufferedImage image = PdfPagePreview.render(pdf, 2, 50);
        assertEquals(Math.round(210 / 25.4 * 50), image.getWidth(), 1);
        assertEquals(Math.round(297 / 25.4 * 50), image.getHeight(), 1);
        assertTrue(darkPixels(image) > 1000, "the page should not be blank");
    }

    @Test
    @DisplayName("reads a saved file the same way")
    void fromFile(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("letter.pdf"), pdf);
        BufferedImage fromBytes = PdfPagePreview.render(pdf, 1, 30);
        BufferedImage fromFile = PdfPagePreview.render(file, 1, 30);
        assertTrue(darkPixels(fromFile) > 200, "the page should not be blank");
        assertTrue(samePixels(fromBytes, fromFile), "the file's page should look the same as the bytes' page");
        assertFalse(samePixels(fromFile, PdfPagePreview.render(file, 2, 30)), "page 2 is not page 1");
        assertEquals(3, PdfPagePreview.pageCount(pdf));
    }

    @Test
    @DisplayName("refuses a page that does not exist, saying how many there are")
    void badPage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PdfPagePreview.render(pdf, 4, 50));
        assertEquals("Page 4 does not exist; the letter has 3 pages", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PdfPagePreview.render(pdf, 0, 50));
    }

    private static boolean samePixels(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int darkPixels(BufferedImage image) {
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFF) < 128) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
