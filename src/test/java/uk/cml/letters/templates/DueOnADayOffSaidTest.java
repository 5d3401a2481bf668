package uk.cml.letters.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

/**
 * A reviewer's case: a due on a bank holiday paid on the next working day was "Paid" with no reason, so a CMS officer
 * holding the bank statement saw money days after the due's date marked on time; and a credit printed "-£28.00" where
 * the app says "In credit £28.00". Read back from the letter a caseworker would hold.
 */
class DueOnADayOffSaidTest {

    /**
     * Worked by hand: £50.00 a week on Mondays from Mon 31 Aug 2026, the summer bank holiday (on time by Tue 1 Sep).
     * Paid Tue 1 Sep £50.00, Mon 7 Sep £50.00, Mon 14 Sep £78.00 (£28.00 over: in credit £28.00 until 21 Sep), Mon 21
     * Sep £22.00 (with the credit, paid); nothing from 28 Sep: 8 dues to 16 Nov, £400.00 owed on 22 Nov.
     */
    static ArrearsSchedule summerBankHoliday() {
        List<Payment> paid = new ArrayList<>();
        paid.add(pay(LocalDate.of(2026, 9, 1), 5000));
        paid.add(pay(LocalDate.of(2026, 9, 7), 5000));
        paid.add(pay(LocalDate.of(2026, 9, 14), 7800));
        paid.add(pay(LocalDate.of(2026, 9, 21), 2200));
        return new ArrearsCalculator().calculate(List.of(new PaymentPlan(0, Money.ofPence(5000),
                PaymentFrequency.WEEKLY, LocalDate.of(2026, 8, 31), "CMS letter")), paid, List.of(), Facts.DATE,
                FeeRule.NONE);
    }

    private static Payment pay(LocalDate date, long pence) {
        return new Payment(0, date, Money.ofPence(pence), PaymentMethod.BANK_TRANSFER, "", "");
    }

    @Test
    @DisplayName("a due on the summer bank holiday paid the next working day says why it is on time, and the rule is said once")
    void bankHolidayPaidNextWorkingDay() throws IOException {
        ReadBack pdf = new ReadBack(LetterTemplates.MISSED_DIRECT_PAY, Facts.complete(LetterTemplates.MISSED_DIRECT_PAY)
                .toBuilder().arrears(ArrearsDetails.from(summerBankHoliday())).build());
        assertEquals("31 Aug 2026 Paid (due on the Summer bank holiday; on time by the next working day, 1 Sep 2026)",
                RowText.row(pdf.text(), "31 Aug 2026"), pdf.text());
        // Paid on its own day: nothing to explain.
        assertEquals("7 Sep 2026 Paid", RowText.row(pdf.text(), "7 Sep 2026"), pdf.text());
        String rule = "A payment due on a weekend or bank holiday is on time if it arrives by the next working day.";
        assertTrue(pdf.flat().contains(rule), pdf.flat());
        assertEquals(pdf.flat().indexOf(rule), pdf.flat().lastIndexOf(rule), "said once: " + pdf.flat());
    }

    @Test
    @DisplayName("a balance in credit reads \"In credit £28.00\", as the app says it, never \"-£28.00\"")
    void creditAsTheAppSaysIt() throws IOException {
        ReadBack pdf = new ReadBack(LetterTemplates.MISSED_DIRECT_PAY, Facts.complete(LetterTemplates.MISSED_DIRECT_PAY)
                .toBuilder().arrears(ArrearsDetails.from(summerBankHoliday())).build());
        assertFalse(pdf.flat().contains("-£"), pdf.flat());
        assertTrue(RowText.row(pdf.text(), "14 Sep 2026").endsWith("Paid In credit"), RowText.row(pdf.text(), "14 Sep 2026"));
        assertTrue(RowText.rowWithAmounts(pdf.text(), "14 Sep 2026").matches("14 Sep 2026 £50\\.00 £50\\.00 Paid In credit ?"
                + "£28\\.00"), RowText.rowWithAmounts(pdf.text(), "14 Sep 2026"));
        assertFalse(pdf.flat().contains("a minus balance"), pdf.flat());
    }
}
