package uk.cml.domain.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EvidenceRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Nested
    @DisplayName("long text (what was said, notes)")
    class LongText {

        @Test
        void twentyThousandCharactersAreKept() {
            assertEquals(Optional.empty(), EvidenceRules.longText("a".repeat(20_000), true, "Enter it."));
        }

        @Test
        void moreIsRefusedWithTheCountAndWhatToDo() {
            String problem = EvidenceRules.longText("a".repeat(25_000), true, "Enter it.").orElseThrow();
            assertTrue(problem.contains("25,000 characters and the limit is 20,000"), problem);
            assertTrue(problem.contains("split it"), problem);
        }

        @Test
        void blankIsFineUnlessRequired() {
            assertEquals(Optional.empty(), EvidenceRules.longText("  ", false, "Enter it."));
            assertEquals(Optional.of("Enter it."), EvidenceRules.longText(" \n ", true, "Enter it."));
        }
    }

    @ParameterizedTest
    @CsvSource({"14:05, 14:05", "9:30, 09:30", "09.30, 09:30", "0:00, 00:00", "23:59, 23:59"})
    void timesAreReadTheUkWay(String typed, String expected) {
        assertEquals(Optional.of(LocalTime.parse(expected)), EvidenceRules.parseTime(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"24:00", "12:60", "2pm", "1405", "12:5", "noon"})
    void impossibleTimesAreRefused(String typed) {
        assertEquals(Optional.empty(), EvidenceRules.parseTime(typed));
        assertTrue(EvidenceRules.time(typed).orElseThrow().contains("14:05"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0800 171 2345 | true", "+44 (0)800 171-2345 | true", "'' | true",
            "call me | false", "0800 171 2345 ext 4 | false"})
    void phoneNumbers(String typed, boolean ok) {
        assertEquals(ok, EvidenceRules.phoneNumber(typed).isEmpty());
    }

    @Nested
    class Dates {

        @Test
        void unreadableMissingAndFutureEachGetTheirOwnMessage() {
            assertTrue(EvidenceRules.pastDate(Optional.empty(), true, TODAY).orElseThrow().contains("not a date"));
            assertTrue(EvidenceRules.pastDate(Optional.empty(), false, TODAY).orElseThrow().startsWith("Enter the date"));
            assertTrue(EvidenceRules.pastDate(Optional.of(TODAY.plusDays(1)), false, TODAY).orElseThrow()
                    .contains("future"));
            assertEquals(Optional.empty(), EvidenceRules.pastDate(Optional.of(TODAY), false, TODAY));
        }

        @Test
        void aCallLaterTodayThanNowHasNotHappenedYet() {
            LocalDateTime now = TODAY.atTime(10, 15);
            assertTrue(EvidenceRules.whenCalled(now.plusMinutes(1), now).isPresent());
            assertEquals(Optional.empty(), EvidenceRules.whenCalled(now, now));
        }
    }

    @Test
    void aCallTitleNamesWhoWasSpokenTo() {
        Call call = new Call(0, 1, TODAY.atTime(9, 0), CallDirection.CMS_CALLED, "", " Priya ", "", "", "", "",
                Optional.empty(), "", Optional.empty(), false, false, null);
        assertEquals("The CMS called me (Priya)", call.title());
    }

    @Test
    void aLongNoteTitleIsCutShortAtItsFirstLine() {
        Note note = new Note(0, 1, TODAY, NoteCategory.EFFECT_ON_CHILD, "x".repeat(100) + "\nsecond", null);
        assertTrue(note.title().startsWith("Effect on the child: xxx"));
        assertTrue(note.title().endsWith("..."));
        assertTrue(note.title().length() < 100);
    }

    @Test
    void aPhoneNumberIsOptional() {
        assertEquals(Optional.empty(), EvidenceRules.phoneNumber(null));
        assertEquals(Optional.empty(), EvidenceRules.phoneNumber("  "));
    }

    /**
     * The helpline, filled in for "I called the CMS", and the parent typing it again after it: "0800 171 23450800 171
     * 2345" was saved. A UK number has 10 or 11 digits from its 0, or +44 and 9 or 10; spaces, brackets and dashes
     * are fine, and Relay UK's 18001 before a number is too.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0800 171 2345 | true", "08001712345 | true", "(01632) 960 001 | true", "020-7946-0000 | true",
            "0345 266 8795 | true", "+44 800 171 2345 | true", "+44 (0)800 171 2345 | true", "+447700900123 | true",
            "0044 800 171 2345 | true", "18001 0800 171 2345 | true",
            "0800 171 23450800 171 2345 | false", "0800 171 23 | false", "800 171 2345 | false",
            "+44 80 171 23 | false", "+1 212 555 0100 | false", "12345 | false", "0 | false"})
    void aUkPhoneNumberHasTenOrElevenDigits(String typed, boolean ok) {
        assertEquals(ok, EvidenceRules.phoneNumber(typed).isEmpty(), typed);
    }

    @Test
    void aNumberWithTooManyDigitsIsToldHowManyItHas() {
        assertEquals(Optional.of("A UK phone number has 10 or 11 digits, like 0800 171 2345 (or +44 then 9 or 10)."
                + " This one has 22: check it was not typed twice."),
                EvidenceRules.phoneNumber("0800 171 23450800 171 2345"));
    }

    @Test
    void shortTextStopsAtTwoHundredCharacters() {
        assertEquals(Optional.empty(), EvidenceRules.shortText(" " + "a".repeat(200) + " "));
        assertEquals(Optional.of("This is too long: it has 201 characters and the limit is 200. Shorten it."),
                EvidenceRules.shortText("a".repeat(201)));
        assertEquals(Optional.empty(), EvidenceRules.shortText(null));
    }

    @Test
    void aTimeIsAskedForThenRead() {
        assertEquals(Optional.of("Enter the time of the call, like 14:05. A rough time is fine."),
                EvidenceRules.time(null));
        assertEquals(Optional.of("Enter the time of the call, like 14:05. A rough time is fine."),
                EvidenceRules.time("  "));
        assertEquals(Optional.empty(), EvidenceRules.time("14:05"));
        assertEquals(Optional.of("That is not a time we can read. Type it like 14:05 (24-hour clock)."),
                EvidenceRules.time("2pm"));
    }

    @Test
    void anOptionalDateIsAProblemOnlyWhenUnreadable() {
        assertEquals(Optional.empty(), EvidenceRules.optionalDate(false));
        assertTrue(EvidenceRules.optionalDate(true).orElseThrow().contains("leave it empty"));
    }
}
