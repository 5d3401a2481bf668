package uk.cml.domain.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a call or note says about itself in lists and details, and the history of a correction. */
class CallAndNoteHistoryTest {

    static final LocalDateTime AT = LocalDateTime.of(2026, 11, 20, 14, 5);

    static Call call(CallDirection direction, String spokeTo, String team, String staffId) {
        return new Call(1, 1, AT, direction, " 0800 171 2345 ", spokeTo, team, staffId, " They will write. ", "",
                Optional.empty(), null, Optional.empty(), false, false, AT);
    }

    @Test
    void whoNamesThePersonTheTeamAndTheStaffId() {
        assertEquals("I called the CMS (Priya, arrears team, staff ID 4411)",
                call(CallDirection.I_CALLED, " Priya ", "arrears team", "4411").title());
        assertEquals("The CMS called me (arrears team)", call(CallDirection.CMS_CALLED, null, "arrears team", "").title());
        assertEquals("Other call (staff ID 9)", call(CallDirection.OTHER, "", "", "9").title());
        assertEquals("name not given", call(CallDirection.OTHER, " ", null, "").who());
        assertEquals("Priya", call(CallDirection.OTHER, "Priya", "", "").who());
    }

    @Test
    void theDetailListsOnlyWhatWasWrittenDown() {
        assertEquals("Number: 0800 171 2345\nWhat was said: They will write.",
                call(CallDirection.I_CALLED, "", "", "").detail());
        Call full = new Call(1, 1, AT, CallDirection.I_CALLED, "", "", "", "", "", "Pay the missing £120",
                Optional.of(LocalDate.of(2026, 12, 4)), "Agreed", Optional.of(LocalDate.of(2026, 12, 7)), true, false,
                AT);
        assertEquals("What was promised: Pay the missing £120, by 4 Dec 2026\nOutcome: Agreed\n"
                + "Follow up on: 7 Dec 2026 (done)", full.detail());
        Call dateOnly = new Call(1, 1, AT, CallDirection.I_CALLED, "", "", "", "", "", "",
                Optional.of(LocalDate.of(2026, 12, 4)), "", Optional.of(LocalDate.of(2026, 12, 7)), false, false, AT);
        assertEquals("What was promised: By 4 Dec 2026\nFollow up on: 7 Dec 2026", dateOnly.detail());
    }

    @Test
    void aCorrectionListsEachChangedFieldBeforeAndAfter() {
        Call before = new Call(1, 1, AT, CallDirection.I_CALLED, "0800", "Priya", "arrears", "4411", "said",
                "promise", Optional.empty(), "out", Optional.of(LocalDate.of(2026, 12, 1)), false, false, AT);
        Call after = new Call(1, 1, AT.plusMinutes(10), CallDirection.CMS_CALLED, "0801", "Sam", "payments", "12",
                "said more", "promise 2", Optional.of(LocalDate.of(2026, 12, 4)), "outcome", Optional.empty(), true,
                true, AT.plusDays(1));
        assertEquals(List.of(
                new FieldChange("When", "20 Nov 2026, 14:05", "20 Nov 2026, 14:15"),
                new FieldChange("Who called", "I called the CMS", "The CMS called me"),
                new FieldChange("Number", "0800", "0801"),
                new FieldChange("Spoke to", "Priya", "Sam"),
                new FieldChange("Team", "arrears", "payments"),
                new FieldChange("Staff ID", "4411", "12"),
                new FieldChange("What was said", "said", "said more"),
                new FieldChange("What was promised", "promise", "promise 2"),
                new FieldChange("Promised by", "", "4 Dec 2026"),
                new FieldChange("Outcome", "out", "outcome"),
                new FieldChange("Follow up on", "1 Dec 2026", ""),
                new FieldChange("Follow-up done", "No", "Yes"),
                new FieldChange("Promise kept", "No", "Yes")), after.changesSince(before));
        assertEquals(List.of(), after.changesSince(after));
    }

    @Test
    void aNoteCorrectionListsDateKindAndText() {
        Note before = new Note(1, 1, LocalDate.of(2026, 11, 2), NoteCategory.PLAIN, " Rent late ", AT);
        Note after = new Note(1, 1, LocalDate.of(2026, 11, 3), NoteCategory.EFFECT_ON_CHILD, "Rent late again", AT);
        assertEquals("Rent late", before.text());
        assertEquals(List.of(new FieldChange("Date", "2 Nov 2026", "3 Nov 2026"),
                new FieldChange("Kind", "Note", "Effect on the child"),
                new FieldChange("Note", "Rent late", "Rent late again")), after.changesSince(before));
        assertEquals(List.of(), before.changesSince(before));
    }

    @Test
    void aNoteTitleIsItsFirstLineCutAtSeventyCharacters() {
        String seventy = "a".repeat(70);
        assertEquals(seventy, new Note(1, 1, AT.toLocalDate(), NoteCategory.PLAIN, seventy + "\nmore", AT).title());
        assertEquals("a".repeat(67) + "...",
                new Note(1, 1, AT.toLocalDate(), NoteCategory.PLAIN, seventy + "a", AT).title());
        assertEquals("Effect on the child: No uniform",
                new Note(1, 1, AT.toLocalDate(), NoteCategory.EFFECT_ON_CHILD, "No uniform", AT).title());
        assertEquals("", new Note(1, 1, AT.toLocalDate(), NoteCategory.PLAIN, null, AT).title());
        assertEquals("Effect on the child", NoteCategory.EFFECT_ON_CHILD.toString());
        assertEquals("Other", CallDirection.OTHER.toString());
    }
}
