package uk.cml.letters.templates;

import java.time.LocalDate;
import uk.cml.domain.standing.Decision;

/**
 * A CMS decision the parent disagrees with, for a mandatory reconsideration.
 *
 * @param decisionDate the date on the decision letter; the month to ask runs from it
 * @param whatDecided  what the CMS decided, in a few words the parent typed, to follow "about" ("the weekly amount
 *                     of maintenance from 1 October 2026"); empty to name the decision by its {@code kind}
 * @param whatIsWrong  why the parent thinks it is wrong, with the facts that show it
 * @param whyLate      only for a request made after the month: why it is late (the CMS may accept it within the late months the facts table gives)
 * @param letterKept   the records hold a scan of the decision letter, so a copy can be enclosed
 * @param kind         the kind of decision the parent logged it as, or null when not known: with no
 *                     {@code whatDecided}, the letter names the decision by it ({@link #named})
 */
public record DecisionDetails(LocalDate decisionDate, String whatDecided, String whatIsWrong, String whyLate,
        boolean letterKept, Decision.Kind kind) {

    public DecisionDetails {
        whatDecided = Text.clean(whatDecided);
        whatIsWrong = Text.clean(whatIsWrong);
        whyLate = Text.clean(whyLate);
    }

    /** A decision described in the parent's own words, its kind not said. */
    public DecisionDetails(LocalDate decisionDate, String whatDecided, String whatIsWrong, String whyLate,
            boolean letterKept) {
        this(decisionDate, whatDecided, whatIsWrong, whyLate, letterKept, null);
    }

    /**
     * A decision as the records hold it: its date and the kind the parent logged it as, which names it in the letter
     * ("your decision of 30 November 2026 not to make or change the calculation"). The parent's note of it is left
     * out: it is their summary of the CMS's letter ("CMS reply: arrears are 122.20; …"), often about more than the
     * decision, and pasted into the sentence naming the decision it named the wrong one and put a bare figure to the
     * CMS as if agreed.
     */
    public static DecisionDetails onRecord(LocalDate decisionDate, Decision.Kind kind, boolean letterKept) {
        return new DecisionDetails(decisionDate, "", "", "", letterKept, kind);
    }

    /** A decision whose letter the records hold no scan of. */
    public DecisionDetails(LocalDate decisionDate, String whatDecided, String whatIsWrong, String whyLate) {
        this(decisionDate, whatDecided, whatIsWrong, whyLate, false);
    }

    /**
     * What follows "your decision of 30 November 2026": "about " and the parent's words when they gave them, else
     * the words for the kind logged; empty when neither is known (the letter then leaves a gap for it).
     */
    String named() {
        if (!whatDecided.isEmpty()) {
            return "about " + whatDecided;
        }
        if (kind == null) {
            return "";
        }
        return switch (kind) {
            case CALCULATION -> "about the calculation";
            // The label is "A refusal to make or change a calculation": the records do not say which it was.
            case REFUSAL -> "not to make or change the calculation";
            case WRITE_OFF -> "about writing off arrears";
        };
    }
}
