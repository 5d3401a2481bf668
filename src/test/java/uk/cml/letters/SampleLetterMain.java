package uk.cml.letters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Writes a sample complaint with a 40-row schedule, to look at by eye:
 * {@code SampleLetterMain /tmp/sample.pdf [--guides]}. With --guides, page 1 also shows the DL window area and the
 * two fold lines in red, to check the address lands in the window.
 */
public final class SampleLetterMain {

    private SampleLetterMain() {
    }

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : "sample-letter.pdf");
        RenderedLetter letter = new LetterPdfRenderer().render(SampleLetters.complaintWithTable(40));
        byte[] pdf = letter.pdf();
        if (args.length > 1 && args[1].equals("--guides")) {
            pdf = withGuides(pdf);
        }
        Files.write(target, pdf);
        System.out.println("Wrote " + target.toAbsolutePath() + ": " + letter.pageCount() + " pages, replaced "
                + letter.replacedCharacters());
    }

    private static byte[] withGuides(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(0);
            float mm = PageGeometry.MM;
            try (PDPageContentStream s = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND,
                    true, true)) {
                s.setStrokingColor(1f, 0f, 0f);
                s.setLineWidth(0.5f);
                // The part of the sheet every position of a DL window shows, and the recipient's block inside it.
                s.addRect(20 * mm, PageGeometry.PAGE_HEIGHT - 84 * mm, 80 * mm, 24 * mm);
                s.addRect(PageGeometry.ADDRESS_LEFT, PageGeometry.PAGE_HEIGHT - PageGeometry.ADDRESS_BOTTOM_FROM_TOP,
                        PageGeometry.ADDRESS_WIDTH, PageGeometry.ADDRESS_BOTTOM_FROM_TOP
                                - PageGeometry.ADDRESS_TOP_FROM_TOP);
                for (float fold : new float[] {99 * mm, 198 * mm}) {
                    s.moveTo(0, PageGeometry.PAGE_HEIGHT - fold);
                    s.lineTo(PageGeometry.PAGE_WIDTH, PageGeometry.PAGE_HEIGHT - fold);
                }
                s.stroke();
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
