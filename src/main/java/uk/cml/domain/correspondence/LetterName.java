package uk.cml.domain.correspondence;

/**
 * What a letter is called, the one rule for every place that names it: the heading printed in it, as the parent left
 * it; else, for a letter with no heading, its kind's name. The Letters list, the saved PDF's file name and title, the
 * copy in Documents, the pack and the timeline all name a letter by this, so the parent finds the printed letter,
 * its file and its row by the same words.
 */
public final class LetterName {

    private LetterName() {
    }

    /** {@code heading} stripped, or {@code otherwise} when the letter prints no heading. */
    public static String of(String heading, String otherwise) {
        String printed = heading == null ? "" : heading.strip();
        return printed.isEmpty() ? otherwise : printed;
    }
}
