package uk.cml.domain.standing;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import uk.cml.domain.Labelled;
import uk.cml.domain.calendar.DueDate;
import uk.cml.domain.calendar.UkCalendar;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.SentLetter;

/**
 * A date on the "Where things stand" page that something is due by, with what to do about it.
 *
 * @param what     "Reply to your complaint due", for lists, the timeline and the calendar file
 * @param action   the Overview's action text: "Write the review request"
 * @param letter   the key of the letter template that does it, if a letter does
 * @param due      the date and how it was counted
 * @param done     already met (the reply came, the letter went): shown, but not a thing to do
 * @param from     the record the date comes from, so the letter that meets it can be filled in from that record
 * @param timing   whether the date is a limit to act by, or only the day from which the app suggests acting
 * @param late     met only after its date: a CMS target whose answer is dated after it. Nothing is left to do
 *                 ({@code done}), but it was not met, and {@code what} says so: never shown as "done"
 */
public record Deadline(String what, String action, Optional<String> letter, DueDate due, boolean done, From from,
                       Timing timing, boolean late) {

    /**
     * What the date means. A limit is a day to act by (or the day a CMS target ends). A suggestion "from" is the
     * app's idea of when to act: asking the CMS to move enforcement on if nothing has happened by then, posting a
     * letter once it is written, keeping the final response once it has come. Nothing can be done about it before
     * its day and nothing is lost after it, so it never reads "by" and never heads the page before its day. A
     * target is a date for the CMS (or ICE) to act by, such as the CMS's published targets to acknowledge a
     * complaint in 2 working days and reply in 15: a target, not a limit, and not the parent's to meet. Nothing is
     * for the parent to do before it passes (then they chase), so it never heads the page or reads as late before.
     * A told date is a date the parent entered because the CMS told them it would act by then: waited for and
     * chased like a target, but said as what the CMS said, never as its published target. An asked date is the
     * reply date the parent's own letter asks for: waited for and chased like a target, but said as what the
     * letter asks, never as the CMS's target. Its label is the word the timeline and the pack's chronology put
     * before the date ("Deadline" only for a limit; "Reminder" for a day to act from), decided here only.
     */
    public enum Timing implements Labelled { BY, FROM, TARGET, TOLD, ASKED }

    /** The record a deadline is counted from. */
    public sealed interface From {
        /** Counted from no one record (an enforcement step, for example). */
        record Nothing() implements From {
        }

        /** A letter the parent sent: posting it, or the reply it waits for. */
        record Sent(SentLetter letter) implements From {
        }

        /** A CMS letter answering the parent's complaint (its reply, or its final response). */
        record Answer(SentLetter complaint, ReceivedLetter answer) implements From {
        }

        /** A call with the CMS: the date it promised to act by, or the day the parent means to follow it up. */
        record OfCall(uk.cml.domain.evidence.Call call) implements From {
        }

        /** A CMS decision the parent can challenge. */
        record OfDecision(Decision decision) implements From {
        }
    }

    public Deadline {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(letter, "letter");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(timing, "timing");
    }

    /** A deadline not met late: met in time, still open, or a limit. */
    public Deadline(String what, String action, Optional<String> letter, DueDate due, boolean done, From from,
            Timing timing) {
        this(what, action, letter, due, done, from, timing, false);
    }

    /** Met, in time: shown as done. A date met late ({@link #late}) is said not met instead. */
    public boolean metInTime() {
        return done && !late;
    }

    /** A limit (act by its date), counted from a record. */
    public Deadline(String what, String action, Optional<String> letter, DueDate due, boolean done, From from) {
        this(what, action, letter, due, done, from, Timing.BY);
    }

    /** A deadline counted from no one record. */
    public Deadline(String what, String action, Optional<String> letter, DueDate due, boolean done) {
        this(what, action, letter, due, done, new From.Nothing());
    }

    /** The app's suggestion of a day from which to act (not a limit), counted from a record. */
    public static Deadline suggestedFrom(String what, String action, Optional<String> letter, DueDate due,
            From from) {
        return new Deadline(what, action, letter, due, false, from, Timing.FROM);
    }

    /** Whether the date is a day from which to act, rather than a limit to act by. */
    public boolean isFrom() {
        return timing == Timing.FROM;
    }

    /**
     * Whether the date is one the CMS (or ICE) is waited for by, not a limit for the parent: a published target, a
     * date the CMS told the parent, or the reply date the parent's letter asks for.
     */
    public boolean isTarget() {
        return timing == Timing.TARGET || timing == Timing.TOLD || timing == Timing.ASKED;
    }

    /** Whether the date is the one the parent's own letter asks the CMS to reply by, not a published target. */
    public boolean isAsked() {
        return timing == Timing.ASKED;
    }

    /** Whether the date is one the CMS told the parent (entered by the parent), not a published target. */
    public boolean isTold() {
        return timing == Timing.TOLD;
    }

    /**
     * Whether the parent can act on it on {@code today}: always for a limit, from its day for a suggestion, and for
     * a target once it has passed with nothing come, from the next working day (chasing before then is too soon).
     */
    public boolean actionableOn(LocalDate today, UkCalendar calendar) {
        return timing == Timing.BY || !actFrom(calendar).isAfter(today);
    }

    /**
     * The first day the parent can act on it: its date, or for a target the first working day after it (chasing
     * is done by phone or letter to the CMS, whose lines are open Monday to Friday, so never a weekend or bank
     * holiday).
     */
    public LocalDate actFrom(UkCalendar calendar) {
        return isTarget() ? calendar.onOrAfter(date().plusDays(1)) : postBy(calendar).orElse(date());
    }

    /** The letters whose limit is met when the CMS (or ICE) receives them, not when they are posted. */
    private static final java.util.Set<String> MET_ON_RECEIPT = java.util.Set.of("mandatory-reconsideration",
            "write-off-reply", "ice-complaint");

    /**
     * Whether the limit is met only when the letter that meets it is received (a mandatory reconsideration, a reply
     * to a write-off proposal, a complaint to ICE): then the day to act by is the last day to post it, not the limit.
     */
    public boolean countsOnReceipt() {
        return timing == Timing.BY && letter.filter(MET_ON_RECEIPT::contains).isPresent();
    }

    /**
     * For a limit met on receipt ({@link #countsOnReceipt}), the last working day to post the letter 1st class so
     * it is usually treated as delivered by the limit, counted by the one calendar ({@link UkCalendar#latestPosting}).
     * cms-facts.md gives deemed delivery only to suggest dates, not as the rule for these limits, so the words say
     * it is the day to post by "to be safe", never that the letter then arrives or counts in time.
     */
    public Optional<LocalDate> postBy(UkCalendar calendar) {
        return countsOnReceipt() ? Optional.of(calendar.lastDayToPost(due)) : Optional.empty();
    }

    /**
     * For a limit met on receipt, the limit and the last day to post 1st class, as the timeline and the pack say it:
     * "Limit Wed 30 Dec 2026: to be safe, post your letter 1st class by Thu 24 Dec 2026". Empty for any other date,
     * said as {@link DueDate#limitAndActBy} says it.
     */
    public Optional<String> limitAndPostBy(UkCalendar calendar) {
        // The one wording of the two facts, for every page, the pack and the calendar file: the limit, and the
        // last day to post 1st class. Never the posting day alone beside "by", which read as the limit.
        return postBy(calendar).map(last -> uk.cml.domain.Words.text("calendar.due.limitPostBy",
                uk.cml.domain.calendar.CalendarText.dayAndDate(due.counted()),
                uk.cml.domain.calendar.CalendarText.dayAndDate(last)));
    }

    /**
     * For a limit met on receipt and not met yet, what to do about posting on {@code today}: by the last day to
     * post 1st class, the limit and that day ({@link #limitAndPostBy}); after it and before the limit, that 1st class
     * posted today is usually treated as delivered after the limit (and the day Special Delivery is due, if that is
     * by the limit). Empty for any other date, and once the limit has passed ({@link PassedLimits}).
     */
    public Optional<String> postingAdvice(UkCalendar calendar, LocalDate today) {
        Optional<LocalDate> last = postBy(calendar);
        if (last.isEmpty() || done || today.isAfter(date())) {
            return Optional.empty();
        }
        String limit = uk.cml.domain.UkFormats.shortDate(due.counted());
        String lastDay = uk.cml.domain.calendar.CalendarText.dayAndDate(last.get());
        if (!today.isAfter(last.get())) {
            return limitAndPostBy(calendar);
        }
        LocalDate firstClass = calendar.deemedDelivery(today, PostingMethod.FIRST_CLASS);
        LocalDate special = calendar.deemedDelivery(today, PostingMethod.SPECIAL_DELIVERY);
        return Optional.of(!special.isAfter(date())
                ? uk.cml.domain.Words.text("standing.postBy.lateSpecial", limit, lastDay,
                        uk.cml.domain.calendar.CalendarText.dayAndDate(firstClass),
                        uk.cml.domain.calendar.CalendarText.dayAndDate(special))
                : uk.cml.domain.Words.text("standing.postBy.late", limit, lastDay,
                        uk.cml.domain.calendar.CalendarText.dayAndDate(firstClass)));
    }

    /**
     * The day to act by, as every page dates the limit for the parent: for a limit met on receipt the last day to post
     * it 1st class ({@link #postBy}), otherwise its date (the working day before a limit on a weekend or bank holiday).
     */
    public LocalDate actBy(UkCalendar calendar) {
        return postBy(calendar).orElse(date());
    }

    /**
     * The date as a chronology (the Timeline) places it: a limit of the parent's on the limit itself, however it is
     * acted on; any other date on its own day.
     */
    public LocalDate dated() {
        return timing == Timing.BY ? due.counted() : date();
    }

    /**
     * How the date is counted, in words ({@link DueDate#explanation}). For a limit met on receipt that ends on a
     * weekend or bank holiday, the working day before is not the day to act by (the letter must be posted days
     * earlier), so it is not named: the day to post by is said once, beside it ({@link #postingAdvice}).
     */
    public String explanation(UkCalendar calendar) {
        if (countsOnReceipt() && due.move() == DueDate.Move.EARLIER) {
            String why = calendar.holidays().on(due.counted())
                    .map(h -> uk.cml.domain.Words.text("calendar.due.aBankHoliday", h.name()))
                    .orElse(uk.cml.domain.Words.text("calendar.due.aDay",
                            uk.cml.domain.calendar.CalendarText.weekday(due.counted())));
            return uk.cml.domain.Words.text("calendar.due.onReceiptNotWorkingDay", due.rule(),
                    uk.cml.domain.calendar.CalendarText.dayAndDate(due.counted()), why);
        }
        return due.explanation(calendar.holidays());
    }

    public LocalDate date() {
        return due.date();
    }

    /**
     * As {@link #next(UkCalendar)}, on {@code today}: a limit met on receipt whose last day
     * to post 1st class has gone says what posting today gives ({@link #postingAdvice}).
     */
    public String next(UkCalendar calendar, LocalDate today) {
        if (countsOnReceipt() && postBy(calendar).orElseThrow().isBefore(today) && !done) {
            return uk.cml.domain.Words.text("standing.next.onReceiptLate", lead(),
                    postingAdvice(calendar, today).orElse(""));
        }
        return next(calendar);
    }

    /**
     * What to do, as the line that heads Where it stands and the Overview's to-do begin: the action, or for a
     * mandatory reconsideration the option it is. The app cannot know the parent disagrees with the decision, and a
     * reconsideration is only for a decision they think is wrong (cms-facts), so it is never said as a thing they must
     * do: "If you think the calculation is wrong, you can ask the CMS to look at it again".
     */
    public String lead() {
        if (letter.equals(Optional.of("mandatory-reconsideration")) && from instanceof From.OfDecision of) {
            return uk.cml.domain.Words.text(of.decision().kind() == Decision.Kind.REFUSAL
                    ? "standing.reconsider.ifRefusal" : "standing.reconsider.ifCalculation");
        }
        return action;
    }

    /**
     * Whether the date is one the parent waits on (a CMS target, a date the CMS told them, the reply their letter
     * asks for), not met, and gone by {@code today}: every such date is marked the same way, "chase it".
     */
    public boolean waitedForAndPassed(LocalDate today) {
        return isTarget() && !done && date().isBefore(today);
    }

    /** The same date on the page, however the records behind it were read: what it is and when it falls. */
    public boolean sameAs(Deadline other) {
        return other != null && what.equals(other.what) && date().equals(other.date());
    }

    /**
     * The date as What to do next heads the page with it: a limit met on receipt as what to do, the one day to post
     * by and why ("If you think the calculation is wrong, you can ask the CMS to look at it again (a mandatory
     * reconsideration). Limit Sat 5 Dec 2026: to be safe, post your letter 1st class by Wed 2 Dec 2026."); any other
     * limit of the parent's as the limit, as the Timeline and the pack say it; any other date as what is due and its
     * date.
     */
    public String next(UkCalendar calendar) {
        if (countsOnReceipt()) {
            // One date, the day to post by: the limit itself is in How it is counted, under the date on the page.
            return uk.cml.domain.Words.text("standing.next.onReceipt", lead(),
                    limitAndPostBy(calendar).orElseThrow());
        }
        return timing == Timing.BY ? uk.cml.domain.Words.text("standing.complaint.nextLimit", what,
                due.limit(calendar.holidays()))
                : uk.cml.domain.Words.text("standing.complaint.next", what, uk.cml.domain.UkFormats.shortDate(date()));
    }
}
