package uk.cml.domain.correspondence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;

/** The checks on the arrears figure a received letter gives, each said beside its own field. */
class StatedArrearsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final Optional<LocalDate> DATED = Optional.of(LocalDate.of(2026, 10, 10));
    static final Optional<LocalDate> ARRIVED = Optional.of(LocalDate.of(2026, 10, 14));

    private static Map<String, String> check(String amount, LocalDate asAt, Optional<LocalDate> dated) {
        return StatedArrears.problems(amount, Optional.ofNullable(asAt), false, dated, ARRIVED, TODAY);
    }

    @Test
    void noFigureTypedMeansTheLetterGivesNoneAndTheDayIsNotLookedAt() {
        assertEquals(Map.of(), check("  ", null, DATED));
        assertEquals(Optional.empty(), StatedArrears.read("", Optional.empty()));
    }

    @Test
    void aFigureAsAtTheLettersDateOrBeforeWillDo() {
        assertEquals(Map.of(), check("310.50", LocalDate.of(2026, 10, 10), DATED));
        assertEquals(Map.of(), check("£0.00", LocalDate.of(2026, 10, 4), DATED));
        assertEquals(Optional.of(new StatedArrears(Money.ofPence(31050), LocalDate.of(2026, 10, 4))),
                StatedArrears.read("310.50", Optional.of(LocalDate.of(2026, 10, 4))));
    }

    @Test
    void aDayAfterTheLettersDateIsRefused() {
        assertEquals("This is after the date on the letter (10 Oct 2026). A letter gives arrears as at its own date "
                + "or before: check both dates.", check("310.50", LocalDate.of(2026, 10, 11), DATED)
                .get(StatedArrears.AS_AT));
    }

    @Test
    void anUndatedLettersDayIsCheckedAgainstTheDayItArrived() {
        assertEquals(Map.of(), check("310.50", LocalDate.of(2026, 10, 14), Optional.empty()));
        assertEquals("This is after the day the letter arrived (14 Oct 2026). Check both dates.",
                check("310.50", LocalDate.of(2026, 10, 15), Optional.empty()).get(StatedArrears.AS_AT));
    }

    @Test
    void aDayInTheFutureIsRefusedEvenForALetterDatedAhead() {
        assertEquals("That date is in the future.", StatedArrears.problems("310.50",
                Optional.of(TODAY.plusDays(1)), false, Optional.of(TODAY.plusDays(3)), Optional.of(TODAY), TODAY)
                .get(StatedArrears.AS_AT));
    }

    @Test
    void aMissingOrUnreadableDayAndABadAmountAreEachSaidBesideTheirField() {
        assertEquals("Enter the date the letter gives the arrears as at. If it gives none, use the date on the "
                + "letter.", check("310.50", null, DATED).get(StatedArrears.AS_AT));
        assertEquals("That is not a date we can read. Type it like 22/11/2026.", StatedArrears.problems("310.50",
                Optional.empty(), true, DATED, ARRIVED, TODAY).get(StatedArrears.AS_AT));
        assertEquals(java.util.Set.of(StatedArrears.AMOUNT), check("-5.00", LocalDate.of(2026, 10, 4), DATED)
                .keySet());
        assertEquals(java.util.Set.of(StatedArrears.AMOUNT), check("three hundred", LocalDate.of(2026, 10, 4), DATED)
                .keySet());
    }
}
