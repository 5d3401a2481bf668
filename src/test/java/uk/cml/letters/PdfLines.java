package uk.cml.letters;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The glyphs of a read-back PDF grouped into printed lines: same page, same baseline, left to right. */
final class PdfLines {

    /** A printed line: x of its first glyph and right edge of its last, baseline from the top, in points. */
    record Line(int page, String text, float x, float right, float baselineFromTop, float fontSize,
                List<PdfReadBack.Glyph> glyphs) {

        /** Where the first glyph of {@code part} starts (one glyph per character, as in these tests' texts). */
        float xOf(String part) {
            return glyphs.get(index(part)).x();
        }

        /** Where the last glyph of {@code part} ends. */
        float rightOf(String part) {
            return glyphs.get(index(part) + part.length() - 1).right();
        }

        private int index(String part) {
            int i = text.indexOf(part);
            if (i < 0 || text.length() != glyphs.size()) {
                throw new AssertionError("\"" + part + "\" not found glyph by glyph in \"" + text + "\"");
            }
            return i;
        }
    }

    final List<Line> lines = new ArrayList<>();

    PdfLines(PdfReadBack pdf) {
        Map<String, List<PdfReadBack.Glyph>> byLine = new TreeMap<>();
        List<String> order = new ArrayList<>();
        for (PdfReadBack.Glyph g : pdf.glyphs) {
            String key = g.page() + "@" + Math.round(g.baselineFromTop() * 10);
            if (!byLine.containsKey(key)) {
                order.add(key);
                byLine.put(key, new ArrayList<>());
            }
            byLine.get(key).add(g);
        }
        for (String key : order) {
            List<PdfReadBack.Glyph> glyphs = new ArrayList<>(byLine.get(key));
            glyphs.sort(Comparator.comparingDouble(PdfReadBack.Glyph::x));
            StringBuilder text = new StringBuilder();
            for (PdfReadBack.Glyph g : glyphs) {
                text.append(g.text());
            }
            PdfReadBack.Glyph first = glyphs.get(0);
            PdfReadBack.Glyph last = glyphs.get(glyphs.size() - 1);
            lines.add(new Line(first.page(), text.toString(), first.x(), last.right(), first.baselineFromTop(),
                    first.fontSize(), List.copyOf(glyphs)));
        }
        lines.sort(Comparator.comparingInt(Line::page).thenComparingDouble(Line::baselineFromTop));
    }

    /** The first line whose text starts with {@code start}. */
    Line starting(String start) {
        return lines.stream().filter(l -> l.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starts with \"" + start + "\" in " + lines));
    }

    /** The body line printed after this one (the next below it, or the first of the next page), skipping footers. */
    Line after(Line line) {
        for (int i = lines.indexOf(line) + 1; i > 0 && i < lines.size(); i++) {
            if (lines.get(i).fontSize() > PageGeometry.FOOTER_SIZE) {
                return lines.get(i);
            }
        }
        throw new AssertionError("nothing after " + line + " in " + lines);
    }
}
