package uk.cml.domain.arrears;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.cml.domain.UkFormats;

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
        Map<String, String> problems = new LinkedHashMap<>();
        if (input.stopped()) {
            if (input.amount() != null && !input.amount().isBlank()) {
                problems.put(AMOUNT, "Leave the amount empty when maintenance has stopped.");
            }
        } else {
            AmountRules.problem(input.amount(), "the amount due each time",
                            "If maintenance has stopped, choose \"Maintenance stopped\" instead.")
                    .ifPresent(problem -> problems.put(AMOUNT, problem));
            if (input.frequency() == null) {
                problems.put(FREQUENCY, "Choose how often the money is due.");
            }
        }
        LocalDate first = input.firstDue();
        if (first == null) {
            problems.put(FIRST_DUE, input.stopped() ? "Enter the date maintenance stopped."
                    : "Enter the date the first payment under this plan was due.");
        } else if (first.isBefore(EARLIEST)) {
            problems.put(FIRST_DUE, "This date is before 1993. Check the year.");
        } else if (first.isAfter(today.plusYears(1))) {
            problems.put(FIRST_DUE, "This date is more than a year away. Check the year.");
        } else if (existing.stream().anyMatch(plan -> plan.firstDue().equals(first))) {
            problems.put(FIRST_DUE, "Another plan already starts on " + UkFormats.shortDate(first)
                    + ". Change that plan instead of adding a new one.");
        } else if (input.stopped() && existing.stream().noneMatch(plan -> plan.firstDue().isBefore(first))) {
            problems.put(FIRST_DUE, "Maintenance can only stop after a plan has started. Add the plan first.");
        }
        if (input.source() == null || input.source().isBlank()) {
            problems.put(SOURCE, "Say where this amount comes from, for example \"CMS letter dated 3 Mar 2025\" "
                    + "or \"Private agreement\".");
        }
        return problems;
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
