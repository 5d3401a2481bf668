package uk.cml.ui.caseinfo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.cml.domain.arrears.FeeRule;

/** The Case page's model of the latest Collect and Pay rate's first day, without a window. */
class LatestRateModelTest {

    private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
    private static final FeeRule CUT = FeeRule.of(new BigDecimal("4")).withRateFrom(MARCH_1, new BigDecimal("2"));

    @Test
    void aRateUnchangedSinceTheStartHasNoDayToCorrect() {
        assertFalse(new LatestRate(FeeRule.of(new BigDecimal("4"))).canCorrect());
        assertFalse(new LatestRate(FeeRule.NONE).canCorrect());
        assertTrue(new LatestRate(CUT).canCorrect());
    }

    @Test
    void theWordsNameTheLatestRate() {
        assertEquals("Correct the day the 2% fee began", new LatestRate(CUT).correctText());
        assertEquals("Day the 2.5% fee began", new LatestRate(CUT.withRateFrom(LocalDate.of(2026, 6, 1),
                new BigDecimal("2.50"))).label());
    }

    @Test
    void theDayIsCheckedBesideTheField() {
        LatestRate rate = new LatestRate(CUT);
        assertEquals(Optional.of("This is not a date the app can read. Enter it like 01/03/2027."),
                rate.problem(Optional.empty(), true));
        assertEquals(Optional.of("Enter the day the fee began, like 01/03/2027."), rate.problem(Optional.empty(), false));
        assertEquals(Optional.empty(), rate.problem(Optional.of(LocalDate.of(2020, 1, 1)), false),
                "4% from the start: any earlier day");
        assertEquals(Optional.empty(), rate.problem(Optional.of(LocalDate.of(2027, 4, 1)), false),
                "a cut announced for a later day may be recorded ahead");
        LatestRate twice = new LatestRate(CUT.withRateFrom(LocalDate.of(2026, 6, 1), new BigDecimal("3"))
                .withRateFrom(LocalDate.of(2026, 7, 1), new BigDecimal("3")));
        assertEquals(Optional.of("Your records show 2% from 1 Mar 2026. Enter a later day."),
                twice.problem(Optional.of(MARCH_1), false));
        assertEquals(Optional.empty(), twice.problem(Optional.of(MARCH_1.plusDays(1)), false));
    }
}
