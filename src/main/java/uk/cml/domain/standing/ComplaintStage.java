package uk.cml.domain.standing;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One stage of a complaint as the page shows it. Dates are empty until they happen or can be counted.
 *
 * @param sent             posted (or written, if not posted yet) for the parent's letters; dated for the CMS's
 * @param delivered        when the parent's letter counts as delivered
 * @param acknowledgeDue   the CMS's target to acknowledge a complaint
 * @param replyDue         the date the reply is watched for (printed in the letter when the app wrote it)
 * @param replyReceived    when the answer arrived
 */
public record ComplaintStage(Step step, Optional<LocalDate> sent, Optional<LocalDate> delivered,
                             Optional<LocalDate> acknowledgeDue, Optional<LocalDate> replyDue,
                             Optional<LocalDate> replyReceived) {

    /** The stages in order (GOV.UK complaints page; ICE). */
    public enum Step {
        COMPLAINT("Your complaint to the CMS"),
        CMS_REPLY("The CMS's reply"),
        SENIOR_REVIEW("Your request for a senior manager's review"),
        FINAL_RESPONSE("The CMS's final response"),
        ICE("Your complaint to the Independent Case Examiner"),
        MP_OMBUDSMAN("Your MP and the Parliamentary and Health Service Ombudsman");

        private final String label;

        Step(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    static ComplaintStage empty(Step step) {
        return new ComplaintStage(step, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }
}
