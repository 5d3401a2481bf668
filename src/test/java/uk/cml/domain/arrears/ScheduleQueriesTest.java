package uk.cml.domain.arrears;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.cml.domain.arrears.Build.adjust;
import static uk.cml.domain.arrears.Build.d;
import static uk.cml.domain.arrears.Build.m;
import static uk.cml.domain.arrears.Build.pay;
import static uk.cml.domain.arrears.Build.weekly;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import uk.cml.domain.Money;

/** Queries on a schedule. £50 weekly from Monday 5 Jan 2026 unless a test says otherwise. */
class ScheduleQueriesTest {

    private static final List<PaymentPlan> FIFTY_WEEKLY = List.of(weekly("50.00", "2026-01-05"));

    /** 5 Jan paid; 12 Jan £30 of £50; 19 Jan missed. End-of-day balances: 5 Jan 0, 12 Jan 20, 19 Jan 70. */
    private static ArrearsSchedule partPaid() {
        return Build.schedule(FIFTY_WEEKLY, List.of(pay("2026-01-12", "30.00"), pay("2026-01-05", "50.00"),
                pay("2026-01-30", "500.00")), List.of(), "2026-01-25");
    }

    @Nested
    @DisplayName("balances and totals")
    class Balances {
        @ParameterizedTest(name = "balance on {0} is £{1}")
        @CsvSource({"2026-01-04, 0.00", "2026-01-05, 0.00", "2026-01-12, 20.00", "2026-01-15, 20.00",
            "2026-01-19, 70.00", "2026-03-01, 70.00"})
        void balanceOn(String date, String balance) {
            assertEquals(m(balance), partPaid().balanceOn(d(date)));
        }

        @ParameterizedTest(name = "missed from {0} to {1} is £{2}")
        @CsvSource({"2026-01-05, 2026-01-19, 70.00", "2026-01-12, 2026-01-12, 20.00",
            "2026-01-13, 2026-01-18, 0.00", "2026-01-01, 2026-01-05, 0.00"})
        void missedTotal(String from, String to, String total) {
            assertEquals(m(total), partPaid().missedTotal(d(from), d(to)));
        }

        @Test
        void totalsAddUp() {
            // Due 150, received 80 (the £500 on 30 Jan is after the as-of date), nothing cleared: 70 owed.
            ArrearsSchedule schedule = partPaid();
            assertEquals(m("150.00"), schedule.totalDue());
            assertEquals(m("80.00"), schedule.totalReceived());
            assertEquals(m("0.00"), schedule.totalCleared());
            assertEquals(m("70.00"), schedule.owedNow());
            assertEquals(m("70.00"), schedule.balanceOn(LocalDate.MAX));
        }

        @Test
        void balanceSeriesHasTheEndOfEachDayThatChanged() {
            Map<LocalDate, Money> expected = new LinkedHashMap<>();
            expected.put(d("2026-01-05"), m("0.00"));
            expected.put(d("2026-01-12"), m("20.00"));
            expected.put(d("2026-01-19"), m("70.00"));
            assertEquals(expected, partPaid().balanceSeries());
            assertEquals(List.copyOf(expected.keySet()), List.copyOf(partPaid().balanceSeries().keySet()));
        }
    }

    @Nested
    @DisplayName("finding lines and payments")
    class Finding {
        @Test
        void filtersByDateAndStatus() {
            List<ScheduleLine> missed = partPaid().lines(d("2026-01-01"), d("2026-01-31"),
                    Set.of(LineStatus.NOTHING_RECEIVED));
            assertEquals(1, missed.size());
            assertEquals(d("2026-01-19"), missed.get(0).date());
            assertEquals(2, partPaid().lines(d("2026-01-05"), d("2026-01-12"),
                    Set.of(LineStatus.PAID, LineStatus.PART_PAID)).size());
            assertEquals(1, partPaid().lines(d("2026-01-06"), d("2026-01-12"), Set.of(LineStatus.PART_PAID)).size());
            // The payments are events of their own, never lines: the £500 on 30 Jan is after the as-of date.
            assertEquals(2, partPaid().events().stream().filter(ScheduleEvent::isPayment).count());
        }

        @Test
        void lastPaymentIsTheLatestUpToTheAsOfDate() {
            assertEquals(d("2026-01-12"), partPaid().lastPayment().orElseThrow().date());
            assertTrue(Build.schedule(FIFTY_WEEKLY, List.of(), List.of(), "2026-01-25").lastPayment().isEmpty());
        }

        @ParameterizedTest(name = "after {0}: {1} £{2}")
        @CsvSource({
            "2025-12-01, 2026-01-05, 50.00",
            "2026-01-05, 2026-01-12, 50.00",
            // the weekly plan would next fall on 2 Feb, but the monthly plan starts on 1 Feb
            "2026-01-26, 2026-02-01, 200.00",
            "2026-02-01, 2026-03-01, 200.00",
            "2027-12-15, 2028-01-01, 200.00",
        })
        void nextDueFollowsThePlanInForce(String after, String date, String amount) {
            List<PaymentPlan> plans = List.of(weekly("50.00", "2026-01-05"),
                    Build.plan("200.00", PaymentFrequency.MONTHLY, "2026-02-01"));
            Due next = Build.schedule(plans, List.of(), List.of(), "2026-01-10").nextDue(d(after)).orElseThrow();
            assertEquals(d(date), next.date());
            assertEquals(m(amount), next.amount());
        }

        @ParameterizedTest(name = "monthly on the 31st, after {0}: {1}")
        @CsvSource({"2028-01-31, 2028-02-29", "2028-02-28, 2028-02-29", "2028-02-29, 2028-03-31"})
        void nextDueOnTheThirtyFirst(String after, String date) {
            List<PaymentPlan> plans = List.of(Build.plan("100.00", PaymentFrequency.MONTHLY, "2028-01-31"));
            assertEquals(d(date), Build.schedule(plans, List.of(), List.of(), "2028-01-31")
                    .nextDue(d(after)).orElseThrow().date());
        }

        @Test
        void noNextDueOnceMaintenanceStopped() {
            List<PaymentPlan> plans = List.of(weekly("50.00", "2026-01-05"), Build.stopped("2026-01-20"));
            ArrearsSchedule schedule = Build.schedule(plans, List.of(), List.of(), "2026-01-25");
            assertTrue(schedule.nextDue(d("2026-01-19")).isEmpty());
            assertEquals(d("2026-01-19"), schedule.nextDue(d("2026-01-18")).orElseThrow().date());
        }

        @Test
        void nextDueIsAfterTheFee() {
            ArrearsSchedule schedule = new ArrearsCalculator().calculate(List.of(weekly("43.21", "2026-01-05")),
                    List.of(), List.of(), d("2026-01-05"), FeeRule.of(new BigDecimal("4")));
            assertEquals(m("41.48"), schedule.nextDue(d("2026-01-05")).orElseThrow().expected());
        }
    }

    @Nested
    @DisplayName("missed in a row")
    class MissedInARow {
        static Stream<Arguments> cases() {
            return Stream.of(
                // 5, 12, 19 Jan: nothing paid -> 3
                Arguments.of(List.of(), List.of(), 3),
                // all three paid on the day -> 0
                Arguments.of(List.of(pay("2026-01-05", "50"), pay("2026-01-12", "50"), pay("2026-01-19", "50")),
                        List.of(), 0),
                // 5 Jan paid, 12 Jan part paid, 19 Jan missed -> 2 (part paid counts)
                Arguments.of(List.of(pay("2026-01-05", "50"), pay("2026-01-12", "30")), List.of(), 2),
                // 5 Jan paid; £50 on 19 Jan arrived in 19 Jan's own period, so 19 Jan is paid and the latest run
                // is 0 (12 Jan is still owed, but it is not the latest)
                Arguments.of(List.of(pay("2026-01-05", "50"), pay("2026-01-19", "50")), List.of(), 0),
                // 5 Jan paid; £100 on 19 Jan: 50 for 19 Jan, 50 towards 12 Jan (paid late) -> 0
                Arguments.of(List.of(pay("2026-01-05", "50"), pay("2026-01-19", "100")), List.of(), 0),
                // 5 Jan paid; £50 on 13 Jan: 12 Jan paid late; 19 Jan nothing -> 1
                Arguments.of(List.of(pay("2026-01-05", "50"), pay("2026-01-13", "50")), List.of(), 1),
                // a settlement on 20 Jan, once 19 Jan was missed, cleared all three -> 0
                Arguments.of(List.of(), List.of(adjust("2026-01-20", AdjustmentKind.PART_PAYMENT_SETTLEMENT, "0")),
                        0));
        }

        @ParameterizedTest
        @MethodSource("cases")
        void countsTheLatestRun(List<Payment> payments, List<Adjustment> adjustments, int expected) {
            assertEquals(expected, Build.schedule(FIFTY_WEEKLY, payments, adjustments, "2026-01-25").missedInARow());
        }

        @Test
        void zeroWithoutDues() {
            assertEquals(0, Build.schedule(FIFTY_WEEKLY, List.of(), List.of(), "2026-01-04").missedInARow());
        }
    }

    @Nested
    @DisplayName("CMS figure")
    class CmsFigure {
        @Test
        void comparesTheLatestFigureWithThisRecordOnThatDate() {
            // Dues 5, 12, 19 Jan = 150, less £50 paid = 100 on 20 Jan. The CMS said 120: £20 more.
            ArrearsSchedule schedule = Build.schedule(FIFTY_WEEKLY, List.of(pay("2026-01-12", "50.00")),
                    List.of(adjust("2026-01-20", AdjustmentKind.CMS_CONFIRMED_FIGURE, "120.00"),
                            adjust("2026-01-06", AdjustmentKind.CMS_CONFIRMED_FIGURE, "10.00")), "2026-01-31");
            CmsDifference difference = schedule.cmsDifference().orElseThrow();
            assertEquals(new CmsDifference(d("2026-01-20"), m("120.00"), m("100.00"), m("-20.00"),
                    FeeBasis.BEFORE_FEE, false), difference);
            assertEquals("The CMS said the arrears were £120.00 as at 20 Jan 2026. This record shows £100.00 on "
                    + "20 Jan 2026. The CMS figure is £20.00 more than this record.", difference.describe());
            // the earlier one: 50 owed on 6 Jan, CMS said 10 -> £40.00 less
            assertEquals(m("40.00"), schedule.cmsDifferences().get(0).difference());
            assertEquals(m("150.00"), schedule.owedNow()); // 4 dues to 26 Jan (200) - 50: figures change nothing
        }

        @Test
        @DisplayName("a newer letter's figure as at an earlier day (a breakdown weeks later) does not become the latest")
        void aNewerLettersOlderFigureIsNotTheLatest() {
            // A letter dated 20 Jan gives the arrears as at 20 Jan; a breakdown logged after it (dated 28 Jan) gives
            // them as at 6 Jan. What was owed on 20 Jan is the CMS's latest word, each said as at its own day.
            ArrearsSchedule schedule = Build.schedule(FIFTY_WEEKLY, List.of(pay("2026-01-12", "50.00")),
                    List.of(adjust("2026-01-20", AdjustmentKind.CMS_CONFIRMED_FIGURE, "100.00"),
                            adjust("2026-01-06", AdjustmentKind.CMS_CONFIRMED_FIGURE, "50.00")), "2026-01-31");
            assertEquals(d("2026-01-20"), schedule.cmsDifference().orElseThrow().date());
            assertEquals("The CMS said the arrears were £100.00 as at 20 Jan 2026. This record shows £100.00 on "
                    + "20 Jan 2026: the figures agree.", schedule.cmsDifference().orElseThrow().describe());
            assertEquals(List.of(d("2026-01-06"), d("2026-01-20")),
                    schedule.cmsDifferences().stream().map(CmsDifference::date).toList(), "both kept, by day");
        }

        @Test
        void saysWhenTheFiguresAgree() {
            // On 6 Jan, 5 Jan's due is missed: 50 owed (a figure given on 5 Jan itself would not count it).
            ArrearsSchedule schedule = Build.schedule(FIFTY_WEEKLY, List.of(),
                    List.of(adjust("2026-01-06", AdjustmentKind.CMS_CONFIRMED_FIGURE, "50.00")), "2026-01-06");
            assertTrue(schedule.cmsDifference().orElseThrow().describe().endsWith("the figures agree."));
        }
    }

    @Nested
    @DisplayName("settlement and how old the arrears are")
    class SettlementAndAge {
        @Test
        void aSettlementNotPaidInFullIsSaid() {
            // Nothing paid; on 20 Jan owed 150, settled for £60 still to pay: 90 cleared, 60 owed.
            // £50 on 26 Jan pays 26 Jan; £20 on 27 Jan goes to the settlement (not credit): £40 has not arrived.
            ArrearsSchedule schedule = Build.schedule(FIFTY_WEEKLY,
                    List.of(pay("2026-01-26", "50.00"), pay("2026-01-27", "20.00")),
                    List.of(adjust("2026-01-20", AdjustmentKind.PART_PAYMENT_SETTLEMENT, "60.00")), "2026-01-30");
            SettlementStatus settlement = schedule.settlement().orElseThrow();
            assertEquals(m("60.00"), settlement.toPay());
            assertEquals(m("20.00"), settlement.received());
            assertTrue(settlement.paidInFull().isEmpty());
            assertEquals(m("40.00"), schedule.owedNow());
            assertEquals("Settlement agreed on 20 Jan 2026: £20.00 of £60.00 has arrived; £40.00 has not. If it does "
                    + "not arrive, tell the CMS.", settlement.warning().orElseThrow());
            // £40 more on 29 Jan: paid in full, no warning.
            ArrearsSchedule paid = Build.schedule(FIFTY_WEEKLY, List.of(pay("2026-01-26", "50.00"),
                    pay("2026-01-27", "20.00"), pay("2026-01-29", "40.00")),
                    List.of(adjust("2026-01-20", AdjustmentKind.PART_PAYMENT_SETTLEMENT, "60.00")), "2026-01-30");
            assertEquals(d("2026-01-29"), paid.settlement().orElseThrow().paidInFull().orElseThrow());
            assertTrue(paid.settlement().orElseThrow().warning().isEmpty());
        }

        @ParameterizedTest(name = "older than {0} months: £{1}")
        @CsvSource({"1, 100.00", "3, 0.00"})
        void owedOlderThan(int months, String older) {
            // £50 weekly, 5 Jan to 16 Feb 2026 (7 dues), nothing paid: 350 owed on 16 Feb. Oldest first, what is
            // owed is the newest dues. A month back is 16 Jan: the dues after it (19, 26 Jan, 2, 9, 16 Feb) are 250,
            // so 100 (5 and 12 Jan) is older than a month. Three months back every due is newer: 0.
            ArrearsSchedule schedule = Build.schedule(FIFTY_WEEKLY, List.of(), List.of(), "2026-02-16");
            assertEquals(m("350.00"), schedule.owedNow());
            assertEquals(m(older), schedule.owedOlderThanMonths(months));
        }
    }

    @Test
    @DisplayName("expected and received by month, with empty months")
    void byMonth() {
        // £100 monthly on the 31st from 31 Jan 2027: dues 31 Jan, 28 Feb, 31 Mar. Paid £100 on 2 Feb, £50 on
        // 28 Feb. As of 15 Apr: Jan 100/100 (2 Feb's money paid January's due: received is by the due it paid),
        // Feb 100/50, Mar 100/0, Apr 0/0.
        ArrearsSchedule schedule = Build.schedule(List.of(Build.plan("100", PaymentFrequency.MONTHLY, "2027-01-31")),
                List.of(pay("2027-02-02", "100"), pay("2027-02-28", "50")), List.of(), "2027-04-15");
        List<String> rows = new ArrayList<>();
        schedule.expectedVsReceivedByMonth().forEach((month, totals) -> rows.add(month + " "
                + totals.expected().toPlainString() + " " + totals.received().toPlainString()));
        assertEquals(List.of("2027-01 100.00 100.00", "2027-02 100.00 50.00", "2027-03 100.00 0.00",
                "2027-04 0.00 0.00"), rows);
        assertEquals(YearMonth.of(2027, 1), schedule.expectedVsReceivedByMonth().keySet().iterator().next());
    }
}
