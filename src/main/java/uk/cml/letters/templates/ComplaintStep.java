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
        return complaintOf(w, complaint, "my");
    }

    private static String complaintOf(DraftWriter w, ComplaintPosition complaint, String whose) {
        return complaint.complainedOn().map(day -> whose + " complaint of " + w.date(day))
                .orElse(whose + " complaint");
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
                    + w.date(limit.counted()) + ", " + months + " after the CMS final response." + deadlines.postBy(w,
                    limit, "ICE", letterDate) + " Do not wait for a reply to this letter.");
        }
        return "I will take " + mine(w, complaint) + " to the Independent Case Examiner and tell them about this too";
    }

    /**
     * A note to the parent when the records say a complaint letter is not the next step ({@code letter} being the
     * step it takes): a complaint the CMS is still dealing with, a final response that makes ICE next, or a
     * complaint already with ICE. The parent may still send it (a new problem is a new complaint), so it is a note.
     */
    static void warnIfNotNext(DraftWriter w, ComplaintPosition complaint, Step letter) {
        Optional<Step> reached = complaint.reached();
        if (reached.isEmpty()) {
            return;
        }
        String yours = complaintOf(w, complaint, "your");
        String same = " If this letter is about the same problem, ";
        if (reached.get() == Step.ICE) {
            w.warn("Your records show you sent " + yours + " to the Independent Case Examiner on "
                    + w.date(complaint.sent(Step.ICE).orElseThrow()) + "."
                    + (letter == Step.ICE ? "" : same + "write to ICE instead."));
        } else if (reached.get() == Step.FINAL_RESPONSE && letter != Step.ICE) {
            LocalDate response = complaint.finalResponse().orElseThrow();
            DueDate limit = w.facts().deadlines().iceLimit(response);
            boolean iceOpen = !w.facts().letterDate().isAfter(limit.counted());
            String finalResponse = "Your records show the CMS's final response to " + yours + ", dated "
                    + w.date(response) + ".";
            if (iceOpen) {
                w.warn(finalResponse + same + "the next step is the Independent Case Examiner, by "
                        + w.date(limit.date()) + ".");
            } else if (letter == Step.SENIOR_REVIEW) {
                w.warn(finalResponse + " A senior manager's review comes before the final response, not after it.");
            }
        } else if (reached.get() != Step.FINAL_RESPONSE && letter == Step.ICE) {
            w.warn("Your records hold no final response from the CMS to " + yours + ". The Independent Case "
                    + "Examiner looks at a complaint only after it. When it comes, log it on the Letters page as a reply to "
                    + "your letter and answer Yes to \"Does this letter say it is the CMS's final response to your "
                    + "complaint?\".");
        } else if (reached.get() != Step.FINAL_RESPONSE && letter == Step.COMPLAINT) {
            w.warn("Your records show " + yours + " is still with the CMS." + same + "you can add to it "
                    + "instead of making a second complaint.");
        } else if (reached.get() == Step.SENIOR_REVIEW && letter == Step.SENIOR_REVIEW) {
            w.warn("Your records show you asked for a senior manager's review on "
                    + w.date(complaint.sent(Step.SENIOR_REVIEW).orElseThrow()) + ".");
        }
    }
}
