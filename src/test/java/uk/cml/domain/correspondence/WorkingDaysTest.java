package uk.cml.domain.correspondence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDaysTest {

    private final WorkingDays days = WorkingDays.englandAndWales();
    private final ReplyDeadlines deadlines = new ReplyDeadlines(days);

    @Nested
    @DisplayName("Deemed delivery")
    class Delivery {

        @ParameterizedTest(name = "{1} posted {0} is delivered {2}")
        @CsvSource({
            "2026-11-19, FIRST_CLASS,      2026-11-23", // Thursday: Friday, then Monday
            "2026-11-20, FIRST_CLASS,      2026-11-24", // Friday: across the weekend
            "2026-11-21, FIRST_CLASS,      2026-11-24", // posted on a Saturday
            "2026-11-20, SECOND_CLASS,     2026-11-26",
            "2026-11-20, SIGNED_FOR,       2026-11-24",
            "2026-11-20, SPECIAL_DELIVERY, 2026-11-23",
            "2026-11-21, BY_HAND,          2026-11-21", // by hand: delivered when handed over
            "2026-12-23, FIRST_CLASS,      2026-12-29", // Christmas Day and the Boxing Day substitute skipped
            "2026-12-29, SECOND_CLASS,     2027-01-05", // New Year's Day skipped
            "2026-12-30, FIRST_CLASS,      2027-01-04",
            "2026-04-02, FIRST_CLASS,      2026-04-08", // Good Friday and Easter Monday 2026 skipped
            "2026-04-02, SPECIAL_DELIVERY, 2026-04-07",
            "2025-12-24, FIRST_CLASS,      2025-12-30",
            "2027-03-25, SECOND_CLASS,     2027-04-02", // Easter 2027: Good Friday and Easter Monday skipped
        })
        void deliveredOn(LocalDate posted, PostingMethod method, LocalDate expected) {
            assertEquals(expected, deadlines.deliveredOn(posted, method));
        }
    }

    @Nested
    @DisplayName("Reply-by dates")
    class ReplyBy {

        @ParameterizedTest(name = "{2} sent {1} on {0}: reply by {3}")
        @CsvSource({
            "2026-11-02, FIRST_CLASS,  COMPLAINT,         2026-11-25", // Wed 4 Nov + 15 working days
            "2026-12-14, FIRST_CLASS,  COMPLAINT,         2027-01-11", // across Christmas and New Year
            "2026-03-30, SECOND_CLASS, COMPLAINT,         2026-04-28", // delivered Tue 7 Apr, after Easter
            "2026-11-20, FIRST_CLASS,  FOLLOW_UP_TO_CALL, 2026-12-08",
            "2026-11-20, EMAIL,        OTHER,             2026-12-18",
        })
        void suggested(LocalDate posted, PostingMethod method, LetterKind kind, LocalDate expected) {
            assertEquals(expected, deadlines.suggestReplyBy(posted, method, kind));
        }
    }

    @Nested
    @DisplayName("The bank holiday list")
    class List {

        @ParameterizedTest
        @CsvSource({"2025-12-26", "2026-01-01", "2026-04-03", "2026-04-06", "2026-12-25", "2026-12-28",
            "2027-03-29", "2027-12-27", "2027-12-28"})
        void holidaysAreNotWorkingDays(LocalDate holiday) {
            assertFalse(days.isWorkingDay(holiday));
        }

        @Test
        void anOrdinaryWeekIsWorkingDaysExceptTheWeekend() {
            assertTrue(days.isWorkingDay(LocalDate.of(2026, 11, 20)));
            assertFalse(days.isWorkingDay(LocalDate.of(2026, 11, 21)));
            assertFalse(days.isWorkingDay(LocalDate.of(2026, 11, 22)));
            assertTrue(days.isWorkingDay(LocalDate.of(2026, 11, 23)));
        }

        @Test
        void theListIsDataWithCommentsAndNames() {
            var parsed = WorkingDays.parse("# heading\n\n2030-12-25  Christmas Day\n2030-12-26\n");
            assertEquals(java.util.List.of(LocalDate.of(2030, 12, 25), LocalDate.of(2030, 12, 26)),
                    java.util.List.copyOf(parsed));
            WorkingDays custom = new WorkingDays(parsed);
            assertEquals(LocalDate.of(2030, 12, 27), custom.after(LocalDate.of(2030, 12, 24), 1));
        }

        @Test
        void aMistypedDateIsReportedNotSkipped() {
            assertThrows(IllegalArgumentException.class, () -> WorkingDays.parse("2030-13-01 Nonsense"));
        }
    }
}
