package uk.cml.domain.standing;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.Words;
import uk.cml.domain.calendar.UkCalendar;

/**
 * Where enforcement has got to: the furthest step the parent has ticked, how long the case has sat there, and when
 * to ask the CMS to move it on. The nudge is the app's suggestion (a fact the parent can change), not a CMS rule: a
 * day from which to ask if nothing has happened, never a limit to act by.
 */
public final class Enforcement {

    private final UkCalendar calendar;
    private final CmsFacts facts;

    public Enforcement(UkCalendar calendar, CmsFacts facts) {
        this.calendar = calendar;
        this.facts = facts;
    }

    public Optional<EnforcementRecord> current(List<EnforcementRecord> records) {
        return records.stream().max(Comparator.comparing((EnforcementRecord r) -> r.step().ordinal())
                .thenComparing(EnforcementRecord::heardOn));
    }

    public long daysAtCurrentStep(List<EnforcementRecord> records, LocalDate today) {
        return current(records).map(r -> calendar.daysSince(r.heardOn(), today)).orElse(0L);
    }

    public Optional<Deadline> nudge(List<EnforcementRecord> records) {
        return current(records).filter(r -> r.step() != EnforcementStep.COMMITTAL).map(r -> Deadline.suggestedFrom(
                Words.text("standing.enforcement.moveOn", facts.stepName(r.step())),
                Words.text("standing.enforcement.moveOnAction"), Optional.of("enforcement-request"),
                calendar.suggestedFrom(r.heardOn(), Period.ofWeeks(facts.nudgeWeeks()),
                        Words.text("standing.enforcement.nudgeRule", facts.nudgeWeeks())),
                new Deadline.From.Nothing()));
    }
}
