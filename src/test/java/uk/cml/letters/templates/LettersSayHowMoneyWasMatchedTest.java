package uk.cml.letters.templates;

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

/**
 * The sentences that say how the payments were matched to the payments due: short, in the order DueMatcher takes
 * them, and "matched by date" only when no payment was linked by the parent to the due it was for. Read back from
 * the PDF a parent would post.
 */
@DisplayName("Letters say how the money was matched, in short sentences that are true of the matching")
class LettersSayHowMoneyWasMatchedTest {

    private static final PaymentPlan MONTHLY_100 = new PaymentPlan(0, Money.ofPence(10000), PaymentFrequency.MONTHLY,
            LocalDate.of(2026, 8, 1), "CMS letter");

    private static Payment pay(String date, long pounds) {
        return new Payment(0, LocalDate.parse(date), Money.ofPence(pounds * 100), PaymentMethod.BANK_TRANSFER, "",
                "");
    }

    private static String letter(List<Payment> payments) throws IOException {
        ArrearsSchedule schedule = new ArrearsCalculator().calculate(List.of(MONTHLY_100), payments, List.of(),
                Facts.DATE, FeeRule.NONE);
        LetterTemplate template = LetterTemplates.MISSED_DIRECT_PAY;
        return new ReadBack(template, Facts.complete(template).toBuilder().arrears(ArrearsDetails.from(schedule))
                .build()).flat();
    }

    @Test
    @DisplayName("monthly dues: money counts for its day's due, or one due up to 7 days later; linked first; the rest")
    void matchingInShortSentences() throws IOException {
        String text = letter(List.of(pay("2026-09-01", 100), pay("2026-10-01", 100)));
        assertTrue(text.contains("How I matched the money: a payment counts for the payment due on the day it "
                + "arrived, or the latest one due before that. Money that arrives up to 7 days before a payment is due "
                + "counts for that one instead. If I know which payment it was for, it counts for that one first. "
                + "Anything left over pays the oldest payment still owed, then the next oldest. Anything left after that is "
                + "kept for the next payments due."), text);
        assertFalse(text.contains("I matched each payment to the latest payment due by"), text);
    }

    @Test
    @DisplayName("with no payment linked to a due, the money is said to be matched by date")
    void matchedByDate() throws IOException {
        String text = letter(List.of(pay("2026-09-01", 100), pay("2026-10-26", 200)));
        assertTrue(text.contains("Matched by date, all of the £300.00 received went to the payments due listed "
                + "above."), text);
    }

    @Test
    @DisplayName("a payment linked to the due it was for is not said to be matched by date")
    void linkedNotByDate() throws IOException {
        // August missed. £200 on 26 Oct, inside November's 7 early days, which the parent says was for October (paid
        // late): by date it would have paid November first.
        String text = letter(List.of(pay("2026-09-01", 100),
                pay("2026-10-26", 200).linkedTo(Optional.of(LocalDate.of(2026, 10, 1)))));
        assertTrue(text.contains("Matched by date, or to the payment it was for where that is known, all of the "
                + "£300.00 received went to the payments due listed above."), text);
        assertFalse(text.contains("Matched by date, all of"), text);
    }
}
