package uk.cml.domain.standing;

import java.time.LocalDate;
import java.util.Optional;
import uk.cml.domain.UkFormats;
import uk.cml.domain.Words;

/**
 * A limit of the parent's (a date to act by) whose day has gone with nothing done: said as passed, never "by" a day
 * already gone, with what can still be done. A mandatory reconsideration can still be asked late, with reasons, up
 * to the months the facts table gives after the decision (13; cms-facts; the letter asks for the reasons); for a reply to a write-off proposal
 * nothing is published about lateness, so the parent is told to write anyway, as soon as they can.
 */
public final class PassedLimits {

    private static final Optional<String> RECONSIDERATION = Optional.of("mandatory-reconsideration");
    private static final Optional<String> WRITE_OFF_REPLY = Optional.of("write-off-reply");

    private PassedLimits() {
    }

    /** Whether {@code d} is a limit of the parent's, not met, whose day to act by is before {@code today}. */
    public static boolean passed(Deadline d, LocalDate today) {
        return d.timing() == Deadline.Timing.BY && !d.done() && d.date().isBefore(today);
    }

    /**
     * Whether it is a mandatory reconsideration whose limit has passed: an option the parent had (the app cannot know
     * they disagree with the decision). While a late request may still be accepted with reasons (cms-facts), the
     * Overview lists it as an option ({@link #lateOption}), after everything else, as Where it stands heads with it
     * only while nothing else is to do (README; {@link uk.cml.domain.todo.Todos#gather}); after that, nothing.
     */
    public static boolean optionGone(Deadline d, LocalDate today) {
        return passed(d, today) && d.letter().equals(RECONSIDERATION);
    }

    /** Whether it has passed and can still be met late on {@code today}: a reconsideration within the late months. */
    public static boolean lateStillPossible(Deadline d, LocalDate today, CmsFacts facts) {
        return passed(d, today) && d.letter().equals(RECONSIDERATION) && d.from() instanceof Deadline.From.OfDecision of
                && !today.isAfter(of.decision().dated().plusMonths(facts.lateReconsiderationMonths()));
    }

    /** "The limit was 30 Nov 2026, and it has passed.", then what can still be done, if anything is known. */
    public static String ended(Deadline d, LocalDate today, CmsFacts facts) {
        // The limit itself, as the Timeline, the pack and the letters name it; the working day before it (or the last
        // day to post) is only the day to act by, and named as a limit it read as a second, earlier limit.
        String date = UkFormats.shortDate(d.due().counted());
        if (lateStillPossible(d, today, facts)) {
            return Words.text("standing.passed.reconsiderLate", date, facts.lateReconsiderationMonths());
        }
        return Words.text(d.letter().equals(WRITE_OFF_REPLY) ? "standing.passed.writeOff" : "standing.passed.ended",
                date);
    }

    /**
     * As What to do next heads the page with a passed limit: what it was and {@link #ended}; for a reconsideration
     * that can still be asked late, one sentence naming it, as an option, never "Ask for ..." as a thing missed.
     */
    public static String headline(Deadline d, LocalDate today, CmsFacts facts) {
        if (lateStillPossible(d, today, facts)) {
            return Words.text("standing.passed.reconsiderLateHeading", UkFormats.shortDate(d.due().counted()),
                    facts.lateReconsiderationMonths());
        }
        return Words.text("standing.next.passed", d.what(), ended(d, today, facts));
    }

    /**
     * The Overview's line for a reconsideration whose limit has passed and that can still be asked late: which
     * decision, that its limit has passed, and what can still be done, as an option ("If you think the decision is
     * wrong"), never "Ask for ..." as a thing missed.
     */
    public static String lateOption(Deadline d, CmsFacts facts) {
        String decided = d.from() instanceof Deadline.From.OfDecision of
                ? UkFormats.shortDate(of.decision().dated()) : "";
        return Words.text("todo.reconsiderLate", decided, UkFormats.shortDate(d.due().counted()),
                facts.lateReconsiderationMonths());
    }

    /**
     * A passed limit to ask for the reconsideration of a decision that raised the amount or left it as it was
     * ({@link StandingReport#passedQuietly}), said plainly, with no alarm and nothing to act on: "The time to ask for a
     * reconsideration of the decision of 10 Jul 2026 ended on 10 Aug 2026."
     */
    public static String endedQuietly(Deadline d) {
        String decided = d.from() instanceof Deadline.From.OfDecision of
                ? UkFormats.shortDate(of.decision().dated()) : "";
        return Words.text("standing.passed.reconsiderEndedQuietly", decided, UkFormats.shortDate(d.due().counted()));
    }

    /** The Overview's line for a passed limit: its action and what it is, then {@link #ended}. */
    public static String todo(Deadline d, LocalDate today, CmsFacts facts) {
        return Words.text("todo.deadlinePassed", d.action(), d.what(), ended(d, today, facts));
    }
}
