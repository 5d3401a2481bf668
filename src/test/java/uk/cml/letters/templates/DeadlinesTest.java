package uk.cml.letters.templates;

import uk.cml.store.SeededFacts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.calendar.BankHolidays;
import uk.cml.domain.calendar.OneOffChange;
import uk.cml.domain.calendar.UkCalendar;

/** The letters count with the calendar they are given, as the page does, not one of their own. */
class DeadlinesTest {

    @Test
    @DisplayName("An extra bank holiday in the calendar handed in moves the complaint's dates in the letter")
    void theCalendarHandedInIsTheOneCounted() {
        // Letter of Monday 23 Nov 2026: deemed delivered Wednesday 25th; 2 working days on is Friday 27th.
        LetterFacts usual = Facts.complete(LetterTemplates.COLLECTION_COMPLAINT).toBuilder()
                .letterDate(LocalDate.of(2026, 11, 23)).build();
        UkCalendar withExtraDay = SeededFacts.calendar(new BankHolidays(List.of(new OneOffChange(
                LocalDate.of(2026, 11, 26),
                Optional.empty(), "A made-up extra day")), Optional.empty()));
        LetterFacts extra = usual.toBuilder().deadlines(new Deadlines(withExtraDay, SeededFacts.published())).build();
        assertTrue(LetterTemplates.COLLECTION_COMPLAINT.draft(usual).allText()
                .contains("Acknowledge this complaint by 27 Nov 2026."));
        assertTrue(LetterTemplates.COLLECTION_COMPLAINT.draft(extra).allText()
                .contains("Acknowledge this complaint by 30 Nov 2026."),
                LetterTemplates.COLLECTION_COMPLAINT.draft(extra).allText());
        assertEquals(LocalDate.of(2026, 11, 30), extra.deadlines().complaintAcknowledgeBy(LocalDate.of(2026, 11, 23)));
    }

    /**
     * Reviewer rv6: a complaint dated Sunday 6 Dec 2026 counted its dates from posting it that Sunday (delivered Tue
     * 8th, acknowledged by Thu 10th), a day before the CMS's own target for a letter posted on the Monday, the first
     * day with a Post Office counter for the certificate of posting. It counts from Monday 7th: delivered Wed 9th,
     * acknowledged by Fri 11th; and it says so.
     */
    @Test
    void aLetterDatedOnASundayCountsFromTheFirstWorkingDay() {
        LetterFacts sunday = Facts.complete(LetterTemplates.COLLECTION_COMPLAINT).toBuilder()
                .letterDate(LocalDate.of(2026, 12, 6)).build();
        String text = LetterTemplates.COLLECTION_COMPLAINT.draft(sunday).allText();
        assertTrue(text.contains("Acknowledge this complaint by 11 Dec 2026."), text);
        assertEquals(LocalDate.of(2026, 12, 11), sunday.deadlines().complaintAcknowledgeBy(LocalDate.of(2026, 12, 6)));
        assertEquals(LocalDate.of(2026, 12, 9), sunday.deadlines().deemedReceipt(LocalDate.of(2026, 12, 6)));
        String warnings = LetterTemplates.COLLECTION_COMPLAINT.draft(sunday).warnings().stream().map(Warning::message)
                .collect(java.util.stream.Collectors.joining(" "));
        assertTrue(warnings.contains("on 7 Dec 2026, the first working day from the letter's date. Post it"),
                warnings);
        // A Monday letter counts from its own day, as before.
        assertEquals(LocalDate.of(2026, 12, 9), sunday.deadlines().deemedReceipt(LocalDate.of(2026, 12, 7)));
    }
}
