package uk.cml.letters.templates;

import java.time.LocalDate;
import uk.cml.domain.correspondence.WorkingDays;

/**
 * Every date a letter asks for or quotes, worked out in one place: working days skip weekends and the England and
 * Wales bank holidays. A letter is taken to be posted first class on its date.
 */
final class Deadlines {

    /** What the CMS aims for when answering a complaint: acknowledge in 2 working days, reply in 15. */
    static final int COMPLAINT_ACKNOWLEDGE_WORKING_DAYS = 2;
    static final int COMPLAINT_WORKING_DAYS = 15;
    /** For an ordinary request: long enough to be fair, short enough to chase. */
    static final int REQUEST_DAYS = 14;
    /** First class post is deemed delivered on the 2nd working day after posting. */
    static final int FIRST_CLASS_WORKING_DAYS = 2;
    /** The reply the CMS allows to a proposal to write off arrears. */
    static final int WRITE_OFF_REPLY_DAYS = 30;
    /** ICE looks at a complaint only within 6 months of the CMS's final response. */
    static final int ICE_MONTHS = 6;
    /** The adviser in the seed says a breakdown of arrears can take up to 6 weeks. */
    static final int BREAKDOWN_WEEKS = 6;

    private static final WorkingDays WORKING_DAYS = WorkingDays.englandAndWales();

    private Deadlines() {
    }

    static LocalDate workingDaysAfter(LocalDate start, int workingDays) {
        return WORKING_DAYS.after(start, workingDays);
    }

    /** The date itself if it is a working day, otherwise the next one. */
    static LocalDate onOrNextWorkingDay(LocalDate date) {
        return WORKING_DAYS.isWorkingDay(date) ? date : WORKING_DAYS.after(date, 1);
    }

    static LocalDate requestReplyBy(LocalDate letterDate) {
        return onOrNextWorkingDay(letterDate.plusDays(REQUEST_DAYS));
    }

    /** When a letter posted first class on its date is deemed to arrive. */
    static LocalDate deemedReceipt(LocalDate letterDate) {
        return workingDaysAfter(letterDate, FIRST_CLASS_WORKING_DAYS);
    }

    static LocalDate complaintAcknowledgeBy(LocalDate letterDate) {
        return workingDaysAfter(deemedReceipt(letterDate), COMPLAINT_ACKNOWLEDGE_WORKING_DAYS);
    }

    /** The CMS's target of 15 working days runs from when it receives the complaint. */
    static LocalDate complaintReplyBy(LocalDate letterDate) {
        return workingDaysAfter(deemedReceipt(letterDate), COMPLAINT_WORKING_DAYS);
    }

    /**
     * A subject access reply is due one calendar month after the request is received, on the same day of the next
     * month (its last day if it has none), moved on to the next working day (ICO guidance).
     */
    static LocalDate subjectAccessDue(LocalDate letterDate) {
        return onOrNextWorkingDay(deemedReceipt(letterDate).plusMonths(1));
    }

    /** A mandatory reconsideration is asked for within one calendar month of the date on the decision letter. */
    static LocalDate mandatoryReconsiderationDue(LocalDate decisionDate) {
        return decisionDate.plusMonths(1);
    }

    static LocalDate writeOffReplyEnds(LocalDate proposalDate) {
        return proposalDate.plusDays(WRITE_OFF_REPLY_DAYS);
    }

    static LocalDate iceLimit(LocalDate finalResponse) {
        return finalResponse.plusMonths(ICE_MONTHS);
    }

    static LocalDate breakdownDue(LocalDate letterDate) {
        return onOrNextWorkingDay(letterDate.plusWeeks(BREAKDOWN_WEEKS));
    }
}
