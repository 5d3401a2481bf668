package uk.cml.letters;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Breaks cleaned text into lines that fit a width, measuring with the real font. Words longer than a whole line
 * (an email address, a web address, a long reference) are split, preferably just after '/', '-', '.', '@' and the like,
 * never at the comma or point inside a number (£1,234.56).
 * <p>
 * A no-break space (U+00A0) joins the words either side of it, and what a reader needs whole is kept on one line as
 * if joined so: a date (18 Nov 2026, Wed 16 Dec 2026, 22 November 2026, Nov 2026; a time after it may go to the
 * next line, so a narrow table column still keeps the date whole), a CMS
 * reference (1212 3456 7890), a postcode, a phone number and a National Insurance number. A joined group is split at
 * its spaces only when it is wider than a whole line. The lines come back with ordinary spaces, so the PDF's text
 * copies and searches as typed.
 */
final class TextWrapper {

    static final char NO_BREAK_SPACE = '\u00A0';

    private static final String FRIENDLY_BREAKS = "/-.@_?&=,;";
    private static final String NUMBER_SEPARATORS = ",.";

    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";
    private static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
            + "|Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun),?";
    private static final String DAY = "\\d{1,2}(?:st|nd|rd|th)?";
    /** Groups kept on one line; month and day names only with a capital, so "may" in a sentence is left alone. */
    private static final Pattern KEPT_TOGETHER = Pattern.compile(String.join("|",
            "(?<![\\p{L}\\d])(?:" + WEEKDAY + " )?(?:" + DAY + " " + MONTH + "(?: \\d{4})?"
                    + "|" + MONTH + " \\d{4})(?![\\p{L}\\d])",
            "(?<![\\p{L}\\d])\\d{4} \\d{4} \\d{4}(?![\\p{L}\\d])",
            "(?<![\\p{L}\\d])0\\d{3,4} \\d{3,6}(?: \\d{3,4})?(?![\\p{L}\\d])",
            "(?<![\\p{L}\\d])[A-Z]{1,2}\\d[A-Z\\d]? \\d[A-Z]{2}(?![\\p{L}\\d])",
            "(?<![\\p{L}\\d])[A-Z]{2} ?\\d{2} ?\\d{2} ?\\d{2} ?[A-D](?![\\p{L}\\d])"));

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

    /** The text as printed: each no-break space an ordinary one, so a reader copying it gets plain spaces. */
    static String printed(String text) {
        return text.replace(NO_BREAK_SPACE, ' ');
    }

    /** The line with the spaces inside each date, reference, postcode and phone number made no-break spaces. */
    static String joinKeptTogether(String line) {
        if (line.indexOf(' ') < 0) {
            return line;
        }
        Matcher kept = KEPT_TOGETHER.matcher(line);
        StringBuilder out = new StringBuilder(line.length());
        while (kept.find()) {
            kept.appendReplacement(out, Matcher.quoteReplacement(kept.group().replace(' ', NO_BREAK_SPACE)));
        }
        return kept.appendTail(out).toString();
    }

    private void wrapLine(String sourceLine, List<String> lines) {
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        Deque<String> words = new ArrayDeque<>();
        for (String word : joinKeptTogether(sourceLine).split(" ")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        while (!words.isEmpty()) {
            String word = words.poll();
            float wordWidth = measure(word);
            if (line.length() > 0 && lineWidth + spaceWidth + wordWidth <= width) {
                line.append(' ').append(word);
                lineWidth += spaceWidth + wordWidth;
                continue;
            }
            if (wordWidth > width && word.indexOf(NO_BREAK_SPACE) >= 0) {
                // Joined words wider than a whole line: they break at their spaces after all, as ordinary words.
                List<String> parts = new ArrayList<>();
                for (String part : word.split(String.valueOf(NO_BREAK_SPACE))) {
                    if (!part.isEmpty()) {
                        parts.add(part);
                    }
                }
                for (int i = parts.size() - 1; i >= 0; i--) {
                    words.push(parts.get(i));
                }
                continue;
            }
            if (line.length() > 0) {
                lines.add(printed(line.toString()));
                line.setLength(0);
            }
            String rest = word;
            while (font.width(rest, size) > width) {
                int cut = cutPoint(rest);
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
            lineWidth = measure(rest);
        }
        lines.add(printed(line.toString()));
    }

    private float measure(String word) {
        return font.width(printed(word), size);
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
            if (FRIENDLY_BREAKS.indexOf(word.charAt(i)) >= 0 && !insideNumber(word, i)) {
                return i + 1;
            }
        }
        return end;
    }

    /** A comma or point with a digit either side, as in £1,234.56: a break there would read as two numbers. */
    private static boolean insideNumber(String word, int i) {
        return NUMBER_SEPARATORS.indexOf(word.charAt(i)) >= 0 && i > 0 && i + 1 < word.length()
                && Character.isDigit(word.charAt(i - 1)) && Character.isDigit(word.charAt(i + 1));
    }
}
