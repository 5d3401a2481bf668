package uk.cml.letters.templates;

import java.time.LocalDate;

/**
 * A CMS decision the parent disagrees with, for a mandatory reconsideration.
 *
 * @param decisionDate the date on the decision letter; the month to ask runs from it
 * @param whatDecided  what the CMS decided, in a few words ("the weekly amount of maintenance from 1 October 2026")
 * @param whatIsWrong  why the parent thinks it is wrong, with the facts that show it
 * @param whyLate      only for a request made after the month: why it is late (the CMS may accept it up to 13 months)
 */
public record DecisionDetails(LocalDate decisionDate, String whatDecided, String whatIsWrong, String whyLate) {

    public DecisionDetails {
        whatDecided = Text.clean(whatDecided);
        whatIsWrong = Text.clean(whatIsWrong);
        whyLate = Text.clean(whyLate);
    }
}
