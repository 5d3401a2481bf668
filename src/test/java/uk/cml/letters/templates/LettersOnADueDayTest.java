package uk.cml.letters.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
import uk.cml.domain.caseinfo.Arrangement;

/**
 * A letter written on a payment's due day: the paying parent still has the rest of the day, so that due is not in
 * the total owed nor in the list of payments due; the letter says apart that it is also due today. £250.00 due on the
 * 1st of each month from 1 Oct 2026, nothing paid; the letters are written on Tuesday 1 Dec 2026.
 */
@DisplayName("A letter written on a due day counts only the dues whose day is over")
class LettersOnADueDayTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    static ArrearsSchedule schedule(List<Payment> payments, LocalDate asOf) {
        return new ArrearsCalculator().calculate(List.of(new PaymentPlan(0, Money.ofPence(25000),
                PaymentFrequency.MONTHLY, LocalDate.of(2026, 10, 1), "CMS letter")), payments, List.of(), asOf,
                FeeRule.NONE);
    }

    private static String letter(LetterTemplate template, Arrangement arrangement, ArrearsSchedule schedule)
            throws IOException {
        LetterFacts complete = Facts.complete(schedule);
        LetterFacts.CaseDetails c = complete.caseDetails();
        LetterFacts facts = Facts.addressed(template, complete.toBuilder().letterDate(schedule.asOf())
                .caseDetails(new LetterFacts.CaseDetails(c.otherParentName(), c.otherParentAddress(),
                        c.cmsReference(), arrangement, c.childrenFirstNames(), c.otherParentWork(), Optional.empty(),
                        false)).build());
        return new ReadBack(template, facts).flat();
    }

    @Test
    @DisplayName("the missed-payments letter for each arrangement states £500.00, not £750.00, and lists no due of today")
    void missedPaymentsLetters() throws IOException {
        ArrearsSchedule schedule = schedule(List.of(), TODAY);
        for (Arrangement arrangement : Arrangement.values()) {
            LetterTemplate template = LetterTemplates.forMissedPayments(arrangement);
            String text = letter(template, arrangement, schedule);
            String key = template.key() + ": " + text;
            assertFalse(text.contains("£750.00"), key);
            assertTrue(text.contains("£500.00"), key);
            assertFalse(text.contains("1 Dec 2026 £250.00"), "no row for the due of today: " + key);
            assertFalse(text.contains("Due today"), key);
        }
        String report = letter(LetterTemplates.MISSED_DIRECT_PAY, Arrangement.DIRECT_PAY, schedule);
        assertTrue(report.contains("By my records on 1 Dec 2026: £500.00 is owed. Since 1 Oct 2026, "
                + "£500.00 fell due and £0.00 was paid, so the balance went from £0.00 to £500.00. The arrears "
                + "have been owed without a break since the payment due on 1 Oct 2026. A payment of £250.00 is also due today, "
                + "1 Dec 2026. It is not counted here, as it is not missed yet."), report);
        assertTrue(report.contains("Total £500.00 £0.00"), report);
    }

    @Test
    @DisplayName("the other arrears letters give the arrears without the due of today")
    void otherArrearsLetters() throws IOException {
        ArrearsSchedule schedule = schedule(List.of(), TODAY);
        for (LetterTemplate template : List.of(LetterTemplates.ENFORCEMENT_REQUEST, LetterTemplates.COLLECT_AND_PAY,
                LetterTemplates.ARREARS_BREAKDOWN, LetterTemplates.COLLECTION_COMPLAINT,
                LetterTemplates.SETTLEMENT_REPLY)) {
            String text = letter(template, Arrangement.DIRECT_PAY, schedule);
            assertFalse(text.contains("£750.00"), template.key() + ": " + text);
        }
    }

    @Test
    @DisplayName("part of today's due arrived: it is said apart, and not as money gone to the dues listed")
    void partArrivedToday() throws IOException {
        ArrearsSchedule schedule = schedule(List.of(new Payment(0, TODAY, Money.ofPence(10000),
                PaymentMethod.BANK_TRANSFER, "", "")), TODAY);
        String text = letter(LetterTemplates.MISSED_DIRECT_PAY, Arrangement.DIRECT_PAY, schedule);
        // The £100.00 arrived since 1 October, as the bank statement shows, though it is counted for today's due.
        assertTrue(text.contains("£500.00 is owed. Since 1 Oct 2026, £500.00 fell due and £100.00 was paid. "), text);
        assertFalse(text.contains("£0.00 was paid"), text);
        assertTrue(text.contains("A payment of £250.00 is also due today, 1 Dec 2026. It is not counted here, "
                + "as it is not missed yet. £100.00 of it has arrived so far."), text);
        assertTrue(text.contains("Matched by date, all of the £100.00 received went to the payment due today, "
                + "1 Dec 2026."), text);
        assertFalse(text.contains("went to the payments due listed above"), text);
    }

    @Test
    @DisplayName("the next day the due is missed and counted, and nothing is said about today")
    void theNextDay() throws IOException {
        String text = letter(LetterTemplates.MISSED_DIRECT_PAY, Arrangement.DIRECT_PAY,
                schedule(List.of(), TODAY.plusDays(1)));
        assertTrue(text.contains("£750.00 is owed."), text);
        assertFalse(text.contains("also due"), text);
    }

    @Test
    @DisplayName("the arrears figure the screens show is the letters' figure")
    void sameFigureAsTheScreen() {
        ArrearsSchedule schedule = schedule(List.of(), TODAY);
        assertEquals(Money.ofPence(50000), schedule.owedOnPassedDues());
        assertEquals(schedule.owedOnPassedDues(), ArrearsDetails.from(schedule).owedNow());
        assertEquals(Money.ofPence(75000), schedule(List.of(), TODAY.plusDays(1)).owedOnPassedDues());
    }
}
