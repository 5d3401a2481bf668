package uk.cml.domain.standing;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.cml.domain.Words;

/**
 * The targets and limits the page counts with, read from the facts table (see cms-facts.md for sources). The table's
 * rows, seeded by the migrations and corrected by the parent on Settings, are the one copy of the figures: a time
 * limit without a row, or whose figure is no whole number, is not counted with a figure kept in code but fails
 * ({@link MissingFact}); the store checks for that as it reads the table ({@link #missing()}).
 */
public final class CmsFacts implements uk.cml.domain.calendar.DeliveryDays {

    /**
     * A time limit the app counts with, or an enforcement step's name, has no usable row in the facts table. The
     * message names it and its key.
     */
    public static final class MissingFact extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        private final transient java.util.Optional<TimeLimit> limit;

        MissingFact(TimeLimit limit) {
            super(Words.text("standing.facts.missing", limit.meaning(), limit.key()));
            this.limit = java.util.Optional.of(limit);
        }

        MissingFact(EnforcementStep step) {
            super(Words.text("standing.facts.stepMissing", step.label(), stepKey(step)));
            this.limit = java.util.Optional.empty();
        }

        /** The time limit without a row; empty when it is a step's name that is missing. */
        public java.util.Optional<TimeLimit> limit() {
            return limit;
        }
    }

    private final List<CmsFact> facts;
    private final Map<String, CmsFact> byKey;

    public CmsFacts(List<CmsFact> facts) {
        this.facts = stepsInOrder(facts);
        this.byKey = facts.stream().collect(Collectors.toMap(CmsFact::key, Function.identity(), (a, b) -> b));
    }

    /** Every row, the enforcement steps in the order the CMS takes them, each other row where it was kept. */
    public List<CmsFact> all() {
        return facts;
    }

    /**
     * The rows as kept, with the enforcement steps' rows put in step order in the places steps hold: a step added by
     * a later migration (the third-party debt order, step 9) is stored after steps 10 and 11, and read last.
     */
    private static List<CmsFact> stepsInOrder(List<CmsFact> rows) {
        List<CmsFact> steps = rows.stream().filter(f -> f.step().isPresent())
                .sorted(java.util.Comparator.comparing(f -> f.step().orElseThrow())).toList();
        java.util.Iterator<CmsFact> next = steps.iterator();
        return rows.stream().map(f -> f.step().isPresent() ? next.next() : f).toList();
    }

    /** The time limits with no row, or a row whose figure is no whole number: none in records the app keeps. */
    public List<TimeLimit> missing() {
        return Arrays.stream(TimeLimit.values()).filter(limit -> figure(limit).isEmpty()).toList();
    }

    private OptionalInt figure(TimeLimit limit) {
        CmsFact fact = byKey.get(limit.key());
        return fact == null ? OptionalInt.empty() : fact.whole();
    }

    /** The limit's figure as the table holds it; {@link MissingFact} if it has none. */
    public int number(TimeLimit limit) {
        return figure(limit).orElseThrow(() -> new MissingFact(limit));
    }

    public int complaintAcknowledgeWorkingDays() {
        return number(TimeLimit.COMPLAINT_ACKNOWLEDGE);
    }

    public int complaintReplyWorkingDays() {
        return number(TimeLimit.COMPLAINT_REPLY);
    }

    public int iceMonths() {
        return number(TimeLimit.ICE);
    }

    public int ombudsmanMonths() {
        return number(TimeLimit.OMBUDSMAN);
    }

    public int reconsiderationMonths() {
        return number(TimeLimit.RECONSIDERATION);
    }

    /**
     * Months after a decision within which the CMS may still accept a late request for a mandatory reconsideration,
     * with reasons (GOV.UK; cms-facts): the facts table's row (V020).
     */
    public int lateReconsiderationMonths() {
        return number(TimeLimit.LATE_RECONSIDERATION);
    }

    public int appealMonths() {
        return number(TimeLimit.APPEAL);
    }

    public int writeOffReplyDays() {
        return number(TimeLimit.WRITE_OFF_REPLY);
    }

    public int subjectAccessMonths() {
        return number(TimeLimit.SUBJECT_ACCESS);
    }

    /**
     * Working days a letter gives the CMS to answer an ordinary request, counted from when the letter counts as
     * delivered, as a complaint's reply is (the app's own suggestion, not a CMS rule; V032 turned the 14 calendar days
     * counted from the letter's date into these, so a letter dated on a Saturday or before a bank holiday gives the
     * CMS the same working time as any other).
     */
    public int requestReplyWorkingDays() {
        return number(TimeLimit.REQUEST_REPLY);
    }

    /** Weeks a breakdown of arrears can take (seed 004's adviser). */
    public int arrearsBreakdownWeeks() {
        return number(TimeLimit.ARREARS_BREAKDOWN);
    }

    public int subjectAccessExtensionMonths() {
        return number(TimeLimit.SUBJECT_ACCESS_EXTENSION);
    }

    /** Weeks at one enforcement step after which the app suggests asking the CMS to move on (its own suggestion). */
    public int nudgeWeeks() {
        return number(TimeLimit.ENFORCEMENT_NUDGE);
    }

    /**
     * Working days after posting on which a letter sent by {@code method} (a Royal Mail service) counts as delivered:
     * the row of {@link TimeLimit#deliveredAfter}, as every other time limit; {@link MissingFact} if it has none.
     */
    @Override
    public int deliveryWorkingDays(uk.cml.domain.correspondence.PostingMethod method) {
        return number(TimeLimit.deliveredAfter(method));
    }

    /** The key of a step's row: {@code step.LIABILITY_ORDER}. */
    static String stepKey(EnforcementStep step) {
        return "step." + step.name();
    }

    /**
     * The step's name as the facts table gives it; {@link MissingFact} if the row is gone or blank, never a name
     * made up in code (the store checks for that as it reads the table, {@link #missingSteps()}).
     */
    public String stepName(EnforcementStep step) {
        CmsFact fact = byKey.get(stepKey(step));
        if (fact == null || fact.value().isBlank()) {
            throw new MissingFact(step);
        }
        return fact.value();
    }

    /** The enforcement steps with no row, or a blank one: none in records the app keeps. */
    public List<EnforcementStep> missingSteps() {
        return Arrays.stream(EnforcementStep.values()).filter(step -> {
            CmsFact fact = byKey.get(stepKey(step));
            return fact == null || fact.value().isBlank();
        }).toList();
    }
}
