package uk.cml.domain.standing;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.UkFormats;
import uk.cml.domain.Words;
import uk.cml.domain.calendar.DueDate;
import uk.cml.domain.calendar.UkCalendar;

/**
 * The limits for challenging a CMS decision, counted in calendar months (or days for a write-off) from the date on
 * its letter, as GOV.UK and the seed give them. These are limits the parent must meet, so a limit on a weekend or
 * bank holiday is met by acting the working day before.
 */
public final class Challenges {

    private final UkCalendar calendar;
    private final CmsFacts facts;

    public Challenges(UkCalendar calendar, CmsFacts facts) {
        this.calendar = calendar;
        this.facts = facts;
    }

    public List<Deadline> deadlines(Decision decision) {
        return deadlines(decision, false);
    }

    /**
     * The limits for a decision; {@code answered} when the parent's letter that meets the first limit is logged (the
     * reply to a write-off proposal, or the request for a mandatory reconsideration, whose notice may come much later).
     */
    public List<Deadline> deadlines(Decision decision, boolean answered) {
        List<Deadline> deadlines = new ArrayList<>();
        String dated = UkFormats.shortDate(decision.dated());
        if (decision.kind() == Decision.Kind.WRITE_OFF) {
            DueDate due = calendar.parentDeadline(decision.dated(), Period.ofDays(facts.writeOffReplyDays()),
                    Words.text("standing.challenge.writeOffRule", facts.writeOffReplyDays(), dated));
            deadlines.add(new Deadline(Words.text("standing.challenge.writeOffReply"),
                    Words.text("standing.challenge.writeOffReplyAction"), Optional.of("write-off-reply"), due, answered,
                    new Deadline.From.OfDecision(decision)));
            return deadlines;
        }
        DueDate reconsider = calendar.parentDeadline(decision.dated(), Period.ofMonths(facts.reconsiderationMonths()),
                Words.text("standing.challenge.reconsiderRule", monthWords(facts.reconsiderationMonths()), dated));
        deadlines.add(new Deadline(Words.text("standing.challenge.reconsider"),
                Words.text("standing.challenge.reconsiderAction"), Optional.of("mandatory-reconsideration"),
                reconsider, answered || decision.reconsideredOn().isPresent(),
                new Deadline.From.OfDecision(decision)));
        decision.reconsideredOn().ifPresent(notice -> deadlines.add(new Deadline(
                Words.text("standing.challenge.appeal"), Words.text("standing.challenge.appealAction"),
                Optional.empty(), calendar.parentDeadline(notice, Period.ofMonths(facts.appealMonths()),
                Words.text("standing.challenge.appealRule", monthWords(facts.appealMonths()),
                        UkFormats.shortDate(notice))), false, new Deadline.From.OfDecision(decision))));
        return deadlines;
    }

    private static String monthWords(int months) {
        return months == 1 ? Words.text("calendar.rule.oneMonth") : Words.text("calendar.rule.months", months);
    }
}
