package uk.cml.ui.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.AdjustmentKind;

/** An arrears change's amount is read by the same rules as a payment's: commas only between thousands. */
class AdjustmentChecksTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static Map<String, String> check(AdjustmentKind kind, String amount) {
        return AdjustmentChecks.problems(kind, Optional.of(TODAY), false, amount, TODAY);
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', value = {
        "'12,50' | Write pence after a full stop, for example 12.50. Use a comma only to separate thousands, as in "
            + "1,250.00.",
        "'1,00'  | Write pence after a full stop, for example 12.50. Use a comma only to separate thousands, as in "
            + "1,250.00.",
        "''      | Enter the amount, for example 43.21.",
        "12.345  | Use pounds and pence with no more than two numbers after the point, for example 43.21.",
        "lots    | Enter the amount in pounds and pence, using numbers only, for example 43.21.",
        "100000.01 | This is more than £100,000.00, the most the app accepts for one amount. Check the amount.",
        "0       | Enter an amount more than £0.00.",
    })
    void explainsAnAmountItCannotTake(String amount, String problem) {
        assertEquals(Map.of(AdjustmentChecks.AMOUNT, problem), check(AdjustmentKind.WRITE_OFF, amount));
    }

    @ParameterizedTest(name = "''{0}'' is {1}p")
    @CsvSource(delimiter = '|', value = {"'1,250.00' | 125000", "'1,250' | 125000", "'£2,000' | 200000",
        "250 | 25000"})
    void readsThousandsSeparators(String amount, long pence) {
        assertTrue(check(AdjustmentKind.WRITE_OFF, amount).isEmpty());
        assertEquals(Money.ofPence(pence), AdjustmentChecks.amount(amount));
    }

    @ParameterizedTest
    @CsvSource({"CMS_CONFIRMED_FIGURE", "PART_PAYMENT_SETTLEMENT"})
    void aCmsFigureOrASettlementMayBeZero(AdjustmentKind kind) {
        assertTrue(check(kind, "0.00").isEmpty());
    }

    @org.junit.jupiter.api.Test
    void aNoteTooLongIsNamedBesideTheNote() {
        assertEquals(Map.of(), AdjustmentChecks.problems(AdjustmentKind.WRITE_OFF, Optional.of(TODAY), false, "10.00",
                "n".repeat(5_000), TODAY));
        assertEquals(Map.of(AdjustmentChecks.NOTE, "This is too long: it has 5,001 characters and the limit is 5,000. "
                + "Shorten it."), AdjustmentChecks.problems(AdjustmentKind.WRITE_OFF, Optional.of(TODAY), false,
                "10.00", "n".repeat(5_001), TODAY));
    }

    @org.junit.jupiter.api.Test
    void aCmsFiguresDateIsTheDayItIsAsAt() {
        assertTrue(AdjustmentChecks.dateHint(AdjustmentKind.CMS_CONFIRMED_FIGURE).contains("\"as at\""));
        assertEquals("The date on the CMS letter or agreement.", AdjustmentChecks.dateHint(AdjustmentKind.WRITE_OFF));
        assertEquals(Map.of(AdjustmentChecks.DATE, "Enter the date the CMS letter gives the arrears \"as at\". It may "
                + "be before the date on the letter."), AdjustmentChecks.problems(AdjustmentKind.CMS_CONFIRMED_FIGURE,
                Optional.empty(), false, "10.00", TODAY));
        assertEquals(Map.of(AdjustmentChecks.DATE, "Enter the date of the change, as the CMS letter or agreement "
                + "gives it."), AdjustmentChecks.problems(AdjustmentKind.OFFSET, Optional.empty(), false, "10.00",
                TODAY));
    }
}
