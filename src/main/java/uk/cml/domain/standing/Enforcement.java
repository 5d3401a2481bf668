package uk.cml.domain.standing;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.Words;
import uk.cml.domain.calendar.DueDate;

/**
 * Where enforcement has got to: the furthest step the parent has ticked, how long the case has sat there, and when
 * to ask the CMS to move it on. The nudge is the app's suggestion (a fact the parent can change), not a CMS rule.
 */
public final class Enforcement {

    private final CmsFacts facts;

    public Enforcement(CmsFacts facts) {
        this.facts = facts;
    }

    public Optional<EnforcementRecord> current(List<EnforcementRecord> records) {
        return records.stream().max(Comparator.comparing((EnforcementRecord r) -> r.step().ordinal())
                .thenComparing(EnforcementRecord::heardOn));
    }

    public long daysAtCurrentStep(List<EnforcementRecord> records, LocalDate today) {
        return current(records).map(r -> ChronoUnit.DAYS.between(r.heardOn(), today)).orElse(0L);
    }

    public Optional<Deadline> nudge(List<EnforcementRecord> records) {
        return current(records).filter(r -> r.step() != EnforcementStep.COMMITTAL).map(r -> {
            LocalDate due = r.heardOn().plusWeeks(facts.nudgeWeeks());
            return new Deadline(Words.text("standing.enforcement.moveOn", facts.stepName(r.step())),
                    Words.text("standing.enforcement.moveOnAction"), Optional.of("enforcement-request"),
                    new DueDate(due, due, DueDate.Move.NONE,
                            Words.text("standing.enforcement.nudgeRule", facts.nudgeWeeks())), false);
        });
    }
}
