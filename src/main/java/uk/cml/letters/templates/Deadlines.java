package uk.cml.letters.templates;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import uk.cml.domain.calendar.CalendarText;
import uk.cml.domain.calendar.DueDate;
import uk.cml.domain.calendar.UkCalendar;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.standing.CmsFacts;
import uk.cml.domain.standing.ComplaintThreads;

/**
 * Every date a letter asks for or quotes, counted with the calendar and the facts (targets and time limits) the
 * "Where things stand" page counts with, handed in by the caller ({@link LetterFacts#deadlines()}), so a letter and
 * the page never disagree and a fact the parent corrects changes both. Working days skip weekends and the England
 * and Wales bank holidays. A letter is taken to be posted first class on its date, or for one dated when Post
 * Offices are closed (a Sunday, a bank holiday, Christmas Day, Boxing Day or New Year's Day), on the first day after
 * it that they open ({@link #postingDay}).
 *
 * <p>A limit the parent must meet is a {@link DueDate}: its {@code counted} day is where the limit itself ends,
 * which is what a letter to the CMS or ICE quotes ("those 6 months end on"); its {@code date} is the working day to
 * act by, which is what the page shows and what the app's warnings to the parent name.
 */
public final class Deadlines {

    private final UkCalendar calendar;
    private final CmsFacts facts;

    public Deadlines(UkCalendar calendar, CmsFacts facts) {
        // Deemed delivery counted with the same facts as the limits: the letter's dates come from one reading.
        this.calendar = calendar.withDelivery(facts);
        this.facts = facts;
    }

    /** What the CMS aims for when answering a complaint: acknowledge in 2 working days, reply in 15. */
    int complaintAcknowledgeWorkingDays() {
        return facts.complaintAcknowledgeWorkingDays();
    }

    int complaintWorkingDays() {
        return facts.complaintReplyWorkingDays();
    }

    /** ICE looks at a complaint only within 6 months of the CMS's final response. */
    int iceMonths() {
        return facts.iceMonths();
    }

    /** The reply the CMS allows to a proposal to write off arrears. */
    int writeOffReplyDays() {
        return facts.writeOffReplyDays();
    }

    int reconsiderationMonths() {
        return facts.reconsiderationMonths();
    }

    /** Months after a decision within which the CMS may still accept a late request for a reconsideration. */
    int lateReconsiderationMonths() {
        return facts.lateReconsiderationMonths();
    }

    int appealMonths() {
        return facts.appealMonths();
    }

    int subjectAccessMonths() {
        return facts.subjectAccessMonths();
    }

    int subjectAccessExtensionMonths() {
        return facts.subjectAccessExtensionMonths();
    }

    /**
     * The seed's adviser says a breakdown of arrears can take up to 6 weeks: an estimate, not a CMS time limit or
     * target, so the date it gives is only the app's suggestion of when to expect the breakdown.
     */
    int breakdownWeeks() {
        return facts.arrearsBreakdownWeeks();
    }

    LocalDate workingDaysAfter(LocalDate start, int workingDays) {
        return calendar.workingDaysAfter(start, workingDays);
    }

    /**
     * For an ordinary request: long enough to be fair, short enough to chase (the app's own suggestion), in working
     * days from when the letter posted first class on its date counts as delivered, the rule a complaint's reply
     * counts by ({@link ReplyRules#REQUEST}). A letter dated on a Saturday and one dated the day before Good Friday
     * give the CMS the same working time.
     */
    LocalDate requestReplyBy(LocalDate letterDate) {
        return printedReplyBy(ReplyRules.REQUEST, letterDate, PostingMethod.FIRST_CLASS);
    }

    /**
     * The first working day after {@code date}: the day a reply whose target is {@code date} is late from (the
     * parent chases by phone or letter, on a working day).
     */
    LocalDate dayAfter(LocalDate date) {
        return calendar.onOrAfter(date.plusDays(1));
    }

    /** When a letter the records show posted counts as delivered, by how it was sent (its tracking, if recorded). */
    LocalDate delivered(uk.cml.domain.correspondence.SentLetter posted) {
        return calendar.deemedDelivery(posted.posted().orElseThrow(), posted.method().orElseThrow(),
                posted.trackedDelivery());
    }

    /** When a letter posted on {@code posted} by {@code method} counts as delivered (its tracking, if recorded). */
    LocalDate delivered(LocalDate posted, PostingMethod method, Optional<LocalDate> tracked) {
        return calendar.deemedDelivery(posted, method, tracked);
    }

    /** When a letter posted first class on its date (or on {@link #postingDay}) is deemed to arrive. */
    LocalDate deemedReceipt(LocalDate letterDate) {
        return deemedReceipt(letterDate, PostingMethod.FIRST_CLASS);
    }

    /** When a letter posted by {@code postedBy} on {@link #postingDay} is deemed to arrive. */
    LocalDate deemedReceipt(LocalDate letterDate, PostingMethod postedBy) {
        return calendar.deemedDelivery(postingDay(letterDate, postedBy), postedBy);
    }

    /**
     * The day the dates a letter asks for count from: the calendar's one rule ({@link UkCalendar#postingDay}), the
     * first day on or after its date that Post Offices open for a letter sent by post ({@link UkCalendar#postOfficesOpen}),
     * its date itself otherwise. Reviewer rv6: a complaint dated Sun 6 Dec 2026 asked for an acknowledgement by 10 Dec,
     * a day before the CMS's own target from a letter posted on the Monday.
     */
    LocalDate postingDay(LocalDate letterDate, PostingMethod postedBy) {
        return calendar.postingDay(letterDate, postedBy);
    }

    /**
     * For the app's warnings: "today", or for a letter dated when Post Offices are mostly closed, "on Mon 7 Dec 2026,
     * the first day Post Offices open after the letter's date" (the day its dates count from).
     */
    String whenToPost(DraftWriter w, LocalDate letterDate, PostingMethod postedBy) {
        LocalDate day = postingDay(letterDate, postedBy);
        return day.equals(letterDate) ? "today" : "on " + day(day) + " " + w.date(day) + ", " + FIRST_OPEN_DAY;
    }

    /** Why a letter dated on a Sunday or bank holiday is posted later, as the warnings say it. */
    static final String FIRST_OPEN_DAY = "the first day Post Offices open after the letter's date";

    LocalDate complaintAcknowledgeBy(LocalDate letterDate) {
        return complaintAcknowledgeBy(letterDate, PostingMethod.FIRST_CLASS);
    }

    /** The CMS's target to acknowledge, from when a complaint posted on its date by {@code postedBy} arrives. */
    LocalDate complaintAcknowledgeBy(LocalDate letterDate, PostingMethod postedBy) {
        return workingDaysAfter(deemedReceipt(letterDate, postedBy), complaintAcknowledgeWorkingDays());
    }

    /** The CMS's target of 15 working days runs from when it receives the complaint. */
    LocalDate complaintReplyBy(LocalDate letterDate) {
        return complaintReplyBy(letterDate, PostingMethod.FIRST_CLASS);
    }

    /** The same for a complaint posted on its date by {@code postedBy} (2nd class arrives later). */
    LocalDate complaintReplyBy(LocalDate letterDate, PostingMethod postedBy) {
        return printedReplyBy(ReplyRules.COMPLAINT, letterDate, postedBy);
    }

    /**
     * The reply-by date a letter prints by its rule, posted on its date by {@code postedBy} (as the parent says they
     * will post it on the Write a letter page; 2nd class arrives later): the same rule the Letters page counts from
     * the real posting ({@link ReplyRules}). One count for every letter whose reply runs from when the CMS gets it.
     */
    LocalDate printedReplyBy(ReplyRules rules, LocalDate letterDate, PostingMethod postedBy) {
        return calendar.replyBy(deemedReceipt(letterDate, postedBy), rules.rule(facts)).date();
    }

    /**
     * The CMS's target to reply to a complaint letter the records show posted, counted as the "Where things stand"
     * page counts it (from the day it counts as delivered, by how it was sent).
     */
    public DueDate complaintReplyTarget(SentLetter posted) {
        return new ComplaintThreads(calendar, facts).replyTarget(posted);
    }

    /**
     * A subject access reply is due one calendar month after the request is received, on the same day of the next
     * month (its last day if it has none), moved on to the next working day (ICO guidance).
     */
    LocalDate subjectAccessDue(LocalDate letterDate) {
        return subjectAccessDue(letterDate, PostingMethod.FIRST_CLASS);
    }

    /** The same for a request posted on its date by {@code postedBy}. */
    LocalDate subjectAccessDue(LocalDate letterDate, PostingMethod postedBy) {
        return printedReplyBy(ReplyRules.SUBJECT_ACCESS, letterDate, postedBy);
    }

    /** A mandatory reconsideration is asked for within one calendar month of the date on the decision letter. */
    DueDate mandatoryReconsiderationDue(LocalDate decisionDate) {
        return calendar.parentDeadline(decisionDate, Period.ofMonths(reconsiderationMonths()),
                "mandatory reconsideration");
    }

    /**
     * The date a reply to a write-off proposal, posted first class on its date, asks for the CMS's decision by: after
     * the proposal's days end, by the one count a reply logged by hand is watched by
     * ({@link uk.cml.domain.standing.ReplyRuleBook#writeOffDecision}).
     */
    LocalDate writeOffDecisionBy(LocalDate letterDate, Optional<LocalDate> proposalDate) {
        return new uk.cml.domain.standing.ReplyRuleBook(facts).writeOffDecision(calendar, deemedReceipt(letterDate),
                proposalDate).date();
    }

    DueDate writeOffReplyEnds(LocalDate proposalDate) {
        return calendar.parentDeadline(proposalDate, Period.ofDays(writeOffReplyDays()), "write-off reply");
    }

    DueDate iceLimit(LocalDate finalResponse) {
        return calendar.parentDeadline(finalResponse, Period.ofMonths(iceMonths()), "ICE");
    }

    /**
     * The adviser's weeks, counted as the complaint targets are from when the CMS receives the letter (its deemed
     * receipt), on the next working day if that is a weekend or bank holiday: the app's suggestion, not a CMS limit.
     * Counted from the letter's own date, the letter hoped for the breakdown two working days or more before 6 weeks
     * with the CMS were up.
     */
    LocalDate breakdownHopedFor(LocalDate letterDate) {
        return breakdownHopedFor(letterDate, PostingMethod.FIRST_CLASS);
    }

    /** The same for a request posted on its date by {@code postedBy}. */
    LocalDate breakdownHopedFor(LocalDate letterDate, PostingMethod postedBy) {
        return printedReplyBy(ReplyRules.ARREARS_BREAKDOWN, letterDate, postedBy);
    }

    /** "one", "two" ... "ten", then figures: a small count as a letter writes it in a sentence. */
    static String inWords(int count) {
        String[] words = {"no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};
        return count >= 0 && count < words.length ? words[count] : String.valueOf(count);
    }

    /** "one month", "6 months": a period as a letter says it. */
    static String months(int count) {
        return count == 1 ? "one month" : count + " months";
    }

    /**
     * The sentence that names the last day to post a letter whose limit counts when {@code who} receives it (a
     * mandatory reconsideration, a write-off reply, a complaint to ICE), from the one calendar
     * ({@link UkCalendar#lastDayToPost}), as the Overview and the "Where things stand" page name it. A limit on a
     * weekend or bank holiday is kept where the count ends (cms-facts.md gives no rule that it moves, nor whether the
     * posting or the receipt meets it, so the app counts the receipt, to be safe, and says so), and the
     * working day before it is not the day to act by, so it is never named. For the app's warnings to the parent,
     * never the printed letter.
     */
    String postBy(DraftWriter w, DueDate limit, String who, LocalDate letterDate) {
        LocalDate last = calendar.lastDayToPost(limit);
        String why = calendar.holidays().on(limit.counted()).map(h -> " That day is a bank holiday (" + h.name()
                + "), and post is not delivered then.").orElse(calendar.isWorkingDay(limit.counted()) ? ""
                : " That day is a " + day(limit.counted()) + ", and post is not delivered then.");
        String when = day(last) + " " + w.date(last);
        // Special Delivery is sent from a Post Office counter too: from the first day one opens.
        LocalDate sendOn = postingDay(letterDate, PostingMethod.SPECIAL_DELIVERY);
        LocalDate special = calendar.deemedDelivery(sendOn, PostingMethod.SPECIAL_DELIVERY);
        return why + (letterDate.isAfter(last)
                ? " To be safe, count it as made only when " + who + " gets it, so the last day to post it 1st "
                        + "class was " + when + "." + (special.isAfter(limit.counted()) ? ""
                        : " Sent by Special Delivery " + (sendOn.equals(letterDate) ? "today"
                                : "on " + day(sendOn) + " " + w.date(sendOn)) + ", it is due to be delivered on " + day(special) + " "
                                + w.date(special) + ".")
                : " To be safe, count it as made only when " + who + " gets it, so post it 1st class by " + when
                        + ", as the Where it stands page shows.");
    }

    private static String day(LocalDate date) {
        return CalendarText.weekday(date);
    }
}
