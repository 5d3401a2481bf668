package uk.cml.domain.arrears;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.cml.domain.UkFormats;
import uk.cml.domain.TextLimit;
import uk.cml.domain.Words;

/** Checks a payment plan a parent typed, field by field. */
public final class PlanRules {

    public static final String AMOUNT = "amount";
    public static final String FREQUENCY = "frequency";
    public static final String FIRST_DUE = "firstDue";
    public static final String SOURCE = "source";
    /** No child maintenance case the app deals with goes back before the Child Support Agency began in 1993. */
    static final LocalDate EARLIEST = LocalDate.of(1993, 1, 1);

    private PlanRules() {
    }

    /**
     * Problems by field name; empty when the plan can be saved.
     *
     * @param existing the other plans already saved (leave out the one being edited)
     */
    public static Map<String, String> problems(PlanInput input, LocalDate today, List<PaymentPlan> existing) {
        return problems(input, today, existing, Words.text("arrears.plan.chooseStoppedInstead"));
    }

    /**
     * As {@link #problems(PlanInput, LocalDate, List)}, where a zero amount gets {@code zeroAdvice} (what to do
     * instead) after the message: a form without the "Maintenance stopped" choice says what it offers.
     */
    public static Map<String, String> problems(PlanInput input, LocalDate today, List<PaymentPlan> existing,
            String zeroAdvice) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (input.stopped()) {
            if (input.amount() != null && !input.amount().isBlank()) {
                problems.put(AMOUNT, Words.text("arrears.plan.noAmountWhenStopped"));
            }
        } else {
            AmountRules.problem(input.amount(), Words.text("arrears.plan.theAmount"), zeroAdvice)
                    .ifPresent(problem -> problems.put(AMOUNT, problem));
            if (input.frequency() == null) {
                problems.put(FREQUENCY, Words.text("arrears.plan.chooseFrequency"));
            }
        }
        LocalDate first = input.firstDue();
        if (first == null) {
            problems.put(FIRST_DUE, input.stopped() ? Words.text("arrears.plan.enterStopDate")
                    : Words.text("arrears.plan.enterFirstDue"));
        } else if (first.isBefore(EARLIEST)) {
            problems.put(FIRST_DUE, Words.text("arrears.plan.before1993"));
        } else if (first.isAfter(today.plusYears(1))) {
            problems.put(FIRST_DUE, Words.text("arrears.plan.overAYearAway"));
        } else if (existing.stream().anyMatch(plan -> plan.firstDue().equals(first))) {
            problems.put(FIRST_DUE, Words.text("arrears.plan.sameStart", UkFormats.shortDate(first)));
        } else if (input.stopped() && existing.stream().noneMatch(plan -> plan.firstDue().isBefore(first))) {
            problems.put(FIRST_DUE, Words.text("arrears.plan.stopBeforeStart"));
        }
        if (input.source() == null || input.source().isBlank()) {
            problems.put(SOURCE, Words.text("arrears.plan.saySource"));
        } else {
            TextLimit.NOTE.problem(input.source()).ifPresent(problem -> problems.put(SOURCE, problem));
        }
        return problems;
    }

    /**
     * Whether a correction of {@code saved} may leave where the amount came from unsaid: set-up saves a plan without
     * it (read back as "not given"), and correcting that plan's amount or dates must not then insist on a source the
     * parent never had to give. A source the plan had is not blanked by a correction.
     */
    public static boolean sourceMayStayUnsaid(PaymentPlan saved, PlanInput input) {
        return saved.source().isBlank() && (input.source() == null || input.source().isBlank());
    }

    /** The plan to save; only call when {@link #problems} is empty. */
    public static PaymentPlan toPlan(PlanInput input, long id) {
        if (input.stopped()) {
            return PaymentPlan.stopped(id, input.firstDue(), input.source().strip());
        }
        return new PaymentPlan(id, AmountRules.read(input.amount()), input.frequency(), input.firstDue(),
                input.source().strip());
    }
}
