package uk.cml.app;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import uk.cml.domain.Money;
import uk.cml.domain.UkFormats;
import uk.cml.domain.arrears.Adjustment;
import uk.cml.domain.arrears.AdjustmentKind;
import uk.cml.domain.arrears.ArrearsCalculator;
import uk.cml.domain.arrears.FeeRule;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.arrears.ScheduleLine;

/**
 * A made-up payment history: weekly CMS plans, payments that are mostly on time with some late, part paid and
 * missed, and a CMS arrears figure that disagrees a little with the record. The same seed gives the same history.
 */
public record SampleHistory(List<PaymentPlan> plans, List<Payment> payments, List<Adjustment> adjustments) {

    private static final Money FIRST_AMOUNT = Money.ofPence(43_21);
    private static final Money REVIEWED_AMOUNT = Money.ofPence(51_87);
    private static final String REFERENCE = "J REED MAINT";

    /** About {@code years} of weekly dues, each paid on time, late, in part or not at all, as real life goes. */
    public static SampleHistory realistic(LocalDate today, int years, long seed) {
        Random random = new Random(seed);
        List<PaymentPlan> plans = plans(today, years);
        List<Payment> payments = new ArrayList<>();
        for (ScheduleLine due : dues(plans, today)) {
            int roll = random.nextInt(100);
            Money amount = due.due();
            if (roll < 80) {
                payments.add(payment(due.date(), amount, ""));
            } else if (roll < 87) {
                LocalDate late = due.date().plusDays(2 + random.nextInt(19));
                if (!late.isAfter(today)) {
                    payments.add(payment(late, amount, "Arrived late"));
                }
            } else if (roll < 93) {
                payments.add(payment(due.date(), Money.ofPence(amount.pence() / 2 + random.nextInt(500)), ""));
            }
            // else missed: nothing arrives, which is what "missed" means.
        }
        return withCmsFigure(plans, payments, today);
    }

    /** For the benchmark: weekly dues over {@code years} and exactly {@code count} smaller payments spread evenly. */
    public static SampleHistory many(LocalDate today, int years, int count, long seed) {
        Random random = new Random(seed);
        List<PaymentPlan> plans = plans(today, years);
        List<ScheduleLine> dues = dues(plans, today);
        long totalDue = dues.stream().mapToLong(d -> d.due().pence()).sum();
        long average = totalDue * 95 / 100 / count;
        LocalDate first = plans.get(0).firstDue();
        long span = today.toEpochDay() - first.toEpochDay();
        List<Payment> payments = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            LocalDate date = first.plusDays(span * i / count);
            long pence = Math.max(1, average * (80 + random.nextInt(41)) / 100);
            payments.add(payment(date, Money.ofPence(pence), ""));
        }
        return withCmsFigure(plans, payments, today);
    }

    private static List<PaymentPlan> plans(LocalDate today, int years) {
        LocalDate start = today.minusYears(years).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        LocalDate review = start.plusWeeks(Math.max(1, years * 52L * 3 / 5));
        return List.of(
                new PaymentPlan(1, FIRST_AMOUNT, PaymentFrequency.WEEKLY, start,
                        "CMS calculation letter dated " + UkFormats.shortDate(start.minusWeeks(3))),
                new PaymentPlan(2, REVIEWED_AMOUNT, PaymentFrequency.WEEKLY, review,
                        "CMS annual review letter dated " + UkFormats.shortDate(review.minusWeeks(4))));
    }

    private static List<ScheduleLine> dues(List<PaymentPlan> plans, LocalDate today) {
        return new ArrearsCalculator().calculate(plans, List.of(), List.of(), today, FeeRule.NONE).lines();
    }

    /** The CMS's figure two months ago: this record's balance then, less £86.42 the CMS has not counted. */
    private static SampleHistory withCmsFigure(List<PaymentPlan> plans, List<Payment> payments, LocalDate today) {
        LocalDate when = today.minusMonths(2);
        Money ours = new ArrearsCalculator().calculate(plans, payments, List.of(), when, FeeRule.NONE).owedNow();
        Money theirs = ours.minus(Money.ofPence(86_42)).max(Money.ZERO);
        List<Adjustment> adjustments = List.of(new Adjustment(0, when, AdjustmentKind.CMS_CONFIRMED_FIGURE, theirs,
                "Arrears statement from the CMS"));
        // Saved plans get ids from the database; these were only for working out the CMS figure.
        List<PaymentPlan> unsaved = plans.stream().map(p -> new PaymentPlan(0, p.amount(), p.frequency(),
                p.firstDue(), p.source())).toList();
        return new SampleHistory(unsaved, payments, adjustments);
    }

    private static Payment payment(LocalDate date, Money amount, String note) {
        return new Payment(0, date, amount, PaymentMethod.BANK_TRANSFER, REFERENCE, note);
    }
}
