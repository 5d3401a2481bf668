package uk.cml.letters;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads a rendered PDF back: the text of each page and where every glyph landed. */
final class PdfReadBack {

    /** One glyph: x from the left edge, baseline y from the top edge, both in points. */
    record Glyph(int page, String text, float x, float width, float baselineFromTop, float fontSize) {
        float right() {
            return x + width;
        }
    }

    final List<String> pageTexts = new ArrayList<>();
    final List<Glyph> glyphs = new ArrayList<>();
    final int pageCount;

    PdfReadBack(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            pageCount = doc.getNumberOfPages();
            for (int page = 1; page <= pageCount; page++) {
                Collector collector = new Collector(page);
                collector.setStartPage(page);
                collector.setEndPage(page);
                pageTexts.add(collector.getText(doc));
            }
        }
    }

    String allText() {
        return String.join("\n", pageTexts);
    }

    String page(int number) {
        return pageTexts.get(number - 1);
    }

    private final class Collector extends PDFTextStripper {
        private final int page;

        Collector(int page) {
            this.page = page;
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            for (TextPosition p : positions) {
                glyphs.add(new Glyph(page, p.getUnicode(), p.getXDirAdj(), p.getWidthDirAdj(), p.getYDirAdj(),
                        p.getFontSizeInPt()));
            }
            super.writeString(text, positions);
        }
    }
}
