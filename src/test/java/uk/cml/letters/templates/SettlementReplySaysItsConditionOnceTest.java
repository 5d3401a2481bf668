package uk.cml.letters.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;

/**
 * Accepting a part payment in full and final settlement states the condition that the money must arrive once: the
 * parent's own words when they typed a condition, the letter's sentence when they did not. The letter printed both
 * ("The whole amount is paid into my bank account by 20 Dec 2026." and then "I agree only if the full £318.90
 * reaches my bank account by the date agreed."), the same condition twice. What happens if it is not met (seed 000:
 * the CMS can cancel the agreement) is said once, after the conditions. Read back from the PDF.
 */
class SettlementReplySaysItsConditionOnceTest {

    private static String accepting(List<String> conditions) throws IOException {
        LetterFacts complete = Facts.complete(LetterTemplates.SETTLEMENT_REPLY);
        return new ReadBack(LetterTemplates.SETTLEMENT_REPLY, complete.toBuilder().settlement(new SettlementDetails(
                LocalDate.of(2026, 11, 17), Money.ofPence(31890), SettlementDetails.Decision.ACCEPT, conditions))
                .build()).flat();
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void theParentsTypedConditionIsTheConditionAndIsNotSaidAgain() throws IOException {
        String text = accepting(List.of("The whole amount is paid into my bank account by 20 Dec 2026"));
        assertTrue(text.contains("I accept the offer only on these conditions: • The whole amount is paid into my bank "
                + "account by 20 Dec 2026. • The payment clears the arrears only, not maintenance that falls due "
                + "after it."), text);
        assertFalse(text.contains("reaches my bank account"), text);
        assertFalse(text.contains("I agree only if"), text);
        assertEquals(1, count(text, "bank account"), text);
        assertTrue(text.contains("If the payment is not made as agreed, please cancel the agreement and collect the "
                + "full arrears."), text);
        assertEquals(1, count(text, "cancel the agreement"), text);
    }

    @Test
    void withNoTypedConditionTheLettersOwnSentenceSaysIt() throws IOException {
        String text = accepting(List.of());
        // Under "only on these conditions", not "I agree only if" a second time.
        assertTrue(text.contains("I accept the offer only on these conditions: • The full £318.90 reaches my bank "
                + "account by the date agreed. • The payment clears the arrears only, not maintenance that falls due "
                + "after it. If the payment is not made as agreed, please cancel the agreement and collect the full "
                + "arrears."), text);
        assertFalse(text.contains("I agree only if"), text);
    }
}
