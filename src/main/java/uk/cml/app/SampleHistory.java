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
import uk.cml.domain.calendar.UkCalendar;

/**
 * A made-up payment history: weekly CMS plans, payments that are mostly on time with some late, part paid and
 * missed, and a CMS arrears figure that disagrees a little with the record. The same seed gives the same history.
 */
public record SampleHistory(List<PaymentPlan> plans, List<Payment> payments, List<Adjustment> adjustments) {

    private static final Money FIRST_AMOUNT = Money.ofPence(43_21);
    private static final Money REVIEWED_AMOUNT = Money.ofPence(51_87);
    private static final String REFERENCE = "J REED MAINT";

    /**
     * About {@code years} of weekly dues, each paid on time (now and then a day early), late, in part or not at all,
     * as real life goes; after a missed week the next payment sometimes makes up for it too. A late payment is linked
     * to the due it was late for, as its note says; so is a catch-up ("Includes the week before") to the week before,
     * as the parent who knows it would say: unlinked, its extra money would pay the oldest due still owed.
     */
    public static SampleHistory realistic(LocalDate today, int years, long seed) {
        Random random = new Random(seed);
        List<PaymentPlan> plans = plans(today, years);
        List<Payment> payments = new ArrayList<>();
        boolean missedLast = false;
        LocalDate weekBefore = null;
        List<ScheduleLine> dues = dues(plans, today);
        for (ScheduleLine due : dues.subList(0, Math.max(0, dues.size() - RECENT.length))) {
            int roll = random.nextInt(100);
            Money amount = due.due();
            boolean missed = false;
            if (roll < 80) {
                boolean catchUp = missedLast && random.nextInt(3) == 0;
                LocalDate on = random.nextInt(12) == 0 ? due.date().minusDays(1) : due.date();
                Payment paid = payment(on, catchUp ? amount.times(2) : amount,
                        catchUp ? "Includes the week before" : "");
                payments.add(catchUp ? paid.linkedTo(java.util.Optional.of(weekBefore)) : paid);
            } else if (roll < 87) {
                LocalDate late = due.date().plusDays(2 + random.nextInt(19));
                if (!late.isAfter(today)) {
                    // The parent who notes it arrived late knows which due it was for, and says so ("This payment
                    // was for"): five or six days late it falls in the next due's early days, where the app would
                    // otherwise take it for that due, paid early.
                    payments.add(payment(late, amount, "Arrived late").linkedTo(java.util.Optional.of(due.date())));
                }
            } else if (roll < 93) {
                payments.add(payment(due.date(), Money.ofPence(amount.pence() / 2 + random.nextInt(500)), ""));
            } else {
                missed = true; // nothing arrives, which is what "missed" means
            }
            missedLast = missed;
            weekBefore = due.date();
        }
        recent(dues.subList(Math.max(0, dues.size() - RECENT.length), dues.size()), payments, today);
        return withCmsFigure(plans, payments, today);
    }

    /**
     * The last weeks follow a script, so the screenshots and sample letters always show each kind of week: paid,
     * two weeks with nothing, a week paid on its own day while those are still owed, paid late, part paid, and a
     * payment that covers the week and makes up some of the arrears.
     */
    private static final String[] RECENT = {"paid", "nothing", "nothing", "paid", "late 3", "part 25.00",
        "double", "paid"};

    private static void recent(List<ScheduleLine> dues, List<Payment> payments, LocalDate today) {
        String[] script = java.util.Arrays.copyOfRange(RECENT, RECENT.length - dues.size(), RECENT.length);
        for (int i = 0; i < dues.size(); i++) {
            ScheduleLine due = dues.get(i);
            String[] step = script[i].split(" ");
            LocalDate on = step[0].equals("late") ? due.date().plusDays(Integer.parseInt(step[1])) : due.date();
            Money amount = switch (step[0]) {
                case "nothing" -> Money.ZERO;
                case "part" -> Money.of(new java.math.BigDecimal(step[1]));
                case "double" -> due.due().times(2);
                default -> due.due();
            };
            if (amount.isPositive() && !on.isAfter(today)) {
                boolean twice = step[0].equals("double");
                // The week after the part payment brings two weeks' money, the rest of that week's among it, as its
                // note says and the parent links it: unlinked, its extra money would pay the oldest due still owed
                // (a week of 2024 in the sample's history), and the week paid in parts would show one part only.
                Payment paid = payment(on, amount, twice ? "Includes the rest of the week before" : "");
                payments.add(twice && i > 0 ? paid.linkedTo(java.util.Optional.of(dues.get(i - 1).date())) : paid);
            }
        }
    }

    private static final String CMS_REFERENCE = "CHILD MAINT SERVICE";

    /**
     * For the Collect and Pay sample: the same weekly plans, each due passed on by the CMS less its fee, on its day or
     * now and then a day to four days after it (on time: within the days the CMS may take to pass money on). The last
     * dues before this month follow a script, so a pass-on that arrived late and a month begun in credit can always be
     * seen: three weeks before the last due of last month the money arrives 13 days after its due; that last due brings two weeks' money at once, so last month ends in credit and the
     * first due of this month is met from it (nothing arrives for it); the dues after it arrive on their day.
     */
    public static SampleHistory collectAndPay(LocalDate today, int years, java.math.BigDecimal feePercent, long seed) {
        Random random = new Random(seed);
        List<PaymentPlan> plans = plans(today, years);
        List<ScheduleLine> dues = new ArrearsCalculator().calculate(plans, List.of(), List.of(), today,
                FeeRule.of(feePercent)).lines();
        LocalDate monthStart = today.withDayOfMonth(1);
        int last = 0;
        while (last + 1 < dues.size() && dues.get(last + 1).date().isBefore(monthStart)) {
            last++;
        }
        List<Payment> payments = new ArrayList<>();
        for (int i = 0; i < dues.size(); i++) {
            ScheduleLine due = dues.get(i);
            Money passedOn = due.expected();
            LocalDate on = due.date();
            String note = "";
            if (i == last - 3) {
                // Late even after the 5 working days new records allow the CMS to pass money on (facts table), a
                // Christmas's or an Easter's bank holidays among them: a pass-on a few days after its due is on time.
                on = on.plusDays(13);
                note = "Passed on by the CMS 13 days after the due date";
            } else if (i == last) {
                passedOn = passedOn.times(2);
                note = "Two weeks passed on together";
            } else if (i == last + 1) {
                continue; // met from last month's credit: nothing arrives for it
            } else if (i < last - 3 && random.nextInt(100) < 8) {
                on = on.plusDays(1 + random.nextInt(4));
            }
            if (!on.isAfter(today)) {
                Payment paid = new Payment(0, on, passedOn, PaymentMethod.THROUGH_CMS, CMS_REFERENCE, note);
                // The late one is linked to its due, as the CMS's statement says: a day before the next due but one,
                // it would otherwise count as that due's money sent early.
                payments.add(i == last - 3 ? paid.linkedTo(java.util.Optional.of(due.date())) : paid);
            }
        }
        List<PaymentPlan> unsaved = plans.stream().map(p -> new PaymentPlan(0, p.amount(), p.frequency(),
                p.firstDue(), p.source())).toList();
        return new SampleHistory(unsaved, payments, List.of());
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

    /**
     * The CMS's figure about two months ago: this record's balance then, less £86.42 the CMS has not counted. Given
     * on a working day, as the CMS works, and not on a due's day (where the record's figure leaves that due out
     * while it can still arrive): two months ago, or the working day before it that has no due.
     */
    private static SampleHistory withCmsFigure(List<PaymentPlan> plans, List<Payment> payments, LocalDate today) {
        UkCalendar calendar = UkCalendar.workingDaysOnly(uk.cml.domain.calendar.BankHolidays.englandAndWales());
        java.util.Set<LocalDate> dueDays = new java.util.HashSet<>();
        dues(plans, today).forEach(line -> dueDays.add(line.date()));
        LocalDate when = today.minusMonths(2);
        while (!calendar.isWorkingDay(when) || dueDays.contains(when)) {
            when = when.minusDays(1);
        }
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
