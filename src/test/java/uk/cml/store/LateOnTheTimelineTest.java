package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.ArrearsSchedule;
import uk.cml.domain.arrears.LineStatus;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.arrears.ScheduleLine;
import uk.cml.domain.timeline.TimelineEntry;
import uk.cml.domain.timeline.TimelineKind;

/**
 * Money the Payments page calls late ("Arrived late") is called late on the Timeline, and nothing else is: both read
 * the one rule (a due paid in full by money that arrived after the day it was on time by). Hand-worked cases, with
 * today Sat 5 Dec 2026.
 */
class LateOnTheTimelineTest extends WithJordanReedsCase {

    PaymentStore store;

    @Override
    Clock clock() {
        return EveryPaymentOnTheTimelineTest.CLOCK;
    }

    @BeforeEach
    void open() {
        store = records.payments();
    }

    private void paid(int month, int day, long pence) {
        store.savePayment(caseId, new Payment(0, LocalDate.of(2026, month, day), Money.ofPence(pence),
                PaymentMethod.BANK_TRANSFER, "", ""));
    }

    /** Each payment on the Timeline, oldest first, as "date: title". */
    private List<String> paymentRows() {
        List<String> rows = new ArrayList<>();
        for (TimelineEntry e : store.timeline(caseId)) {
            if (e.kind() == TimelineKind.PAYMENT) {
                rows.add(e.happenedAt().toLocalDate() + ": " + e.title());
            }
        }
        return rows;
    }

    /** Each due, as the Payments page shows it: "date: status". */
    private List<String> dueRows() {
        ArrearsSchedule schedule = store.schedule(caseId, LocalDate.of(2026, 12, 5));
        List<String> rows = new ArrayList<>();
        for (ScheduleLine line : schedule.lines()) {
            rows.add(line.date() + ": " + line.statusText());
        }
        return rows;
    }

    @Test
    @DisplayName("Weekly: 3 days after its due, after the next due, a catch-up for two dues, a part payment")
    void weekly() {
        // £50.00 a week on Mondays: 2, 9, 16, 23, 30 Nov 2026 (7 Dec is after today).
        store.savePlan(caseId, new PaymentPlan(0, Money.ofPounds(50), PaymentFrequency.WEEKLY,
                LocalDate.of(2026, 11, 2), "CMS calculation"));
        paid(11, 2, 5000);   // on its day: on time
        paid(11, 12, 5000);  // Thu, 3 days after Mon 9 Nov: late
        paid(11, 24, 10000); // Tue after Mon 23 Nov: pays 23 Nov (1 day late) and 16 Nov (8 days late)
        paid(12, 1, 2000);   // Tue after Mon 30 Nov: only part of it, so 30 Nov is part paid, and that part late
        assertEquals(List.of(
                "2026-11-02: Paid",
                "2026-11-09: Arrived late (3 days)",
                "2026-11-16: Arrived late (8 days)",
                "2026-11-23: Arrived late (1 day)",
                "2026-11-30: Part paid: £20.00 arrived 1 day late; £30.00 still owed"), dueRows());
        assertEquals(List.of(
                "2026-11-02: £50.00, on time for the payment due on 2 Nov 2026",
                "2026-11-12: £50.00, arrived 3 days late for the payment due on 9 Nov 2026",
                "2026-11-24: £100.00, arrived late for the payments due on 16 Nov 2026 (8 days) and 23 Nov 2026"
                        + " (1 day)",
                "2026-12-01: £20.00, arrived 1 day late for the payment due on 30 Nov 2026"), paymentRows());
    }

    /**
     * Reviewer rv3's hand-worked case (5 Dec 2026): £210.00 a month on the 31st from 31 Jul 2026, £185.50 from 31 Oct.
     * The Timeline and the pack said "£210.00" alone for the 31 Jul payment, on time, where every other payment said
     * which due it was for; and the £300.00 of 3 Nov said £295.50 of it went to 30 Sep and 31 Oct, leaving out the
     * £4.50 kept for 30 Nov. Each payment now says where all of its money went.
     */
    @Test
    @DisplayName("Each payment says which due it was on time for, and where all of a part-late payment went")
    void everyPaymentSaysWhereItsMoneyWent() {
        store.savePlan(caseId, new PaymentPlan(0, Money.ofPounds(210), PaymentFrequency.MONTHLY,
                LocalDate.of(2026, 7, 31), "CMS calculation"));
        store.savePlan(caseId, new PaymentPlan(0, Money.ofPence(18550), PaymentFrequency.MONTHLY,
                LocalDate.of(2026, 10, 31), "CMS decision letter dated 20 Oct 2026"));
        paid(7, 31, 21000);
        paid(9, 1, 21000);
        paid(10, 2, 10000);
        paid(11, 3, 30000);
        assertEquals(List.of(
                "2026-07-31: £210.00, on time for the payment due on 31 Jul 2026",
                "2026-09-01: £210.00, on time for the payment of 31 Aug 2026 (due on the Summer bank holiday; on time"
                        + " by the next working day, 1 Sep 2026)",
                "2026-10-02: £100.00, arrived 2 days late for the payment due on 30 Sep 2026",
                "2026-11-03: £300.00, of which £295.50 arrived late for the payments due on 30 Sep 2026 (34 days) and"
                        + " 31 Oct 2026 (1 day, counted from Mon 2 Nov 2026); £4.50 counts towards the payment due on"
                        + " 30 Nov 2026"), paymentRows());
    }

    /**
     * Reviewer rv3 saw the arrears chart spike to about £295 around 2-3 Nov. Worked by hand: the 31 Oct due (Sat) was
     * on time until the end of Mon 2 Nov, nothing had come by then, so at the end of 2 Nov £110.00 (30 Sep) and
     * £185.50 (31 Oct) were owed, £295.50; the £300.00 of Tue 3 Nov left £4.50 in credit. The chart's series counts the
     * 31 Oct due from the end of Mon 2 Nov, the day owedOn counts it from, on every day; the same end-of-day rule
     * gives "owed without a break since 30 Nov" for the 30 Nov due (the reviewer's own working). A guard: no change.
     */
    @Test
    @DisplayName("The chart's series is owedOn, day by day, around a weekend due paid the day after its working day")
    void theChartCountsAWeekendDueAsEveryFigureDoes() {
        store.savePlan(caseId, new PaymentPlan(0, Money.ofPounds(210), PaymentFrequency.MONTHLY,
                LocalDate.of(2026, 7, 31), "CMS calculation"));
        store.savePlan(caseId, new PaymentPlan(0, Money.ofPence(18550), PaymentFrequency.MONTHLY,
                LocalDate.of(2026, 10, 31), "CMS decision letter dated 20 Oct 2026"));
        paid(7, 31, 21000);
        paid(9, 1, 21000);
        paid(10, 2, 10000);
        paid(11, 3, 30000);
        ArrearsSchedule schedule = store.schedule(caseId, LocalDate.of(2026, 12, 5));
        java.util.Map<LocalDate, Money> series = uk.cml.domain.arrears.RunningBalance
                .owedCountingEarlyMoneyOnItsDue(schedule);
        Money shown = Money.ZERO;
        for (LocalDate day = LocalDate.of(2026, 7, 1); !day.isAfter(LocalDate.of(2026, 12, 5)); day = day.plusDays(1)) {
            shown = series.getOrDefault(day, shown);
            assertEquals(schedule.owedOn(day), shown, day.toString());
        }
        assertEquals(Money.ofPence(11000), schedule.owedOn(LocalDate.of(2026, 11, 1)));
        assertEquals(Money.ofPence(29550), schedule.owedOn(LocalDate.of(2026, 11, 2)));
        assertEquals(Money.ofPence(-450), schedule.owedOn(LocalDate.of(2026, 11, 3)));
    }

    @Test
    @DisplayName("Weekly: money after the next due pays that one first, so only it is late and the earlier one missed")
    void afterTheNextDue() {
        store.savePlan(caseId, new PaymentPlan(0, Money.ofPounds(50), PaymentFrequency.WEEKLY,
                LocalDate.of(2026, 11, 16), "CMS calculation"));
        paid(11, 24, 5000);  // nothing for 16 Nov; this arrives the day after 23 Nov's due
        paid(11, 30, 5000);  // on its day
        assertEquals(List.of(
                "2026-11-16: Nothing received",
                "2026-11-23: Arrived late (1 day)",
                "2026-11-30: Paid"), dueRows());
        assertEquals(List.of(
                "2026-11-24: £50.00, arrived 1 day late for the payment due on 23 Nov 2026",
                "2026-11-30: £50.00, on time for the payment due on 30 Nov 2026"), paymentRows());
    }

    @Test
    @DisplayName("Monthly: 3 days late, a Sunday's due counted from the Monday, and a part payment")
    void monthly() {
        // £200.00 on the 1st: Tue 1 Sep, Thu 1 Oct, Sun 1 Nov (on time by Mon 2 Nov), Tue 1 Dec 2026.
        store.savePlan(caseId, new PaymentPlan(0, Money.ofPounds(200), PaymentFrequency.MONTHLY,
                LocalDate.of(2026, 9, 1), "CMS calculation"));
        paid(9, 1, 20000);
        paid(10, 4, 20000);  // 3 days after Thu 1 Oct
        paid(11, 3, 20000);  // 1 day after Mon 2 Nov, the working day after Sun 1 Nov
        paid(12, 1, 8000);   // part of 1 Dec's, on its day
        assertEquals(List.of(
                "2026-09-01: Paid",
                "2026-10-01: Arrived late (3 days)",
                "2026-11-01: Arrived late (1 day after Mon 2 Nov 2026)",
                "2026-12-01: Part paid: £80.00 arrived on time; £120.00 still owed"), dueRows());
        assertEquals(List.of(
                "2026-09-01: £200.00, on time for the payment due on 1 Sep 2026",
                "2026-10-04: £200.00, arrived 3 days late for the payment due on 1 Oct 2026",
                "2026-11-03: £200.00, arrived 1 day late for the payment due on 1 Nov 2026 (on time by Mon 2 Nov"
                        + " 2026)",
                "2026-12-01: £80.00"), paymentRows());
    }

    @Test
    @DisplayName("A double payment half on time: only the half paid over the older due is called late, with its amount")
    void doublePaymentHalfOnTime() {
        // £50.00 a week on Mondays from 16 Nov 2026: nothing for 16 Nov; £100.00 on Mon 23 Nov pays 23 Nov on its day
        // and £50.00 of it goes to 16 Nov, 7 days late. The bank shows £100.00 on 23 Nov, half of it on time.
        store.savePlan(caseId, new PaymentPlan(0, Money.ofPounds(50), PaymentFrequency.WEEKLY,
                LocalDate.of(2026, 11, 16), "CMS calculation"));
        paid(11, 23, 10000);
        paid(11, 30, 5000);
        assertEquals(List.of(
                "2026-11-16: Arrived late (7 days)",
                "2026-11-23: Paid",
                "2026-11-30: Paid"), dueRows());
        assertEquals(List.of(
                "2026-11-23: £100.00, of which £50.00 arrived 7 days late for the payment due on 16 Nov 2026; £50.00"
                        + " counts towards the payment due on 23 Nov 2026",
                "2026-11-30: £50.00, on time for the payment due on 30 Nov 2026"), paymentRows());
    }

    @Test
    @DisplayName("A treble payment a third on time: the two late parts named, and how much of it was late")
    void treblePaymentAThirdOnTime() {
        // From Mon 9 Nov 2026: nothing for 9 or 16 Nov; £150.00 on Mon 23 Nov pays 23 Nov on its day, then 16 Nov (7
        // days late) and 9 Nov (14 days late).
        store.savePlan(caseId, new PaymentPlan(0, Money.ofPounds(50), PaymentFrequency.WEEKLY,
                LocalDate.of(2026, 11, 9), "CMS calculation"));
        paid(11, 23, 15000);
        assertEquals(List.of(
                "2026-11-23: £150.00, of which £100.00 arrived late for the payments due on 9 Nov 2026 (14 days)"
                        + " and 16 Nov 2026 (7 days); £50.00 counts towards the payment due on 23 Nov 2026"),
                paymentRows());
    }

    @Test
    @DisplayName("Collect and Pay: the late part is named before the CMS fee, as the dues are")
    void collectAndPayHalfOnTime() {
        // 4% fee: £50.00 due a week (£48.00 after the fee) from Mon 16 Nov; £96.00 passed on Mon 23 Nov counts as
        // £100.00: £50.00 for 23 Nov on its day, £50.00 for 16 Nov 7 days late.
        ArrearsSchedule s = new uk.cml.domain.arrears.ArrearsCalculator().calculate(List.of(new PaymentPlan(0,
                Money.ofPounds(50), PaymentFrequency.WEEKLY, LocalDate.of(2026, 11, 16), "CMS")), List.of(
                new Payment(7, LocalDate.of(2026, 11, 23), Money.ofPence(9600), PaymentMethod.THROUGH_CMS, "", "")),
                List.of(), LocalDate.of(2026, 11, 28), uk.cml.domain.arrears.FeeRule.of(new java.math.BigDecimal("4")));
        uk.cml.domain.arrears.ScheduleEvent event = s.events().get(0);
        assertEquals("£96.00 (£100.00 before the CMS fee); £50.00 of the £100.00 arrived 7 days late for the payment"
                + " due on 16 Nov 2026", PaymentEvents.received(event, s.paidLate().get(7L), 7));
    }

    /**
     * The chronology read "£45.00, of which £45.00 before the CMS fee arrived 1 day late": the first £45.00 is what
     * reached the parent (after the fee), the second a part of the £46.88 the CMS collected (before it). Each figure is
     * named for what it is: the money that reached the parent, the sum before the fee, and the late part of that sum.
     */
    @Test
    @DisplayName("Collect and Pay: the money that reached the parent and the sum before the fee are never the same figure twice")
    void collectAndPayLatePartNamedAgainstTheSumBeforeTheFee() {
        // 4% fee: £45.00 due a week from Mon 16 Nov; £45.00 passed on Tue 17 Nov is £46.88 collected (45.00 / 0.96,
        // to the penny): £45.00 of it pays 16 Nov a day late, £1.88 is kept for the next due.
        ArrearsSchedule s = new uk.cml.domain.arrears.ArrearsCalculator().calculate(List.of(new PaymentPlan(0,
                Money.ofPounds(45), PaymentFrequency.WEEKLY, LocalDate.of(2026, 11, 16), "CMS")), List.of(
                new Payment(7, LocalDate.of(2026, 11, 17), Money.ofPence(4500), PaymentMethod.THROUGH_CMS, "", "")),
                List.of(), LocalDate.of(2026, 11, 20), uk.cml.domain.arrears.FeeRule.of(new java.math.BigDecimal("4")));
        uk.cml.domain.arrears.ScheduleEvent event = s.events().get(0);
        assertEquals(Money.ofPence(4688), event.applied(), "the sum the CMS collected, before its fee");
        assertEquals("£45.00 (£46.88 before the CMS fee); £45.00 of the £46.88 arrived 1 day late for the payment due"
                + " on 16 Nov 2026", PaymentEvents.received(event, s.paidLate().get(7L), 7));
    }

    @Test
    @DisplayName("Collect and Pay: part late for two dues, named against the sum before the fee")
    void collectAndPayLatePartForTwoDues() {
        // 4% fee: £50.00 due a week from Mon 9 Nov; nothing for 9 or 16 Nov; £144.00 passed on Mon 23 Nov is £150.00
        // collected: £50.00 for 23 Nov on its day, £100.00 late for 16 Nov (7 days) and 9 Nov (14 days).
        ArrearsSchedule s = new uk.cml.domain.arrears.ArrearsCalculator().calculate(List.of(new PaymentPlan(0,
                Money.ofPounds(50), PaymentFrequency.WEEKLY, LocalDate.of(2026, 11, 9), "CMS")), List.of(
                new Payment(7, LocalDate.of(2026, 11, 23), Money.ofPence(14400), PaymentMethod.THROUGH_CMS, "", "")),
                List.of(), LocalDate.of(2026, 11, 28), uk.cml.domain.arrears.FeeRule.of(new java.math.BigDecimal("4")));
        uk.cml.domain.arrears.ScheduleEvent event = s.events().get(0);
        assertEquals("£144.00 (£150.00 before the CMS fee); £100.00 of the £150.00 arrived late for the payments due"
                + " on 9 Nov 2026 (14 days) and 16 Nov 2026 (7 days)", PaymentEvents.received(event,
                s.paidLate().get(7L), 7));
    }

    @Test
    @DisplayName("Every due the Payments page calls late names the money that made it late on the Timeline")
    void everyLateDueIsOnTheTimeline() {
        store.savePlan(caseId, new PaymentPlan(0, Money.ofPounds(50), PaymentFrequency.WEEKLY,
                LocalDate.of(2026, 6, 1), "CMS calculation"));
        for (int week = 0; week < 26; week++) {
            LocalDate due = LocalDate.of(2026, 6, 1).plusWeeks(week);
            LocalDate day = due.plusDays(week % 4); // on its day, then 1, 2 and 3 days late
            if (week % 7 != 5) {
                store.savePayment(caseId, new Payment(0, day, Money.ofPounds(week % 7 == 6 ? 100 : 50),
                        PaymentMethod.BANK_TRANSFER, "", ""));
            }
        }
        ArrearsSchedule schedule = store.schedule(caseId, LocalDate.of(2026, 12, 5));
        List<String> late = schedule.lines().stream().filter(l -> l.status() == LineStatus.PAID_LATE)
                .map(l -> uk.cml.domain.UkFormats.shortDate(l.date())).toList();
        String titles = String.join("\n", paymentRows());
        for (String due : late) {
            assertEquals(true, titles.contains(due), due + " is late on the Payments page:\n" + titles);
        }
        long flagged = paymentRows().stream().filter(t -> t.contains("late")).count();
        assertEquals(true, flagged > 0 && flagged <= late.size(), titles);
    }
}
