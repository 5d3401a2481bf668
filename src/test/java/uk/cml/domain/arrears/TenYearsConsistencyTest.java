package uk.cml.domain.arrears;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.cml.domain.arrears.Build.d;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;

@DisplayName("Ten years of weekly dues and 3,000 payments add up")
class TenYearsConsistencyTest {

    static final LocalDate FIRST_DUE = d("2016-01-04");
    static final LocalDate AS_OF = d("2025-12-31");

    /** Fixed seed: the same data every run, so a failure can be reproduced. */
    static TenYears build(long seed) {
        Random random = new Random(seed);
        List<PaymentPlan> plans = List.of(Build.weekly("43.21", "2016-01-04"), Build.weekly("55.55", "2020-06-03"));
        List<Payment> payments = new ArrayList<>();
        LocalDate start = d("2015-12-01");
        for (int i = 0; i < 3000; i++) {
            LocalDate date = start.plusDays(random.nextInt(3800)); // a few before the first due, a few after asOf
            payments.add(new Payment(i + 1, date, Money.ofPence(1 + random.nextInt(12_000)), PaymentMethod.CASH,
                    "", ""));
        }
        List<Adjustment> adjustments = List.of(
                Build.adjust("2018-03-01", AdjustmentKind.WRITE_OFF, "300.00"),
                Build.adjust("2019-07-15", AdjustmentKind.OFFSET, "125.50"),
                Build.adjust("2021-02-01", AdjustmentKind.PART_PAYMENT_SETTLEMENT, "1000.00"),
                Build.adjust("2024-05-05", AdjustmentKind.CMS_CONFIRMED_FIGURE, "999.99"));
        FeeRule fee = FeeRule.of(new BigDecimal("4")).withRateFrom(d("2024-01-01"), new BigDecimal("2"));
        return new TenYears(plans, payments, adjustments, fee);
    }

    record TenYears(List<PaymentPlan> plans, List<Payment> payments, List<Adjustment> adjustments, FeeRule fee) {
        ArrearsSchedule calculate() {
            return new ArrearsCalculator().calculate(plans, payments, adjustments, AS_OF, fee);
        }
    }

    @Test
    void totalsAreConsistent() {
        TenYears data = build(20_260_105L);
        ArrearsSchedule schedule = data.calculate();

        // Dues worked out independently: every 7 days, £43.21 before 3 Jun 2020 and £55.55 from then. The
        // schedule works before the fee; the payments are cash, so they count as they are.
        long expectedDue = 0;
        int dueCount = 0;
        for (LocalDate date = FIRST_DUE; date.isBefore(d("2020-06-03")); date = date.plusWeeks(1)) {
            dueCount++;
            expectedDue += 4321;
        }
        for (LocalDate date = d("2020-06-03"); !date.isAfter(AS_OF); date = date.plusWeeks(1)) {
            dueCount++;
            expectedDue += 5555;
        }
        long received = data.payments().stream().filter(p -> !p.date().isAfter(AS_OF))
                .mapToLong(p -> p.amount().pence()).sum();
        // 231 Mondays, 4 Jan 2016 to 1 Jun 2020 (1,610 days = 230 weeks, plus the first), then 292 Wednesdays,
        // 3 Jun 2020 to 31 Dec 2025 (2,037 days = 291 weeks and 0 days over, plus the first).
        assertEquals(523, dueCount);
        assertEquals(dueCount, schedule.lines().size());
        assertEquals(Money.ofPence(expectedDue), schedule.totalDue());
        assertEquals(Money.ofPence(received), schedule.totalReceived());
        assertEquals(schedule.totalDue().minus(schedule.totalReceived()).minus(schedule.totalCleared()),
                schedule.owedNow());

        long shortSum = 0;
        long arrived = 0;
        LocalDate previous = LocalDate.MIN;
        for (ScheduleLine line : schedule.lines()) {
            assertTrue(line.date().isAfter(previous), "one line per due, in date order");
            previous = line.periodEnd();
            assertEquals(line.due(), line.received().plus(line.cleared()).plus(line.shortBy()));
            assertFalse(line.shortBy().isNegative());
            assertEquals(line.status().isOwed(), line.shortBy().isPositive());
            shortSum += line.shortBy().pence();
            arrived += line.arrivedInPeriod().pence();
            assertEquals(schedule.balanceOn(line.balanceOn()), line.balanceAfter());
        }
        assertEquals(received, arrived, "each payment counted once, in the period it arrived in");
        long settlement = schedule.settlement().map(s -> s.stillToArrive().pence()).orElse(0L);
        long credit = shortSum + settlement - schedule.owedNow().pence();
        assertTrue(credit >= 0 && (credit == 0 || shortSum == 0), "credit only when nothing is owed");

        long monthlyExpected = 0;
        long monthlyReceived = 0;
        for (MonthTotals totals : schedule.expectedVsReceivedByMonth().values()) {
            monthlyExpected += totals.expected().pence();
            monthlyReceived += totals.received().pence();
        }
        assertEquals(expectedDue, monthlyExpected);
        assertEquals(received, monthlyReceived);
        List<Money> series = List.copyOf(schedule.balanceSeries().values());
        assertEquals(schedule.owedNow(), series.get(series.size() - 1));
        assertTrue(schedule.cmsDifference().isPresent());
    }
}
