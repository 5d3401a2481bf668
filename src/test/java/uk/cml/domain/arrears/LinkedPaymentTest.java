package uk.cml.domain.arrears;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.cml.domain.arrears.Build.adjust;
import static uk.cml.domain.arrears.Build.d;
import static uk.cml.domain.arrears.Build.pay;
import static uk.cml.domain.arrears.Build.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import uk.cml.domain.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A payment the parent links to a due ("the bank reference says July maintenance") pays that due first, so the
 * schedule tells what the parent knows rather than the app's matching by date. Each case is the whole story, due by
 * due ("date | status | received | short | balance").
 */
@DisplayName("A payment linked to a due pays that due; the totals never change")
class LinkedPaymentTest {

    private static final PaymentPlan MONTHLY_300 = plan("300.00", PaymentFrequency.MONTHLY, "2026-06-01");

    private static Payment linked(Payment payment, String due) {
        return payment.linkedTo(Optional.of(d(due)));
    }

    @Test
    @DisplayName("case 15: paid 25 days late inside August's early days, linked to July: July paid late, August owed")
    void lateJulyPaymentLinkedToJuly() {
        // £300 a month from Mon 1 Jun 2026. Paid 1 Jun; nothing on 1 Jul; £300 on Sun 26 Jul (inside Sat 1 Aug's
        // 7 early days), the bank reference says July. Read on Tue 4 Aug (1 Aug on time by Mon 3 Aug).
        List<Payment> byDate = List.of(pay("2026-06-01", "300.00"), pay("2026-07-26", "300.00"));
        ArrearsSchedule matched = Build.schedule(List.of(MONTHLY_300), byDate, List.of(), "2026-08-04");
        assertEquals(List.of("2026-06-01 | Paid | 300.00 | 0.00 | 0.00",
                // At the end of 31 Jul, the day before the next due: 600 due, 600 in, but by date 26 Jul's is
                // August's, counted on 1 Aug: July's 300 is owed that day. Linked to July, it is July's, late (0).
                "2026-07-01 | Nothing received | 0.00 | 300.00 | 300.00",
                "2026-08-01 | Paid | 300.00 | 0.00 | 300.00"), Build.rows(matched), "by date: August paid early");

        List<Payment> toJuly = List.of(byDate.get(0), linked(byDate.get(1), "2026-07-01"));
        ArrearsSchedule schedule = Build.schedule(List.of(MONTHLY_300), toJuly, List.of(), "2026-08-04");
        assertEquals(List.of("2026-06-01 | Paid | 300.00 | 0.00 | 0.00",
                "2026-07-01 | Arrived late (25 days) | 300.00 | 0.00 | 0.00",
                "2026-08-01 | Nothing received | 0.00 | 300.00 | 300.00"), Build.rows(schedule));
        assertEquals("£300.00 on 26 Jul 2026 (you said it was for this due)", schedule.lines().get(1).arrivedText());
        assertEquals("£300.00 on 26 Jul 2026, all towards arrears (you said it was for the payment due on 1 Jul "
                + "2026)", schedule.lines().get(2).arrivedText());
        assertEquals(1, schedule.missedInARow(), "August is the one missed now");
        // The payment's own line in the chronology and letters says which due it was for, not only the due's line.
        assertTrue(schedule.events().stream().filter(ScheduleEvent::isPayment)
                .anyMatch(e -> e.description().endsWith(", for the payment due on 1 Jul 2026")),
                schedule.events().toString());
        assertEquals(matched.owedNow(), schedule.owedNow());
        assertEquals(List.of(), schedule.linksToNoDue());
    }

    @Test
    @DisplayName("under Collect and Pay the linked due says \"Arrived late\"")
    void collectAndPayArrivedLate() {
        FeeRule noFeeButCollectAndPay = FeeRule.of(java.math.BigDecimal.ZERO);
        ArrearsSchedule schedule = new ArrearsCalculator().calculate(List.of(MONTHLY_300),
                List.of(Build.viaCms("2026-06-01", "300.00"),
                        linked(Build.viaCms("2026-07-26", "300.00"), "2026-07-01")),
                List.of(), d("2026-08-04"), noFeeButCollectAndPay);
        assertEquals("Arrived late (25 days)", schedule.lines().get(1).statusText());
    }

    @Test
    @DisplayName("more than the due: the linked due first, the rest by the usual rules")
    void linkedDueFirstThenTheUsualRules() {
        // Nothing on 1 Jun or 1 Jul. £450 on 28 Jul (August's early days), linked to June: June £300 late (57 days),
        // then £150 for August, its own due. July stays owed.
        ArrearsSchedule schedule = Build.schedule(List.of(MONTHLY_300),
                List.of(linked(pay("2026-07-28", "450.00"), "2026-06-01")), List.of(), "2026-08-04");
        assertEquals(List.of("2026-06-01 | Arrived late (57 days) | 300.00 | 0.00 | 300.00",
                // End of 31 Jul: 600 due, 450 in, of which August's 150 counts on 1 Aug.
                "2026-07-01 | Nothing received | 0.00 | 300.00 | 300.00",
                "2026-08-01 | Part paid: £150.00 arrived on time; £150.00 still owed | 150.00 | 150.00"
                + " | 450.00"), Build.rows(schedule));
        assertEquals("£150.00 of £450.00 on 28 Jul 2026 + £300.00 towards arrears",
                schedule.lines().get(2).arrivedText());
    }

    @Test
    @DisplayName("a link to a due already paid changes nothing: the money follows the usual rules")
    void linkToAPaidDue() {
        List<Payment> byDate = List.of(pay("2026-06-01", "300.00"), pay("2026-07-26", "300.00"));
        List<Payment> toJune = List.of(byDate.get(0), linked(byDate.get(1), "2026-06-01"));
        assertEquals(Build.rows(Build.schedule(List.of(MONTHLY_300), byDate, List.of(), "2026-08-04")),
                Build.rows(Build.schedule(List.of(MONTHLY_300), toJune, List.of(), "2026-08-04")));
    }

    @Test
    @DisplayName("paid ahead for a later due: held for it, which shows \"Paid in advance\"; the due between stays owed")
    void linkedToALaterDue() {
        // Paid 1 Jun and 1 Jul on the day; £300 more on 2 Jul, for September. Read on 2 Sep.
        ArrearsSchedule schedule = Build.schedule(List.of(MONTHLY_300),
                List.of(pay("2026-06-01", "300.00"), pay("2026-07-01", "300.00"),
                        linked(pay("2026-07-02", "300.00"), "2026-09-01")), List.of(), "2026-09-02");
        assertEquals(List.of("2026-06-01 | Paid | 300.00 | 0.00 | 0.00",
                "2026-07-01 | Paid | 300.00 | 0.00 | -300.00",
                "2026-08-01 | Nothing received | 0.00 | 300.00 | 0.00",
                "2026-09-01 | Paid in advance | 300.00 | 0.00 | 300.00"), Build.rows(schedule));
    }

    @Test
    @DisplayName("a link to a date that is no longer a due is left out of the matching and reported")
    void linkToADateThatIsNoLongerADue() {
        // The plan was on the 1st when the link was made; it is now on the 3rd.
        PaymentPlan onThe3rd = plan("300.00", PaymentFrequency.MONTHLY, "2026-06-03");
        Payment stale = linked(pay("2026-07-30", "300.00"), "2026-07-01");
        List<Payment> byDate = List.of(pay("2026-06-03", "300.00"), pay("2026-07-30", "300.00"));
        ArrearsSchedule schedule = Build.schedule(List.of(onThe3rd), List.of(byDate.get(0), stale), List.of(),
                "2026-08-05");
        assertEquals(Build.rows(Build.schedule(List.of(onThe3rd), byDate, List.of(), "2026-08-05")),
                Build.rows(schedule));
        assertEquals(List.of(stale), schedule.linksToNoDue());

        Payment ahead = linked(pay("2026-07-30", "300.00"), "2026-12-03");
        assertEquals(List.of(), Build.schedule(List.of(onThe3rd), List.of(ahead), List.of(), "2026-08-05")
                .linksToNoDue(), "a due after the schedule's date is still a due");
    }

    @Test
    @DisplayName("links never change a total: 400 made-up histories with and without random links")
    void linksNeverChangeTheTotals() {
        Random random = new Random(20261122);
        for (int run = 0; run < 400; run++) {
            PaymentFrequency frequency = PaymentFrequency.values()[random.nextInt(PaymentFrequency.values().length)];
            LocalDate first = d("2025-01-01").plusDays(random.nextInt(60));
            List<PaymentPlan> plans = new ArrayList<>(List.of(new PaymentPlan(0,
                    uk.cml.domain.Money.ofPence(5_000 + random.nextInt(30_000)), frequency, first, "")));
            if (random.nextBoolean()) {
                plans.add(new PaymentPlan(0, uk.cml.domain.Money.ofPence(4_000 + random.nextInt(20_000)),
                        PaymentFrequency.WEEKLY, first.plusDays(100 + random.nextInt(100)), ""));
            }
            LocalDate asOf = first.plusDays(200 + random.nextInt(200));
            List<LocalDate> dueDates = Build.schedule(plans, List.of(), List.of(), asOf.plusDays(60).toString())
                    .lines().stream().map(ScheduleLine::date).toList();
            List<Payment> plain = new ArrayList<>();
            List<Payment> withLinks = new ArrayList<>();
            int count = random.nextInt(25);
            for (int k = 0; k < count; k++) {
                Payment payment = new Payment(0, first.minusDays(20).plusDays(random.nextInt(420)),
                        uk.cml.domain.Money.ofPence(1 + random.nextInt(60_000)), PaymentMethod.BANK_TRANSFER, "", "");
                plain.add(payment);
                int roll = random.nextInt(4);
                withLinks.add(roll == 0 ? payment : payment.linkedTo(Optional.of(roll == 3
                        ? payment.date().plusDays(random.nextInt(9))
                        : dueDates.get(random.nextInt(dueDates.size())))));
            }
            List<Adjustment> adjustments = random.nextInt(3) == 0 ? List.of(adjust(first.plusDays(random.nextInt(300))
                    .toString(), AdjustmentKind.WRITE_OFF, String.valueOf(random.nextInt(400)))) : List.of();
            ArrearsSchedule without = Build.schedule(plans, plain, adjustments, asOf.toString());
            ArrearsSchedule with = Build.schedule(plans, withLinks, adjustments, asOf.toString());
            String story = "run " + run + ": " + plans + " " + withLinks + " " + adjustments + " to " + asOf;
            assertEquals(without.owedNow(), with.owedNow(), story);
            assertEquals(without.totalDue(), with.totalDue(), story);
            assertEquals(without.totalReceived(), with.totalReceived(), story);
            assertEquals(without.totalCleared(), with.totalCleared(), story);
            assertEquals(without.balanceSeries(), with.balanceSeries(), story);
            // A line's balance counts the next due's early money on that due's day, and a link says money is not the
            // next due's (ScheduleLine.cameEarly): what the bank shows on each line's day is what links never move.
            assertEquals(byTheBank(without), byTheBank(with), story);
            assertEquals(without.lines().get(without.lines().size() - 1).balanceAfter(),
                    with.lines().get(with.lines().size() - 1).balanceAfter(), story);
            assertEquals(sum(without, ScheduleLine::shortBy), sum(with, ScheduleLine::shortBy), story);
            assertEquals(sum(without, ScheduleLine::received), sum(with, ScheduleLine::received), story);
            assertEquals(sum(without, ScheduleLine::arrivedInPeriod), sum(with, ScheduleLine::arrivedInPeriod), story);
            for (ScheduleLine line : with.lines()) {
                assertEquals(line.due(), line.received().plus(line.cleared()).plus(line.shortBy()), story);
            }
        }
    }

    private static long sum(ArrearsSchedule schedule, java.util.function.Function<ScheduleLine, uk.cml.domain.Money> of) {
        return schedule.lines().stream().mapToLong(line -> of.apply(line).pence()).sum();
    }

    /** Each line's balance as the bank shows it on its day: less the next due's money that came early for it. */
    private static List<Money> byTheBank(ArrearsSchedule schedule) {
        List<ScheduleLine> lines = schedule.lines();
        List<Money> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            out.add(lines.get(i).balanceAfter().minus(i + 1 < lines.size() ? lines.get(i + 1).cameEarly()
                    : Money.ZERO));
        }
        return out;
    }
}
