package uk.cml.domain.standing;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import uk.cml.domain.Labelled;
import uk.cml.domain.calendar.DueDate;
import uk.cml.domain.calendar.UkCalendar;
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
 */
public record Deadline(String what, String action, Optional<String> letter, DueDate due, boolean done, From from,
                       Timing timing) {

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
        return isTarget() ? calendar.onOrAfter(date().plusDays(1)) : date();
    }

    public LocalDate date() {
        return due.date();
    }

    /** The same date on the page, however the records behind it were read: what it is and when it falls. */
    public boolean sameAs(Deadline other) {
        return other != null && what.equals(other.what) && date().equals(other.date());
    }

    /**
     * The date as What to do next heads the page with it: a limit of the parent's as the limit ("Ask for a mandatory
     * reconsideration \u2014 Limit 5 Dec 2026 (a Saturday): act by Fri 4 Dec 2026.", as the Timeline and the pack
     * say it), any other date as what is due and its date.
     */
    public String next(uk.cml.domain.calendar.BankHolidays holidays) {
        return timing == Timing.BY ? uk.cml.domain.Words.text("standing.complaint.nextLimit", what,
                due.limit(holidays))
                : uk.cml.domain.Words.text("standing.complaint.next", what, uk.cml.domain.UkFormats.shortDate(date()));
    }
}
