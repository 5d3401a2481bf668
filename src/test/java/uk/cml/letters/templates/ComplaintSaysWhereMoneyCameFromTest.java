package uk.cml.letters.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
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
import uk.cml.domain.caseinfo.ArrangementHistory;

/**
 * A reviewer's weekly Direct Pay case (rv2): £48.20 on Fridays from 4 Sep 2026, £52.75 from 6 Nov; nothing for 25
 * Sep, £20.00 on 9 Oct, £96.40 on 13 Nov. The complaint said "25 Sep 2026: £48.20 was due. Part paid: £15.45
 * arrived 49 days late; £32.75 still owed." No £15.45 ever arrived: it is a piece of the £96.40 of 13 Nov that the
 * matching counted towards 25 Sep, and the 9 Oct shortfall it cleared was gone from the letter with no word why.
 * Every line now names the payment a bank statement shows, and the matching is said as the other letters say it.
 * Since extra money pays the oldest due still owed first (6 Dec 2026), the piece is £43.65 to 25 Sep (the oldest),
 * and 9 Oct keeps its £28.20 shortfall; the piece still names the whole £96.40.
 */
@DisplayName("A complaint's dues still owed name the payment the money came from, and how it was matched")
class ComplaintSaysWhereMoneyCameFromTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    private static Payment pay(int month, int day, long pence) {
        return new Payment(0, LocalDate.of(2026, month, day), Money.ofPence(pence), PaymentMethod.BANK_TRANSFER, "",
                "");
    }

    static ArrearsSchedule rv2() {
        List<Payment> payments = new ArrayList<>(List.of(pay(9, 4, 4820), pay(9, 12, 4820), pay(9, 18, 4820),
                pay(10, 2, 4820), pay(10, 9, 2000), pay(10, 16, 4820), pay(10, 26, 4820), pay(10, 30, 4820),
                pay(11, 6, 5275), pay(11, 13, 9640), pay(11, 27, 5275), pay(12, 4, 5275)));
        return new ArrearsCalculator().calculate(List.of(
                new PaymentPlan(0, Money.ofPence(4820), PaymentFrequency.WEEKLY, LocalDate.of(2026, 9, 4), "CMS"),
                new PaymentPlan(0, Money.ofPence(5275), PaymentFrequency.WEEKLY, LocalDate.of(2026, 11, 6), "CMS")),
                payments, List.of(), TODAY, FeeRule.NONE);
    }

    private static String letter(LetterTemplate template) throws IOException {
        ArrearsDetails arrears = ArrearsDetails.from(rv2(), ArrangementHistory.since(Arrangement.DIRECT_PAY),
                Optional.of(TODAY));
        LetterFacts facts = Facts.complete(template).toBuilder().letterDate(TODAY).arrears(arrears).build();
        return new ReadBack(template, Facts.addressed(template, facts)).flat();
    }

    @Test
    @DisplayName("the schedule's own words for 25 Sep name the £96.40 of 13 Nov, not a £43.65 that never came")
    void statusNamesTheWholePayment() {
        var sep25 = rv2().lines().stream().filter(l -> l.date().equals(LocalDate.of(2026, 9, 25))).findFirst()
                .orElseThrow();
        assertEquals("Part paid: £43.65 of the £96.40 that arrived on 13 Nov 2026 counts towards it (49 days late); "
                + "£4.55 still owed", sep25.statusText());
        var oct9 = rv2().lines().stream().filter(l -> l.date().equals(LocalDate.of(2026, 10, 9))).findFirst()
                .orElseThrow();
        assertEquals("Part paid: £20.00 arrived on time; £28.20 still owed", oct9.statusText(),
                "the oldest, 25 Sep, took what was over 13 Nov's due");
    }

    @Test
    @DisplayName("the complaint names the £96.40 and says how the money was matched, as the other letters do")
    void complaintSaysWhereItCameFrom() throws IOException {
        String text = letter(LetterTemplates.COLLECTION_COMPLAINT);
        assertTrue(text.contains("25 Sep 2026: £48.20 was due. Part paid: £43.65 of the £96.40 that arrived on "
                + "13 Nov 2026 counts towards it (49 days late); £4.55 still owed."), text);
        assertFalse(text.contains("£43.65 arrived"), text);
        assertTrue(text.contains("How I matched the money: a payment counts for the payment due on the day it "
                + "arrived, or the latest one due before that."), text);
    }

    @Test
    @DisplayName("the letters with a table of dues say the same words of 25 Sep")
    void tablesSayTheSame() throws IOException {
        for (LetterTemplate template : List.of(LetterTemplates.MISSED_DIRECT_PAY, LetterTemplates.COLLECT_AND_PAY)) {
            String text = letter(template);
            assertTrue(text.contains("£43.65 of the £96.40 that arrived on 13 Nov 2026 counts towards it (49 days "
                    + "late)"), template.fileTitle() + ": " + text);
            assertFalse(text.contains("£43.65 arrived"), text);
            assertTrue(text.contains("How I matched the money:"), text);
        }
    }
}
