package uk.cml.letters.templates;

import java.time.LocalDate;
import java.util.Optional;
import uk.cml.domain.calendar.DueDate;
import uk.cml.domain.standing.ComplaintPosition;
import uk.cml.domain.standing.ComplaintStage.Step;

/**
 * What a letter says the parent will do if the CMS does not act, true to how far the complaint has gone (the stages
 * on GOV.UK's complaints page): make a complaint; add to the one made, which is quoted by the date it was first made,
 * never by a later letter that took it on; after the CMS's final response, take it to the Independent Case Examiner
 * while ICE's time limit lasts, or else make a new complaint; once it is with ICE, tell ICE. No full stop.
 */
final class ComplaintStep {

    private ComplaintStep() {
    }

    /**
     * @param about   what a new complaint would be about (" about the delay"), or empty
     * @param chased  the date of the parent's letter this one chases, or null: chasing a complaint letter itself,
     *                adding to it makes no sense
     */
    static String next(DraftWriter w, ComplaintPosition complaint, String about, LocalDate chased) {
        Optional<Step> reached = complaint.reached();
        if (reached.isEmpty()) {
            return "I will make a formal complaint" + about;
        }
        Optional<Step> chasedStep = chased == null ? Optional.empty() : complaint.stepOn(chased);
        if (chasedStep.equals(Optional.of(Step.ICE))) {
            // The MP is the stage after ICE; a letter ICE has not answered goes there.
            return "I will ask my MP for help";
        }
        if (chasedStep.equals(Optional.of(Step.COMPLAINT)) && reached.get() == Step.COMPLAINT) {
            return "I will ask for my complaint to be reviewed by a senior manager";
        }
        return switch (reached.get()) {
            case ICE -> "I will add this to the complaint I sent to the Independent Case Examiner on "
                    + w.date(complaint.sent(Step.ICE).orElseThrow());
            case FINAL_RESPONSE -> afterFinalResponse(w, complaint, about);
            default -> "I will add this to " + mine(w, complaint);
        };
    }

    /** "my complaint of 23 October 2026"; "my complaint" when the records hold only a later step of it. */
    private static String mine(DraftWriter w, ComplaintPosition complaint) {
        return complaint.complainedOn().map(day -> "my complaint of " + w.date(day)).orElse("my complaint");
    }

    /**
     * The CMS's part is over: ICE is next, within its months of the final response (counted as the ICE letter
     * counts them). Once they have ended, ICE may not look at it, so the true step is a new complaint to the CMS.
     * The parent is warned either way, since the letter's reply date may fall after ICE's limit.
     */
    private static String afterFinalResponse(DraftWriter w, ComplaintPosition complaint, String about) {
        LocalDate response = complaint.finalResponse().orElseThrow();
        Deadlines deadlines = w.facts().deadlines();
        DueDate limit = deadlines.iceLimit(response);
        String months = Deadlines.months(deadlines.iceMonths());
        LocalDate letterDate = w.facts().letterDate();
        if (letterDate.isAfter(limit.counted())) {
            w.warn("The " + months + " for taking your complaint to the Independent Case Examiner ended on "
                    + w.date(limit.counted()) + ", " + months + " after the CMS final response of " + w.date(response)
                    + ". So this letter says you will make a new complaint to the CMS.");
            return "I will make a new formal complaint" + about;
        }
        if (!letterDate.isBefore(limit.date().minusWeeks(IceComplaintLetter.WARN_WEEKS_BEFORE))) {
            w.warn("Send your complaint to the Independent Case Examiner soon: ICE must get it by "
                    + w.date(limit.counted()) + ", " + months + " after the CMS final response." + deadlines.actBy(w,
                    limit) + " Do not wait for a reply to this letter.");
        }
        return "I will take " + mine(w, complaint) + " to the Independent Case Examiner and tell them about this too";
    }
}
