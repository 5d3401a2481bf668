package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.ArrearsCalculator;
import uk.cml.domain.arrears.ArrearsSchedule;
import uk.cml.domain.arrears.FeeRule;
import uk.cml.domain.arrears.Payment;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentMethod;
import uk.cml.domain.arrears.PaymentPlan;

/** "This payment was for", without a window: its choices, the one shown for a payment, and a link that went stale. */
@DisplayName("The choice of which due a payment was for")
class DueChoicesTest {

    private static final LocalDate OCT_1 = LocalDate.of(2026, 10, 1);
    private static final Payment LATE = new Payment(7, LocalDate.of(2026, 10, 26), Money.ofPence(300_00),
            PaymentMethod.BANK_TRANSFER, "OCT MAINT", "");

    private static ArrearsSchedule schedule(LocalDate firstDue, Payment... payments) {
        return new ArrearsCalculator().calculate(List.of(new PaymentPlan(0, Money.ofPence(300_00),
                PaymentFrequency.MONTHLY, firstDue, "CMS letter")), List.of(payments), List.of(),
                LocalDate.of(2026, 11, 22), FeeRule.NONE);
    }

    @Test
    @DisplayName("let the app work it out first, then every due so far, newest first, with its amount")
    void choicesNewestFirst() {
        List<DueChoices.Choice> choices = DueChoices.of(schedule(LocalDate.of(2026, 9, 1), LATE), Optional.empty());
        assertEquals(List.of("Let the app work it out", "1 Nov 2026, £300.00 due", "1 Oct 2026, £300.00 due",
                "1 Sep 2026, £300.00 due"), choices.stream().map(DueChoices.Choice::label).toList());
        assertEquals(DueChoices.LET_THE_APP, DueChoices.find(choices, Optional.empty()));
        assertEquals("1 Oct 2026, £300.00 due", DueChoices.find(choices, Optional.of(OCT_1)).label());
    }

    @Test
    @DisplayName("a linked payment shows its due in the list of payments and in the form")
    void linkedPayment() {
        Payment linked = LATE.linkedTo(Optional.of(OCT_1));
        ArrearsSchedule schedule = schedule(LocalDate.of(2026, 9, 1), linked);
        assertEquals("1 Oct 2026", DueChoices.column(linked, schedule));
        assertEquals("", DueChoices.column(LATE, schedule), "matched by date: nothing to say");
        assertEquals("", DueChoices.warning(linked.forDue(), schedule));
    }

    @Test
    @DisplayName("a link to a date the plan no longer has is kept as a choice, said so in the list and beside the form")
    void staleLink() {
        // The plan moved to the 3rd of each month after the payment was linked to 1 Oct.
        Payment stale = LATE.linkedTo(Optional.of(OCT_1));
        ArrearsSchedule schedule = schedule(LocalDate.of(2026, 9, 3), stale);
        List<DueChoices.Choice> choices = DueChoices.of(schedule, stale.forDue());
        assertEquals("1 Oct 2026 (no longer a due)", DueChoices.find(choices, stale.forDue()).label());
        assertEquals(List.of("Let the app work it out", "1 Oct 2026 (no longer a due)", "3 Nov 2026, £300.00 due",
                "3 Oct 2026, £300.00 due", "3 Sep 2026, £300.00 due"),
                choices.stream().map(DueChoices.Choice::label).toList());
        assertEquals("No longer a due", DueChoices.column(stale, schedule));
        assertEquals("This payment is linked to the due on 1 Oct 2026, which is no longer a due because a payment "
                + "plan changed. The app matches it by its date instead. Choose the due it was for, or let the app "
                + "work it out.", DueChoices.warning(stale.forDue(), schedule));
    }
}
