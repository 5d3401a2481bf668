package uk.cml.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A PDF whose page tree points back at itself, a page far too big, and a preview over its time budget. */
class PreviewLimitsTest {

    @TempDir
    Path temp;

    /** One real page, and the page tree's root listed again among its own kids, with a Count to match. */
    private Path selfReferencing() throws IOException {
        Path file = temp.resolve("loop.pdf");
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage(PDRectangle.A4));
            COSDictionary root = pdf.getPages().getCOSObject();
            COSArray kids = (COSArray) root.getDictionaryObject(COSName.KIDS);
            kids.add(root);
            root.setInt(COSName.COUNT, 2);
            pdf.save(file.toFile());
        }
        return file;
    }

    @Test
    @DisplayName("a self-referencing page tree is refused when added, and its preview says why")
    void selfReferencingPageTree() throws IOException {
        Path file = selfReferencing();
        DocumentStore store = new DocumentStore(temp.resolve("documents"));
        assertThrows(DocumentRefusedException.class, () -> store.add(file));
        PreviewRefusedException refused = assertThrows(PreviewRefusedException.class,
                () -> new DocumentPreview().renderFirstPages(file, 2, 50f));
        assertTrue(refused.getMessage().contains("list of pages is broken"), refused.getMessage());
    }

    @Test
    @DisplayName("a page 200 inches square is drawn within the pixel budget, not at the size asked")
    void hugePage() throws IOException {
        Path file = temp.resolve("huge.pdf");
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage(new PDRectangle(14_400, 14_400)));
            pdf.save(file.toFile());
        }
        List<BufferedImage> pages = new DocumentPreview().renderFirstPages(file, 1, 50f);
        long pixels = (long) pages.get(0).getWidth() * pages.get(0).getHeight();
        assertTrue(pixels <= DocumentPreview.MAX_PIXELS, pixels + " pixels; 50 dpi would be 100 million");
    }

    @Test
    @DisplayName("a preview over its time budget stops with a message, instead of holding the page up")
    void overBudget() throws IOException {
        Path file = Fixtures.pdf(temp.resolve("a.pdf"), 3);
        PreviewRefusedException slow = assertThrows(PreviewRefusedException.class,
                () -> new DocumentPreview(Duration.ZERO).renderFirstPages(file, 3, 300f));
        assertEquals("This PDF takes too long to draw, so the app stopped. Open it in your PDF viewer instead, with the "
                + "button above.",
                slow.getMessage());
    }
}
