package uk.cml.letters;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Makes text safe to print in the letter font. Line breaks become '\n', tabs and other control characters become
 * spaces, invisible formatting marks (joiners, variation selectors, soft hyphens) are removed, and any other character
 * the font cannot print becomes a visible "?" and is remembered, so the parent can be told instead of it vanishing.
 * One instance per letter: it collects that letter's replaced characters.
 */
final class PrintableText {

    static final String REPLACEMENT = "?";

    private final IntPredicate fontCanPrint;
    private final Set<String> replaced = new LinkedHashSet<>();

    PrintableText(IntPredicate fontCanPrint) {
        this.fontCanPrint = fontCanPrint;
    }

    /** Cleans text that may run over several lines; the result uses '\n' alone between lines. */
    String multiLine(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        String text = raw.replace("\r\n", "\n");
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            append(out, cp);
        }
        return out.toString();
    }

    /** Cleans text printed on one line (an address line, a footer): line breaks become spaces. */
    String singleLine(String raw) {
        return multiLine(raw).replace('\n', ' ').strip();
    }

    Set<String> replacedCharacters() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(replaced));
    }

    private void append(StringBuilder out, int cp) {
        if (isLineBreak(cp)) {
            out.append('\n');
        } else if (Character.isISOControl(cp)) {
            out.append(' ');
        } else if (isInvisibleMark(cp)) {
            return;
        } else if (fontCanPrint.test(cp)) {
            out.appendCodePoint(cp);
        } else if (Character.getType(cp) == Character.SPACE_SEPARATOR) {
            out.append(' ');
        } else {
            // A lone surrogate is not a character at all; report the standard "unknown character" sign instead.
            replaced.add(Character.isSurrogate((char) cp) ? "\uFFFD" : new String(Character.toChars(cp)));
            out.append(REPLACEMENT);
        }
    }

    private static boolean isLineBreak(int cp) {
        return cp == '\n' || cp == '\r' || cp == 0x0B || cp == 0x0C || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
    }

    /** Marks that change how neighbours look but print nothing themselves; a "?" for them would add noise. */
    private static boolean isInvisibleMark(int cp) {
        return cp == 0x00AD
                || (cp >= 0x200B && cp <= 0x200F)
                || (cp >= 0x2060 && cp <= 0x2064)
                || cp == 0xFEFF
                || (cp >= 0xFE00 && cp <= 0xFE0F)
                || (cp >= 0xE0100 && cp <= 0xE01EF);
    }
}
