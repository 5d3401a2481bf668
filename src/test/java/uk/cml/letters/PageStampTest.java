package uk.cml.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.cml.letters.PageGeometry.MM;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.DisplayName;

/**
 * The pack's page numbers stamped on imported pages of any shape and rotation: rendered as a reader shows the page,
 * the grey text must sit at the foot, left and right, on a white band, however the page is stored.
 */
@DisplayName("A page stamp is at the foot of the page as it is viewed")
class PageStampTest {

    private static final float DPI = 72;
    private static final int BLACK_LIMIT = 40;

    /** A page, filled black (like a scan to the edge) or left white, stored with a rotation and an offset crop box. */
    private static byte[] stamped(float width, float height, int rotation, float cropX, float cropY, float fill)
            throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(new PDRectangle(cropX + width + 50, cropY + height + 50));
            page.setCropBox(new PDRectangle(cropX, cropY, width, height));
            page.setRotation(rotation);
            document.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                stream.setNonStrokingColor(fill);
                stream.addRect(0, 0, cropX + width + 50, cropY + height + 50);
                stream.fill();
            }
            try (PageWriter writer = new PageWriter(document)) {
                writer.stamp(page, "CMS ref 1212 3456 7890", "CML-0042");
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static BufferedImage view(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFRenderer(document).renderImageWithDPI(0, DPI);
        }
    }

    private static int level(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) & 0xff;
    }

    @ParameterizedTest(name = "{0} x {1} pt stored at {2} degrees")
    @CsvSource({"595, 842, 0, 0, 0", "595, 842, 90, 30, 40", "595, 842, 180, 10, 0", "595, 842, 270, 0, 25",
        "842, 595, 0, 20, 20", "300, 200, 90, 0, 0"})
    @DisplayName("the left text starts and the right text ends at the side margins, just above the bottom edge")
    void atTheFoot(float width, float height, int rotation, float cropX, float cropY) throws IOException {
        BufferedImage image = view(stamped(width, height, rotation, cropX, cropY, 1f));
        boolean sideways = rotation == 90 || rotation == 270;
        int viewWidth = Math.round(sideways ? height : width);
        int viewHeight = Math.round(sideways ? width : height);
        assertEquals(viewWidth, image.getWidth());
        assertEquals(viewHeight, image.getHeight());
        float margin = Math.min(15 * MM, viewWidth * 0.06f);
        float baseline = Math.min(6 * MM, viewHeight * 0.03f);
        int minX = Integer.MAX_VALUE;
        int maxX = -1;
        int minY = Integer.MAX_VALUE;
        int maxY = -1;
        for (int y = 0; y < viewHeight; y++) {
            for (int x = 0; x < viewWidth; x++) {
                int v = level(image, x, y);
                if (v < 200) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        assertTrue(maxX > 0, "grey text is visible");
        assertEquals(margin, minX, 2.5, "left text from the left margin");
        assertEquals(viewWidth - margin, maxX, 2.5, "right text to the right margin");
        assertEquals(viewHeight - baseline, maxY, 3, "standing on the baseline, near the bottom");
        assertTrue(viewHeight - baseline - minY <= 8 + 2, "8 pt text, upright: " + minY);
        image = view(stamped(width, height, rotation, cropX, cropY, 0f));
        int bandY = Math.round(viewHeight - baseline + 1);
        assertTrue(level(image, viewWidth / 2, bandY) > 240, "a white band behind the stamp");
        assertTrue(level(image, Math.round(margin - 1), bandY) > 240, "the band starts 2 pt before the text");
        assertTrue(level(image, viewWidth / 2, Math.round(viewHeight - baseline - 14)) < BLACK_LIMIT,
                "the page above the band is untouched");
        assertTrue(level(image, Math.round(margin - 5), bandY) < BLACK_LIMIT, "nothing left of the band");
    }
    @org.junit.jupiter.api.Test
    @DisplayName("over a copy of one of the app's letters, the stamp leaves the letter's footer and fingerprint whole")
    void clearOfALettersFooter() throws IOException {
        LetterDocument.Builder letter = SampleLetters.simple().footer("CMS reference 1212 3456 7890")
                .fingerprint(uk.cml.domain.Words.text("safety.fingerprint.footer", "DDDD DDDD DDDD DDDD"));
        byte[] copy = new LetterPdfRenderer().render(letter.build()).pdf();
        BufferedImage before = view(copy);
        byte[] stampedCopy;
        try (PDDocument document = Loader.loadPDF(copy); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            try (PageWriter writer = new PageWriter(document)) {
                writer.stamp(document.getPage(0), "CMS ref 1212 3456 7890   |   Evidence pack", "CML-0010");
            }
            document.save(out);
            stampedCopy = out.toByteArray();
        }
        BufferedImage after = view(stampedCopy);
        int bandTop = after.getHeight();
        for (int y = after.getHeight() - 1; y >= after.getHeight() - 20 * MM; y--) {
            for (int x = 0; x < after.getWidth(); x++) {
                if (after.getRGB(x, y) != before.getRGB(x, y)) {
                    bandTop = Math.min(bandTop, y);
                }
            }
        }
        // Every pixel row the stamp changed lies below the letter's lowest ink (its fingerprint line).
        int lowestInk = 0;
        for (int y = 0; y < before.getHeight(); y++) {
            for (int x = 0; x < before.getWidth(); x++) {
                lowestInk = level(before, x, y) < 200 ? y : lowestInk;
            }
        }
        assertTrue(bandTop > lowestInk, "the stamp reaches up to row " + bandTop + ", the letter's ink down to row "
                + lowestInk);
    }
}
