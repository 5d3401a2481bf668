package uk.cml.letters.templates;

import java.time.LocalDate;
import java.time.Period;
import uk.cml.domain.calendar.UkCalendar;
import uk.cml.domain.correspondence.PostingMethod;

/**
 * Every date a letter asks for or quotes, taken from the one calendar ({@link UkCalendar}): working days skip
 * weekends and the England and Wales bank holidays. A letter is taken to be posted first class on its date.
 */
final class Deadlines {

    /** What the CMS aims for when answering a complaint: acknowledge in 2 working days, reply in 15. */
    static final int COMPLAINT_ACKNOWLEDGE_WORKING_DAYS = 2;
    static final int COMPLAINT_WORKING_DAYS = 15;
    /** For an ordinary request: long enough to be fair, short enough to chase. */
    static final int REQUEST_DAYS = 14;
    /** The reply the CMS allows to a proposal to write off arrears. */
    static final int WRITE_OFF_REPLY_DAYS = 30;
    /** ICE looks at a complaint only within 6 months of the CMS's final response. */
    static final int ICE_MONTHS = 6;
    /** The adviser in the seed says a breakdown of arrears can take up to 6 weeks. */
    static final int BREAKDOWN_WEEKS = 6;

    private static final UkCalendar CALENDAR = UkCalendar.englandAndWales();

    private Deadlines() {
    }

    static LocalDate workingDaysAfter(LocalDate start, int workingDays) {
        return CALENDAR.workingDaysAfter(start, workingDays);
    }

    static LocalDate requestReplyBy(LocalDate letterDate) {
        return CALENDAR.cmsDeadline(letterDate, Period.ofDays(REQUEST_DAYS), "request").date();
    }

    /** When a letter posted first class on its date is deemed to arrive. */
    static LocalDate deemedReceipt(LocalDate letterDate) {
        return CALENDAR.deemedDelivery(letterDate, PostingMethod.FIRST_CLASS);
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
        return CALENDAR.cmsDeadline(deemedReceipt(letterDate), Period.ofMonths(1), "subject access").date();
    }

    /** A mandatory reconsideration is asked for within one calendar month of the date on the decision letter. */
    static LocalDate mandatoryReconsiderationDue(LocalDate decisionDate) {
        return CALENDAR.parentDeadline(decisionDate, Period.ofMonths(1), "mandatory reconsideration").counted();
    }

    static LocalDate writeOffReplyEnds(LocalDate proposalDate) {
        return CALENDAR.parentDeadline(proposalDate, Period.ofDays(WRITE_OFF_REPLY_DAYS), "write-off reply")
                .counted();
    }

    static LocalDate iceLimit(LocalDate finalResponse) {
        return CALENDAR.parentDeadline(finalResponse, Period.ofMonths(ICE_MONTHS), "ICE").counted();
    }

    static LocalDate breakdownDue(LocalDate letterDate) {
        return CALENDAR.cmsDeadline(letterDate, Period.ofWeeks(BREAKDOWN_WEEKS), "arrears breakdown").date();
    }
}
