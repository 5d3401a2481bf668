package uk.cml.domain.standing;

import java.time.LocalDate;
import java.util.Optional;
import uk.cml.domain.Labelled;

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
    public enum Step implements Labelled {
        COMPLAINT, CMS_REPLY, SENIOR_REVIEW, FINAL_RESPONSE, ICE, MP_OMBUDSMAN
    }

    /**
     * The parent's own letter for this stage is written and not posted: its date is the day it was made, never to be
     * read as sent (a posted letter always has a day it counts as delivered).
     */
    public boolean writtenNotPosted() {
        boolean parents = step == Step.COMPLAINT || step == Step.SENIOR_REVIEW || step == Step.ICE;
        return parents && sent.isPresent() && delivered.isEmpty();
    }

    /**
     * Its date in the reply column is the parent's own limit, not a reply anyone owes them: the Ombudsman's time,
     * normally, through an MP. Shown as a day to ask by, never as "Reply expected by".
     */
    public boolean dateIsParentsLimit() {
        return step == Step.MP_OMBUDSMAN;
    }

    static ComplaintStage empty(Step step) {
        return new ComplaintStage(step, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }
}
