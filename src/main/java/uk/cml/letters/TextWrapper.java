package uk.cml.letters;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks cleaned text into lines that fit a width, measuring with the real font. Words longer than a whole line
 * (an email address, a web address, a long reference) are split, preferably just after '/', '-', '.', '@' and the like.
 */
final class TextWrapper {

    private static final String FRIENDLY_BREAKS = "/-.@_?&=,;";

    private final MeasuredFont font;
    private final float size;
    private final float width;
    private final float spaceWidth;

    TextWrapper(MeasuredFont font, float size, float width) {
        this.font = font;
        this.size = size;
        this.width = width;
        this.spaceWidth = font.width(" ", size);
    }

    /** Lines of the text; each '\n' starts a new line and an empty source line stays as an empty line. */
    List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        for (String sourceLine : text.split("\n", -1)) {
            wrapLine(sourceLine, lines);
        }
        return lines;
    }

    private void wrapLine(String sourceLine, List<String> lines) {
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        for (String word : sourceLine.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            float wordWidth = font.width(word, size);
            if (line.length() > 0 && lineWidth + spaceWidth + wordWidth <= width) {
                line.append(' ').append(word);
                lineWidth += spaceWidth + wordWidth;
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (font.width(rest, size) > width) {
                int cut = cutPoint(rest);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
            lineWidth = font.width(rest, size);
        }
        lines.add(line.toString());
    }

    /** Where to split a word too long for the line: the most that fits, pulled back to a friendly break if one is near. */
    private int cutPoint(String word) {
        int end = 0;
        float used = 0;
        while (end < word.length()) {
            int cp = word.codePointAt(end);
            int next = end + Character.charCount(cp);
            float w = font.width(word.substring(end, next), size);
            if (used + w > width && end > 0) {
                break;
            }
            used += w;
            end = next;
        }
        for (int i = end - 1; i > end / 2; i--) {
            if (FRIENDLY_BREAKS.indexOf(word.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return end;
    }
}
