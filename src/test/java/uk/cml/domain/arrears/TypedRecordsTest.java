package uk.cml.domain.arrears;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.cml.domain.arrears.Build.d;
import static uk.cml.domain.arrears.Build.m;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What the parent typed is kept as typed, and each payment reads back in the list of events as it was entered. */
@DisplayName("Payments, adjustments and plans as the parent typed them")
class TypedRecordsTest {

    @Test
    void aPaymentKeepsItsReferenceAndNoteAndNothingTypedIsEmpty() {
        Payment typed = new Payment(1, d("2026-01-05"), m("50.00"), PaymentMethod.CHEQUE, "100234", "For school shoes");
        assertEquals("100234", typed.reference());
        assertEquals("For school shoes", typed.note());
        Payment blank = new Payment(2, d("2026-01-05"), m("50.00"), PaymentMethod.CASH, null, null);
        assertEquals("", blank.reference());
        assertEquals("", blank.note());
    }

    @Test
    void anAdjustmentKeepsItsNoteAndNothingTypedIsEmpty() {
        Adjustment typed = new Adjustment(1, d("2026-01-05"), AdjustmentKind.WRITE_OFF, m("20.00"), "CMS letter");
        assertEquals("CMS letter", typed.note());
        assertEquals("", new Adjustment(2, d("2026-01-05"), AdjustmentKind.OFFSET, m("20.00"), null).note());
    }

    @Test
    void aCmsFigureMayBeCreditButAReductionCannotBeNegative() {
        // The CMS may say the paying parent has paid £10.00 too much (-£10.00); a write-off, offset or settlement
        // of less than nothing makes no sense.
        assertDoesNotThrow(() -> new Adjustment(0, d("2026-01-05"), AdjustmentKind.CMS_CONFIRMED_FIGURE,
                m("-10.00"), ""));
        for (AdjustmentKind kind : List.of(AdjustmentKind.WRITE_OFF, AdjustmentKind.OFFSET,
                AdjustmentKind.PART_PAYMENT_SETTLEMENT)) {
            assertThrows(IllegalArgumentException.class,
                    () -> new Adjustment(0, d("2026-01-05"), kind, m("-10.00"), ""));
        }
    }

    @Test
    void aPlanKeepsWhereItsFigureCameFrom() {
        PaymentPlan plan = new PaymentPlan(1, m("50.00"), PaymentFrequency.WEEKLY, d("2026-01-05"),
                "CMS calculation letter dated 3 Mar 2025");
        assertEquals("CMS calculation letter dated 3 Mar 2025", plan.source());
        assertEquals("", new PaymentPlan(2, m("50.00"), PaymentFrequency.WEEKLY, d("2026-01-05"), null).source());
    }

    @Test
    void eachPaymentReadsAsItWasEnteredWithTheSumBeforeTheFeeWhenTheCmsTookOne() {
        // £50 weekly from 5 Jan 2026 under Collect and Pay at 4%. A bank transfer with a reference, cash without
        // one: both count as they are. £48.00 passed on by the CMS on 19 Jan was £50.00 collected (fee 2.00).
        List<Payment> payments = List.of(
                new Payment(1, d("2026-01-05"), m("50.00"), PaymentMethod.BANK_TRANSFER, " SO-123 ", ""),
                new Payment(2, d("2026-01-12"), m("50.00"), PaymentMethod.CASH, "", ""),
                new Payment(3, d("2026-01-19"), m("48.00"), PaymentMethod.THROUGH_CMS, "", ""));
        ArrearsSchedule schedule = new ArrearsCalculator().calculate(List.of(Build.weekly("50.00", "2026-01-05")),
                payments, List.of(), d("2026-01-19"), FeeRule.of(new BigDecimal("4")));
        assertEquals(List.of("How it came: Bank transfer, ref SO-123", "How it came: Cash",
                "How it came: Through the CMS (Collect and Pay) (£50.00 before the CMS fee)"),
                schedule.events().stream().map(ScheduleEvent::description).toList());
        assertTrue(schedule.events().stream().allMatch(ScheduleEvent::isPayment));
        assertEquals(m("0.00"), schedule.owedNow());
    }

    @Test
    void anAdjustmentIsNotAPayment() {
        ArrearsSchedule schedule = Build.schedule(List.of(Build.weekly("50.00", "2026-01-05")), List.of(),
                List.of(Build.adjust("2026-01-06", AdjustmentKind.CMS_CONFIRMED_FIGURE, "50.00")), "2026-01-06");
        assertFalse(schedule.events().get(0).isPayment());
        assertEquals(m("0.00"), schedule.totalReceived());
    }
}
