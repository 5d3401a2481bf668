package uk.cml.letters.templates;

import uk.cml.store.SeededFacts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.cml.domain.calendar.UkCalendar;
import uk.cml.domain.correspondence.PostingMethod;

/**
 * Found by a reviewer: a request letter asked for a reply 14 calendar days after its own date, while a complaint's
 * reply counted from when the CMS gets it. A letter dated on a Saturday gave the CMS 9 working days once it arrived,
 * one dated Thursday 2 April 2026 (Good Friday 3 April, Easter Monday 6 April) only 6. Every request now counts its
 * reply-by date from deemed delivery (1st class: the 2nd working day after posting), in working days, with the same
 * calendar as the complaints, so every request gives the CMS the same working time.
 */
class RequestReplyFromDeliveryTest {

    private static final UkCalendar CALENDAR = SeededFacts.calendar();
    private static final Deadlines DEADLINES = new Deadlines(CALENDAR, SeededFacts.published());

    private static int workingDaysGiven(LocalDate letterDate, LocalDate replyBy) {
        LocalDate delivered = CALENDAR.deemedDelivery(letterDate, PostingMethod.FIRST_CLASS);
        return CALENDAR.workingDaysBetween(delivered, replyBy);
    }

    @Test
    @DisplayName("A request dated Saturday and one dated the Thursday before Easter give the CMS the same working days")
    void saturdayAndEasterGiveTheSameWorkingTime() {
        LocalDate saturday = LocalDate.of(2026, 3, 28);
        LocalDate beforeEaster = LocalDate.of(2026, 4, 2);
        LocalDate fromSaturday = DEADLINES.requestReplyBy(saturday);
        LocalDate fromThursday = DEADLINES.requestReplyBy(beforeEaster);
        assertEquals(workingDaysGiven(saturday, fromSaturday), workingDaysGiven(beforeEaster, fromThursday),
                fromSaturday + " and " + fromThursday);
        // Delivered Tue 31 Mar and Wed 8 Apr (Good Friday and Easter Monday skipped); 10 working days on (the first
        // skips Easter too).
        assertEquals(LocalDate.of(2026, 4, 16), fromSaturday);
        assertEquals(LocalDate.of(2026, 4, 22), fromThursday);
        // The same working time as the CMS has for a complaint's acknowledgement: counted from the same delivery day.
        assertEquals(CALENDAR.deemedDelivery(beforeEaster, PostingMethod.FIRST_CLASS),
                DEADLINES.deemedReceipt(beforeEaster));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"confirm-call", "missed-direct-pay", "collect-and-pay", "enforcement-request",
            "mandatory-reconsideration", "settlement-reply", "chase-reply", "ice-complaint", "other-parent"})
    void everyRequestLetterPrintsAndLogsTheSameWorkingTime(String key) {
        LetterTemplate template = LetterTemplates.all().stream().filter(t -> t.key().equals(key)).findFirst()
                .orElseThrow();
        // A Saturday, and the Thursday before Christmas Day and Boxing Day (Monday 28 Dec 2026 is the substitute).
        for (LocalDate date : List.of(LocalDate.of(2026, 11, 28), LocalDate.of(2026, 12, 24))) {
            LetterFacts facts = Facts.complete(template).toBuilder().letterDate(date).build();
            LetterDraft draft = template.draft(facts);
            LocalDate replyBy = draft.replyBy().orElseThrow(() -> new AssertionError(key + " logs no reply date"));
            assertEquals(10, workingDaysGiven(date, replyBy), key + " dated " + date + " asks for " + replyBy);
            assertTrue(draft.allText().contains(uk.cml.domain.UkFormats.shortDate(replyBy)),
                    key + " prints the date the log watches, " + replyBy + ": " + draft.allText());
        }
    }
}
