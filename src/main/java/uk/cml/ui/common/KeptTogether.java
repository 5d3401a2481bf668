package uk.cml.ui.common;

import java.util.regex.Pattern;

/**
 * Words that wrap as one: "Child Maintenance Service 21" read "Child Maintenance Service" at a line's end and "21)"
 * alone on the next (the Letters page at 1024 wide, the timeline, the letter writer's note on where letters go). A
 * short number closing a name ("Service 21", "Box 249") is joined to the word before it by a no-break space, which
 * JavaFX never breaks a line at. Longer numbers (a year, "2026") and numbers that start a phrase are left alone.
 */
public final class KeptTogether {

    /** A space, then a number of one to three digits ending a word: at a ")", a ",", a "." or the end. */
    private static final Pattern SHORT_NUMBER_ENDING = Pattern.compile("\\x20(\\d{1,3})(?=[),.;:]|$)");

    /** A day and its month, or a month and its year, apart by a space: "25 Sep", "Nov 2026". */
    private static final Pattern INSIDE_A_DATE = Pattern.compile(
            "(?<=\\b\\d{1,2})\\x20(?=[A-Z][a-z]{2}\\b)|(?<=\\b[A-Z][a-z]{2})\\x20(?=\\d{4}\\b)");

    private KeptTogether() {
    }

    /**
     * The text with each date's day, month and year kept on one line ("2 Oct 2026"): a wrap never leaves "2026" alone
     * at the start of the next line. The no-break spaces read as spaces.
     */
    public static String dates(String text) {
        return text == null ? null : INSIDE_A_DATE.matcher(text).replaceAll("\u00a0");
    }

    /** The text with each short number that ends a name kept on the line of the word before it. */
    public static String shortNumbers(String text) {
        return text == null ? null : SHORT_NUMBER_ENDING.matcher(text).replaceAll("\u00a0$1");
    }
}
