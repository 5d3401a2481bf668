package uk.cml.domain.arrears;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.cml.domain.arrears.Build.d;
import static uk.cml.domain.arrears.Build.m;
import static uk.cml.domain.arrears.Build.weekly;

import java.math.BigDecimal;
import java.util.List;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;

@DisplayName("Collect and Pay: each part of a payment says its own share after the fee, and the shares add up")
class CollectAndPaySharesTest {

    /** The reviewer's case: £45.00 weekly from 7 Sep 2026, £38.50 from 9 Nov, 4% fee, four sums from the CMS. */
    static ArrearsSchedule reviewerCase(String asOf) {
        Payment forTwelfth = new Payment(0, d("2026-10-16"), m("45.00"), PaymentMethod.THROUGH_CMS, "", "",
                Optional.of(d("2026-10-12")));
        return new ArrearsCalculator().calculate(
                List.of(weekly("45.00", "2026-09-07"), weekly("38.50", "2026-11-09")),
                List.of(Build.viaCms("2026-09-14", "45.00"), Build.viaCms("2026-09-21", "45.00"),
                        Build.viaCms("2026-10-05", "20.00"), forTwelfth),
                List.of(), d(asOf), FeeRule.of(new BigDecimal("4")));
    }

    @Test
    void aPartSaysItsOwnShareAfterTheFeeNotTheWholePayments() {
        // £45.00 arrived on 14 Sep: worked back, £46.88 was collected. £45.00 of it paid the 14 Sep due and £1.88 went
        // to the 7 Sep due. After the fee that is £43.20 (45.00 - 1.80) and £1.80 (1.88 - 0.08): £45.00 in all.
        ArrearsSchedule s = reviewerCase("2026-12-05");
        // Beside the After fee column, whose heading names the fee, the shorter words (paycols: 1024 wide). What
        // arrived is what reached the parent (it read "£45.00 of £46.88", the CMS's figures before its fee): a share
        // that is the column's £43.20 needs no more; one that is not names what the CMS counted for it.
        assertEquals("£43.20 of £45.00 on 14 Sep 2026", line(s, "2026-09-14").arrivedTextBesideExpected());
        assertEquals("£43.20 of £45.00 on 14 Sep 2026 (£45.00 of £46.88 before the CMS fee) + £1.80 towards arrears",
                line(s, "2026-09-14").arrivedText());
        // 16 Oct's £1.88 over 12 Oct's due goes to the oldest due still owed, 7 Sep, as 14 and 21 Sep's did.
        assertEquals("£1.80 of £45.00 on 14 Sep 2026 (towards arrears, £1.88 of £46.88 before fee); "
                + "£1.80 of £45.00 on 21 Sep 2026 (towards arrears, £1.88 of £46.88 before fee); "
                + "£1.80 of £45.00 on 16 Oct 2026 (towards arrears, £1.88 of £46.88 before fee)",
                line(s, "2026-09-07").arrivedTextBesideExpected());
        // A whole payment too.
        assertEquals("£20.00 on 5 Oct 2026 (£20.83 before fee)", line(s, "2026-10-05").arrivedTextBesideExpected());
    }

    @Test
    void thePartsSharesAddUpToWhatArrivedNoPennyLost() {
        ArrearsSchedule s = reviewerCase("2026-12-05");
        java.util.Map<LocalDate, Long> shares = new java.util.TreeMap<>();
        for (ScheduleLine line : s.lines()) {
            for (Arrival a : line.arrivals()) {
                shares.merge(a.date(), a.share().pence(), Long::sum);
            }
        }
        assertEquals(java.util.Map.of(d("2026-09-14"), 4500L, d("2026-09-21"), 4500L, d("2026-10-05"), 2000L,
                d("2026-10-16"), 4500L), shares);
    }

    @Test
    void theFigureAfterTheFeeIsTheAfterFeeDuesLessWhatArrived() {
        // Nine dues of £45.00 (£43.20 each after the fee) and four of £38.50 (£36.96): £536.64 after the fee, less the
        // £155.00 that arrived: £381.64, as the After fee column and what arrived add up. Worked before as the owed
        // part of each due less a fee of its own, it came to £381.63.
        ArrearsSchedule s = reviewerCase("2026-12-05");
        assertEquals(m("397.53"), s.owedNow());
        assertEquals(m("381.64"), s.owedOnPassedDuesAfterFee());
        for (String asOf : List.of("2026-09-27", "2026-10-11", "2026-10-25", "2026-11-08", "2026-11-22")) {
            ArrearsSchedule at = reviewerCase(asOf);
            long expected = 0;
            for (ScheduleLine line : at.lines()) {
                expected += line.expected().pence();
            }
            for (ReceivedPayment p : at.received(d("2026-09-01"), at.asOf())) {
                expected -= p.received().pence();
            }
            assertEquals(Money.ofPence(expected), at.owedOnPassedDuesAfterFee(), "as of " + asOf);
        }
    }

    private static ScheduleLine line(ArrearsSchedule s, String date) {
        return s.lines().stream().filter(l -> l.date().equals(d(date))).findFirst().orElseThrow();
    }
}
