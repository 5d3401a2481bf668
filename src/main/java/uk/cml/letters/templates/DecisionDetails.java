package uk.cml.letters.templates;

import java.time.LocalDate;

/**
 * A CMS decision the parent disagrees with, for a mandatory reconsideration.
 *
 * @param decisionDate the date on the decision letter; the month to ask runs from it
 * @param whatDecided  what the CMS decided, in a few words ("the weekly amount of maintenance from 1 October 2026")
 * @param whatIsWrong  why the parent thinks it is wrong, with the facts that show it
 * @param whyLate      only for a request made after the month: why it is late (the CMS may accept it within the late months the facts table gives)
 * @param letterKept   the records hold a scan of the decision letter, so a copy can be enclosed
 */
public record DecisionDetails(LocalDate decisionDate, String whatDecided, String whatIsWrong, String whyLate,
        boolean letterKept) {

    public DecisionDetails {
        whatDecided = Text.clean(whatDecided);
        whatIsWrong = Text.clean(whatIsWrong);
        whyLate = Text.clean(whyLate);
    }

    /**
     * A decision as the records hold it, with the parent's note of it beside what was decided: "the calculation
     * (Annual review: the weekly amount stays the same)". Never in quotation marks: the note is the parent's own
     * words ("The CMS refused to change …"), and quoted in a letter to the CMS they would read as the decision's.
     * With no note, what was decided is left for the parent.
     */
    public static DecisionDetails onRecord(LocalDate decisionDate, String note, boolean letterKept) {
        String said = Text.clean(note).replaceAll("[.\\s]+$", "");
        return new DecisionDetails(decisionDate, said.isEmpty() ? "" : "the calculation (" + said + ")", "", "",
                letterKept);
    }

    /** A decision whose letter the records hold no scan of. */
    public DecisionDetails(LocalDate decisionDate, String whatDecided, String whatIsWrong, String whyLate) {
        this(decisionDate, whatDecided, whatIsWrong, whyLate, false);
    }
}
