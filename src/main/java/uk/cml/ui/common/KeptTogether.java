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

    private KeptTogether() {
    }

    /** The text with each short number that ends a name kept on the line of the word before it. */
    public static String shortNumbers(String text) {
        return text == null ? null : SHORT_NUMBER_ENDING.matcher(text).replaceAll("\u00a0$1");
    }
}
