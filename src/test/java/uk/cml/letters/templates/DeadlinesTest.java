package uk.cml.letters.templates;

import uk.cml.store.SeededFacts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.correspondence.PostingMethod;
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
        assertTrue(warnings.contains("count from posting it first class on Monday 7 Dec 2026, the first day Post "
                + "Offices open after the letter's date. Post it first class that day."), warnings);
        // A Monday letter counts from its own day, as before.
        assertEquals(LocalDate.of(2026, 12, 9), sunday.deadlines().deemedReceipt(LocalDate.of(2026, 12, 7)));
    }

    /**
     * Post Office counters open on Saturdays: a letter dated Sat 5 Dec 2026 counts from that day, deemed delivered
     * the 2nd working day after (Tue 8th), as one dated Fri 4th; its warning says "that day" as before.
     */
    @Test
    void aLetterDatedOnASaturdayCountsFromItsOwnDate() {
        LetterFacts saturday = Facts.complete(LetterTemplates.COLLECTION_COMPLAINT).toBuilder()
                .letterDate(LocalDate.of(2026, 12, 5)).build();
        Deadlines d = saturday.deadlines();
        assertEquals(LocalDate.of(2026, 12, 5), d.postingDay(LocalDate.of(2026, 12, 5), PostingMethod.FIRST_CLASS));
        assertEquals(LocalDate.of(2026, 12, 8), d.deemedReceipt(LocalDate.of(2026, 12, 5)));
        assertEquals(d.deemedReceipt(LocalDate.of(2026, 12, 4)), d.deemedReceipt(LocalDate.of(2026, 12, 5)));
        // The 2 working days' target: Wed 9th, Thu 10th.
        assertEquals(LocalDate.of(2026, 12, 10), d.complaintAcknowledgeBy(LocalDate.of(2026, 12, 5)));
        String warnings = LetterTemplates.COLLECTION_COMPLAINT.draft(saturday).warnings().stream()
                .map(Warning::message).collect(java.util.stream.Collectors.joining(" "));
        assertTrue(warnings.contains("count from posting it first class on 5 Dec 2026. Post it first class that "
                + "day."), warnings);
    }

    /**
     * Bank holidays (checked against the calendar): Mon 28 Dec 2026 is the Boxing Day substitute, so a letter dated
     * then is posted Tue 29th, deemed delivered Thu 31st (1st class: Wed 30th, Thu 31st); Good Friday 2027 is 26
     * March (2 Apr 2027 is an ordinary Friday): posted Sat 27th, deemed delivered Wed 31 Mar (Easter Monday 29th is
     * skipped: Tue 30th, Wed 31st). Sent by email, a letter counts from its own date whatever the day.
     */
    @Test
    void aLetterDatedOnABankHolidayCountsFromTheNextDayPostOfficesOpen() {
        Deadlines d = Facts.complete(LetterTemplates.COLLECTION_COMPLAINT).deadlines();
        assertEquals(LocalDate.of(2026, 12, 29), d.postingDay(LocalDate.of(2026, 12, 28), PostingMethod.FIRST_CLASS));
        assertEquals(LocalDate.of(2026, 12, 31), d.deemedReceipt(LocalDate.of(2026, 12, 28)));
        assertEquals(LocalDate.of(2027, 3, 27), d.postingDay(LocalDate.of(2027, 3, 26), PostingMethod.FIRST_CLASS));
        assertEquals(LocalDate.of(2027, 3, 31), d.deemedReceipt(LocalDate.of(2027, 3, 26)));
        assertEquals(LocalDate.of(2026, 12, 28), d.postingDay(LocalDate.of(2026, 12, 28), PostingMethod.EMAIL));
        assertEquals(LocalDate.of(2026, 12, 28), d.deemedReceipt(LocalDate.of(2026, 12, 28), PostingMethod.EMAIL));
    }

    /**
     * The reviewer's letter as the CMS reads it: a complaint dated Sun 6 Dec 2026, read back from its PDF, asks for
     * the acknowledgement by Fri 11 Dec (posted Mon 7th, deemed delivered Wed 9th, 2 working days: Thu 10th, Fri
     * 11th), never by 10 Dec, and is still dated 6 Dec 2026 (only the dates it asks for move).
     */
    @Test
    void aSundayComplaintReadBackFromItsPdfAsksForTheCmsOwnTarget() throws Exception {
        LetterFacts sunday = Facts.complete(LetterTemplates.COLLECTION_COMPLAINT).toBuilder()
                .letterDate(LocalDate.of(2026, 12, 6)).build();
        String pdf = new ReadBack(LetterTemplates.COLLECTION_COMPLAINT, sunday).flat();
        assertTrue(pdf.contains("Acknowledge this complaint by 11 Dec 2026."), pdf);
        assertTrue(!pdf.contains("by 10 Dec 2026"), pdf);
        assertTrue(pdf.contains("6 December 2026") || pdf.contains("6 Dec 2026"), pdf);
    }

    /**
     * A reconsideration request dated Sun 6 Dec 2026, its month ending Thu 10 Dec: the warning said "Post it today"
     * (a Sunday, counters mostly closed). It names Monday 7th, and the last day to post 1st class, Tue 8th (deemed
     * delivered Thu 10th), is unchanged.
     */
    @Test
    void aSundayLettersWarningNamesTheDayToPostNotToday() {
        LetterFacts sunday = Facts.complete(LetterTemplates.MANDATORY_RECONSIDERATION).toBuilder()
                .letterDate(LocalDate.of(2026, 12, 6)).build();
        String warnings = LetterTemplates.MANDATORY_RECONSIDERATION.draft(sunday).warnings().stream()
                .map(Warning::message).collect(java.util.stream.Collectors.joining(" "));
        assertTrue(warnings.contains("post it 1st class by Tuesday 8 Dec 2026"), warnings);
        assertTrue(warnings.contains("Post it on Monday 7 Dec 2026, the first day Post Offices open after the "
                + "letter's date, with a certificate of posting."), warnings);
        assertTrue(!warnings.contains("Post it today"), warnings);
    }
}
