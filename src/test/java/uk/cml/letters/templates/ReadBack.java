package uk.cml.letters.templates;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import uk.cml.letters.LetterPdfRenderer;
import uk.cml.letters.RenderedLetter;

/** Renders a template and reads the PDF's text back, page by page, as a reader's PDF viewer would. */
final class ReadBack {

    static final LetterPdfRenderer RENDERER = new LetterPdfRenderer(
            java.time.Clock.fixed(java.time.Instant.parse("2026-11-22T09:00:00Z"), java.time.ZoneId.of("Europe/London")));

    final RenderedLetter letter;
    final List<String> pages = new ArrayList<>();

    ReadBack(LetterTemplate template, LetterFacts facts) throws IOException {
        letter = RENDERER.render(template.document(facts));
        try (PDDocument doc = Loader.loadPDF(letter.pdf())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(doc));
            }
        }
    }

    /** All pages, with line breaks turned to spaces so a wrapped sentence can be found whole. */
    String flat() {
        return String.join(" ", pages).replaceAll("\\s+", " ");
    }

    String text() {
        return String.join("\n", pages);
    }
}
