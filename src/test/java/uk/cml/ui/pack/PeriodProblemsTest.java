package uk.cml.ui.pack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Reviewer rv10: From 31 Dec 2026 (after today) and until today turned the until box red with "The pack can only
 * cover up to today, 6 Dec 2026": the wrong field, and untrue of it. Each problem is said beside the field it is about,
 * for every pairing of a bad From and a bad until.
 */
class PeriodProblemsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final Optional<String> NONE = Optional.empty();
    private static final Optional<String> FROM_AFTER_TODAY = Optional.of("From can't be after today, 6 Dec 2026.");
    private static final Optional<String> UNTIL_AFTER_TODAY =
            Optional.of("The pack can only cover up to today, 6 Dec 2026.");
    private static final Optional<String> NOT_A_DATE =
            Optional.of("That is not a date the app can read. Type it like 22/11/2026.");

    private static PeriodProblems check(String from, String until) {
        return PeriodProblems.of(day(from), from.equals("nonsense"), day(until), until.equals("nonsense"), TODAY, true);
    }

    private static Optional<LocalDate> day(String iso) {
        return iso.isEmpty() || iso.equals("nonsense") ? Optional.empty() : Optional.of(LocalDate.parse(iso));
    }

    @Test
    void theReviewersCaseIsSaidBesideFrom() {
        assertEquals(new PeriodProblems(FROM_AFTER_TODAY, NONE), check("2026-12-31", "2026-12-06"));
    }

    @Test
    void everyPairing() {
        assertEquals(new PeriodProblems(NONE, NONE), check("2026-08-24", "2026-12-06"));
        assertEquals(new PeriodProblems(NONE, NONE), check("2026-12-06", "2026-12-06"));
        // Until after today: said beside until only.
        assertEquals(new PeriodProblems(NONE, UNTIL_AFTER_TODAY), check("2026-08-24", "2027-01-08"));
        // Both after today: each beside its own field.
        assertEquals(new PeriodProblems(FROM_AFTER_TODAY, UNTIL_AFTER_TODAY), check("2026-12-31", "2027-01-08"));
        assertEquals(new PeriodProblems(FROM_AFTER_TODAY, UNTIL_AFTER_TODAY), check("2027-01-08", "2026-12-31"));
        // From after until, both up to today: beside From.
        assertEquals(new PeriodProblems(Optional.of("From can't be after the end of the period, 1 Oct 2026. Swap "
                + "the dates or change one."), NONE), check("2026-11-01", "2026-10-01"));
        // Empty or unreadable: beside the field left so.
        assertEquals(new PeriodProblems(Optional.of("Enter the first day the pack covers, such as 01/01/2025."),
                NONE), check("", "2026-12-06"));
        assertEquals(new PeriodProblems(NONE, Optional.of("Enter the last day the pack covers, such as 31/12/2025.")),
                check("2026-08-24", ""));
        assertEquals(new PeriodProblems(NOT_A_DATE, NONE), check("nonsense", "2026-12-06"));
        assertEquals(new PeriodProblems(NONE, NOT_A_DATE), check("2026-08-24", "nonsense"));
        assertEquals(new PeriodProblems(NOT_A_DATE, UNTIL_AFTER_TODAY), check("nonsense", "2027-01-08"));
        assertEquals(new PeriodProblems(FROM_AFTER_TODAY, NOT_A_DATE), check("2026-12-31", "nonsense"));
    }

    @Test
    void whileTypingAnEmptyOrUnreadableBoxIsLeftAlone() {
        assertEquals(new PeriodProblems(NONE, NONE), PeriodProblems.of(Optional.empty(), true, Optional.empty(),
                false, TODAY, false));
        assertEquals(new PeriodProblems(FROM_AFTER_TODAY, NONE), PeriodProblems.of(
                Optional.of(LocalDate.of(2026, 12, 31)), false, Optional.of(TODAY), false, TODAY, false));
    }
}
