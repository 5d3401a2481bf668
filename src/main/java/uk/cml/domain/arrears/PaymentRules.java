package uk.cml.domain.arrears;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.cml.domain.TextLimit;
import uk.cml.domain.UkFormats;
import uk.cml.domain.Words;

/** Checks a payment a parent typed, field by field, so the form can show each problem beside its field. */
public final class PaymentRules {

    public static final String AMOUNT = "amount";
    public static final String DATE = "date";
    public static final String METHOD = "method";
    public static final String REFERENCE = "reference";
    public static final String NOTE = "note";

    private PaymentRules() {
    }

    /**
     * Problems by field name ({@link #AMOUNT}, {@link #DATE}, {@link #METHOD}, {@link #REFERENCE}, {@link #NOTE});
     * empty when the payment can be saved.
     *
     * @param plans the parent's plans (a date before the first due is only a {@link #warning})
     */
    public static Map<String, String> problems(PaymentInput input, LocalDate today, List<PaymentPlan> plans) {
        Map<String, String> problems = new LinkedHashMap<>();
        AmountRules.problem(input.amount(), Words.text("arrears.payment.theAmount"),
                        Words.text("arrears.payment.noNeedToEnterMissed"))
                .ifPresent(problem -> problems.put(AMOUNT, problem));
        if (input.date() == null) {
            problems.put(DATE, Words.text("arrears.payment.enterDate"));
        } else if (input.date().isAfter(today)) {
            problems.put(DATE, Words.text("arrears.payment.dateInFuture"));
        }
        if (input.method() == null) {
            problems.put(METHOD, Words.text("arrears.payment.chooseMethod"));
        }
        TextLimit.SHORT.problem(input.reference()).ifPresent(problem -> problems.put(REFERENCE, problem));
        TextLimit.NOTE.problem(input.note()).ifPresent(problem -> problems.put(NOTE, problem));
        return problems;
    }

    /**
     * A payment dated before the first due is allowed (a parent may be paid ahead), but worth a second look: it
     * becomes credit, and the dues it covers show "Paid in advance".
     */
    public static Optional<String> warning(LocalDate date, List<PaymentPlan> plans) {
        Optional<LocalDate> firstDue = firstDue(plans);
        if (date == null || firstDue.isEmpty() || !date.isBefore(firstDue.get())) {
            return Optional.empty();
        }
        return Optional.of(Words.text("arrears.payment.beforeFirstDue", UkFormats.shortDate(firstDue.get())));
    }

    /**
     * The same, in a line under the payment's date ("Before the first due (3 Mar 2025): paid in advance."), where room
     * is kept for it from the start: the whole sentence took three lines there beside a table, two of them kept blank
     * under every date typed. Saving says the whole sentence.
     */
    public static Optional<String> warningInShort(LocalDate date, List<PaymentPlan> plans) {
        return warning(date, plans).map(whole -> Words.text("arrears.payment.beforeFirstDueInShort",
                UkFormats.shortDate(firstDue(plans).orElseThrow())));
    }

    /**
     * Beside the amount of money from the CMS under Collect and Pay: a check when it is exactly the amount due before
     * the fee. The CMS keeps its fee from what it passes on, so a payment of the full amount due should arrive as less;
     * the app works every such payment back to what was collected (£45.00 passed on is £46.88 collected at 4%), and
     * £1.88 of each would spill to older dues. Most likely the payment plan's amount or the fee is wrong, or the CMS
     * passed it on without a fee: the parent is asked to check, nothing is changed.
     *
     * @param forDue the due the parent said it was for, if they did; otherwise the plan in force on {@code date}
     */
    public static Optional<String> feeCheck(LocalDate date, uk.cml.domain.Money amount, PaymentMethod method,
            Optional<LocalDate> forDue, List<PaymentPlan> plans, FeeRule fee) {
        if (date == null || amount == null || method != PaymentMethod.THROUGH_CMS || !amount.isPositive()) {
            return Optional.empty();
        }
        java.math.BigDecimal percent = fee.rateOn(date);
        LocalDate day = forDue == null ? date : forDue.orElse(date);
        Optional<PaymentPlan> plan = plans.stream().filter(p -> !p.firstDue().isAfter(day))
                .max(java.util.Comparator.comparing(PaymentPlan::firstDue));
        if (percent.signum() == 0 || plan.isEmpty() || plan.get().isStopped() || !plan.get().amount().equals(amount)) {
            return Optional.empty();
        }
        uk.cml.domain.Money arrives = fee.passedOnThroughCms(date, amount);
        if (arrives.equals(amount)) {
            return Optional.empty();
        }
        return Optional.of(Words.text("arrears.payment.feeCheck", percent.stripTrailingZeros().toPlainString(),
                arrives.format(), amount.format()));
    }

    /**
     * A payment already recorded with the same day and amount as {@code typed}, other than the one being corrected
     * ({@code correcting}, 0 for a new one): typed in twice, the money would count twice and lower what is owed.
     * Two payments of one amount on one day do happen, so this is a question for the parent, not a problem.
     */
    public static Optional<Payment> sameAs(Payment typed, long correcting, List<Payment> recorded) {
        return recorded.stream().filter(p -> p.id() != correcting && p.date().equals(typed.date())
                && p.amount().equals(typed.amount())).findFirst();
    }

    /** The payment to save; only call when {@link #problems} is empty. */
    public static Payment toPayment(PaymentInput input, long id) {
        return new Payment(id, input.date(), AmountRules.read(input.amount()), input.method(), input.reference(),
                input.note(), input.forDue());
    }

    /** When the first payment under any plan was due, if maintenance ever started. */
    public static Optional<LocalDate> firstDue(List<PaymentPlan> plans) {
        return plans.stream().filter(plan -> !plan.isStopped()).map(PaymentPlan::firstDue).min(LocalDate::compareTo);
    }
}
