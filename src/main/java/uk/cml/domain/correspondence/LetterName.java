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

    /**
     * {@code heading} stripped, or {@code otherwise} when the letter prints no heading, or one in capitals: the
     * complaints were headed "COMPLAINT", "COMPLAINT ABOUT THE CHILD MAINTENANCE SERVICE" and "COMPLAINT: request for
     * a review by a senior manager", and letters kept with those headings were listed by them, in the pack's contents
     * and chronology too, like a code word beside their plain name ("Complaint to CMS") in Documents. Read here, so
     * the letters already kept are named plainly without changing what they printed.
     */
    public static String of(String heading, String otherwise) {
        String printed = heading == null ? "" : heading.strip();
        return printed.isEmpty() || shouted(printed) ? otherwise : printed;
    }

    /** All in capitals, or begun with a word of four or more capitals and a colon ("COMPLAINT: request ..."). */
    static boolean shouted(String heading) {
        if (heading.chars().noneMatch(Character::isLowerCase)) {
            return heading.chars().anyMatch(Character::isLetter);
        }
        int colon = heading.indexOf(':');
        String first = colon < 0 ? "" : heading.substring(0, colon);
        return first.length() >= 4 && first.chars().allMatch(Character::isUpperCase);
    }
}
