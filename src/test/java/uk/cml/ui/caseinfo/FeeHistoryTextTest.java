package uk.cml.ui.caseinfo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.cml.domain.arrears.FeeRule;

class FeeHistoryTextTest {

    private static final FeeRule FOUR = FeeRule.of(new BigDecimal("4"));

    @Test
    void oneRateIsJustItsPercentage() {
        assertEquals("4%", FeeHistoryText.describe(FOUR));
        assertEquals("0%", FeeHistoryText.describe(FeeRule.NONE));
    }

    @Test
    void eachRateRunsUntilTheDayBeforeTheNext() {
        FeeRule cut = FOUR.withRateFrom(LocalDate.of(2027, 3, 1), new BigDecimal("2.50"))
                .withRateFrom(LocalDate.of(2028, 1, 1), new BigDecimal("2"));
        assertEquals("4% until 28 Feb 2027, 2.5% until 31 Dec 2027, then 2%", FeeHistoryText.describe(cut));
    }

    @Test
    void aRateTheSameAsTheOneBeforeAddsNothing() {
        // An undone change leaves a rate equal to the one before it: the parent sees one rate.
        assertEquals("4%", FeeHistoryText.describe(FOUR.withRateFrom(LocalDate.of(2027, 3, 1), new BigDecimal("4.0"))));
    }

    @Test
    void theStartDateMustBeADate() {
        assertEquals(Optional.of("Enter the date the new fee starts, like 01/03/2027."),
                ArrangementForm.feeFromProblem(Optional.empty(), false));
        assertEquals(Optional.of("This is not a date the app can read. Enter it like 01/03/2027."),
                ArrangementForm.feeFromProblem(Optional.empty(), true));
        assertEquals(Optional.empty(), ArrangementForm.feeFromProblem(Optional.of(LocalDate.of(2027, 3, 1)), false));
    }
}
