package uk.cml.letters.templates;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the parent's complaint letter, made in this app ({@link CollectionComplaintLetter}) and kept as a PDF, says
 * happened and the CMS did wrong: the words under its "What happened" and "What went wrong" headings
 * ({@link ComplaintParts#whatHappened}), read back from the printed text. The records
 * keep the letter, not the form it was made from, so this is the only place the parent's words are held. The
 * page footers ("Page 1 of 2" and the footer line, read in among the words where a page ends) are taken out. Read
 * only when the section is whole: a gap never filled in, a footer that cannot be told apart, or a heading not
 * found, and nothing is read.
 */
public final class PrintedComplaint {

    private static final String HEADING = " What went wrong ";
    private static final String HAPPENED = " What happened ";
    /** What can follow the section in the complaint letter ({@link ComplaintParts}), in the order it is written. */
    private static final List<String> NEXT = List.of(" The effect on ", " Money I lost ",
            " If your reply does not settle my complaint");
    private static final Pattern PAGE_LABEL = Pattern.compile("Page \\d+ of \\d+");

    private PrintedComplaint() {
    }

    /**
     * The words under "What went wrong" in the printed text of a complaint letter (its words with the line breaks
     * as spaces, as the log reads a saved letter), or empty when they cannot be read whole.
     */
    public static Optional<String> wentWrong(String printedText) {
        String text = withoutFooters(" " + printedText.replaceAll("\\s+", " ") + " ");
        int heading = text.indexOf(HEADING, Math.max(0, text.indexOf(HAPPENED)));
        if (heading < 0) {
            return Optional.empty();
        }
        int start = heading + HEADING.length();
        int end = NEXT.stream().mapToInt(next -> text.indexOf(next, start)).filter(i -> i >= 0).min().orElse(-1);
        return whole(text, start, end);
    }

    /**
     * The words under "What happened" (with the day the problem began, as the letter gives it: "The problem began
     * on 22 August 2026. Payments stopped."), read the same way, up to the "What went wrong" heading that follows
     * it; empty when either heading is not found or the words cannot be read whole.
     */
    public static Optional<String> whatHappened(String printedText) {
        String text = withoutFooters(" " + printedText.replaceAll("\\s+", " ") + " ");
        int heading = text.indexOf(HAPPENED);
        if (heading < 0) {
            return Optional.empty();
        }
        int start = heading + HAPPENED.length();
        return whole(text, start, text.indexOf(HEADING, start));
    }

    /**
     * The words under the "The effect on ..." heading that follows "What went wrong", the heading's own words first
     * ("The effect on my child Lily I am two months behind with the rent."), up to what follows it in the complaint
     * letter; empty when it is not found or cannot be read whole. The reader knows the heading by the children's
     * names as the letter prints them.
     */
    public static Optional<String> effect(String printedText) {
        String text = withoutFooters(" " + printedText.replaceAll("\\s+", " ") + " ");
        int wrong = text.indexOf(HEADING, Math.max(0, text.indexOf(HAPPENED)));
        int heading = wrong < 0 ? -1 : text.indexOf(NEXT.get(0), wrong);
        if (heading < 0) {
            return Optional.empty();
        }
        int start = heading + 1;
        int end = NEXT.subList(1, NEXT.size()).stream().mapToInt(next -> text.indexOf(next, start))
                .filter(i -> i >= 0).min().orElse(-1);
        return whole(text, start, end);
    }

    /** The words from {@code start} to {@code end}, or empty when there is no end, nothing, a gap or a page label. */
    private static Optional<String> whole(String text, int start, int end) {
        if (end < 0) {
            return Optional.empty();
        }
        String words = text.substring(start, end).strip();
        if (words.isEmpty() || words.contains("[") || PAGE_LABEL.matcher(words).find()) {
            return Optional.empty();
        }
        return Optional.of(words);
    }

    /**
     * The text with each page's label and footer line taken out. The footer line is the same on every page, so it is
     * what follows every label alike (on the last page only it, or it and the fingerprint line, follow); with one
     * page there is no break to take out. Left as it is when no footer can be found.
     */
    private static String withoutFooters(String text) {
        java.util.regex.Matcher m = PAGE_LABEL.matcher(text);
        List<Integer> ends = new java.util.ArrayList<>();
        while (m.find()) {
            ends.add(m.end());
        }
        if (ends.size() < 2) {
            return text;
        }
        String footer = text.substring(ends.get(0));
        for (int end : ends.subList(1, ends.size())) {
            String after = text.substring(end);
            int same = 0;
            while (same < footer.length() && same < after.length() && footer.charAt(same) == after.charAt(same)) {
                same++;
            }
            footer = footer.substring(0, same);
        }
        // Whole words only: what follows two footers may begin with the same letters.
        String common = footer.substring(0, Math.max(0, footer.lastIndexOf(' '))).strip();
        if (common.isEmpty()) {
            return text;
        }
        return PAGE_LABEL.matcher(text).replaceAll(" ").replaceAll(" +", " ").replace(" " + common + " ", " ");
    }
}
