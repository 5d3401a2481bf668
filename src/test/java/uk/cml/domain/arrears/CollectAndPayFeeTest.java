package uk.cml.domain.arrears;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.cml.domain.arrears.Build.d;
import static uk.cml.domain.arrears.Build.m;
import static uk.cml.domain.arrears.Build.pay;
import static uk.cml.domain.arrears.Build.weekly;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import uk.cml.domain.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Collect and Pay fee: per due payment, rounded half-up to the penny")
class CollectAndPayFeeTest {

    @ParameterizedTest(name = "{0}% of £{1} = £{2}, expected £{3}")
    @CsvSource({
        "4, 43.21, 1.73, 41.48",  // 172.84p -> 173p
        "4, 10.13, 0.41, 9.72",   // 40.52p -> 41p
        "4, 12.50, 0.50, 12.00",  // exactly 50p
        "2, 10.25, 0.21, 10.04",  // 20.5p -> 21p: half-up (half-even would give 20p)
        "2, 0.25, 0.01, 0.24",    // 0.5p -> 1p
        "2, 43.21, 0.86, 42.35",  // 86.42p -> 86p
        "0, 43.21, 0.00, 43.21",
    })
    void feeAndExpected(String percent, String due, String fee, String expected) {
        FeeRule rule = FeeRule.of(new BigDecimal(percent));
        assertEquals(m(fee), rule.feeOn(d("2026-01-05"), m(due)));
        Due first = DueGenerator.dueUpTo(List.of(weekly(due, "2026-01-05")), d("2026-01-05"), rule).get(0);
        assertEquals(m(expected), first.expected());
    }

    @Test
    void feeIsTakenFromEachDueNotFromTheTotal() {
        // Four dues of £43.21 at 4%: 4 x £1.73 = £6.92 in fees, £165.92 expected.
        // (4% of the £172.84 total would be £6.91: the per-due rule is deliberate.)
        ArrearsSchedule schedule = new ArrearsCalculator().calculate(List.of(weekly("43.21", "2026-01-05")),
                List.of(), List.of(), d("2026-01-26"), FeeRule.of(new BigDecimal("4")));
        assertEquals(m("165.92"), schedule.totalDue());
        assertEquals(m("165.92"), schedule.owedNow());
    }

    @Test
    void feeCanChangeOnADate() {
        // 4% until 18 Jan, 2% from 19 Jan: expected 41.48, 41.48, then 43.21 - 0.86 = 42.35.
        FeeRule rule = FeeRule.of(new BigDecimal("4")).withRateFrom(d("2026-01-19"), new BigDecimal("2"));
        List<Money> expected = DueGenerator.dueUpTo(List.of(weekly("43.21", "2026-01-05")), d("2026-01-19"), rule)
                .stream().map(Due::expected).toList();
        assertEquals(List.of(m("41.48"), m("41.48"), m("42.35")), expected);
    }

    @Test
    void scheduleComparesPaymentsWithTheAmountAfterTheFee() {
        // Received £41.48 on 5 Jan: paid in full. £41.00 on 12 Jan: 48p short.
        ArrearsSchedule schedule = new ArrearsCalculator().calculate(List.of(weekly("43.21", "2026-01-05")),
                List.of(pay("2026-01-05", "41.48"), pay("2026-01-12", "41.00")), List.of(), d("2026-01-12"),
                FeeRule.of(Optional.of(new BigDecimal("4"))));
        ScheduleLine first = schedule.lines().get(0);
        assertEquals(LineStatus.PAID, first.status());
        assertEquals(m("1.73"), first.fee());
        assertEquals("Maintenance due (weekly): £43.21 less £1.73 Collect and Pay fee", first.description());
        ScheduleLine second = schedule.lines().get(2);
        assertEquals(LineStatus.PART_PAID, second.status());
        assertEquals(m("0.48"), second.shortBy());
        assertEquals(m("0.48"), schedule.owedNow());
    }

    @Test
    void noFeeWhenEmpty() {
        assertTrue(FeeRule.of(Optional.empty()).percentFrom().isEmpty());
        assertEquals(m("0.00"), FeeRule.NONE.feeOn(d("2026-01-05"), m("43.21")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "100", "150"})
    void refusesImpossibleRates(String percent) {
        assertThrows(IllegalArgumentException.class, () -> FeeRule.of(new BigDecimal(percent)));
    }
}
