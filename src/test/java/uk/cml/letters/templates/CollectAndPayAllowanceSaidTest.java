package uk.cml.letters.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.CmsReference;
import uk.cml.domain.arrears.ArrearsSchedule;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.letters.PaymentTables;

/**
 * Under Collect and Pay a due whose money reaches the parent within the days the CMS may take to pass it on is on time
 * (DueMatcher.lateAfter), and one later is late, counted from its due date. A letter's table of dues printed "Arrived
 * 30 Oct 2026, 11 days after it was due" beside weeks on time two days after their dates, with no word of that
 * allowance: the letter says it once under the table, with the figure in use, and nothing when it is 0. The weeks of
 * {@link CollectAndPayComplaintNamesWhatWentWrongTest}, read back from the Collect and Pay letter's PDF.
 */
@DisplayName("Collect and Pay: the letters and the pack say the days the CMS may take to pass money on, with the figure")
class CollectAndPayAllowanceSaidTest {

    private static String letter(ArrearsSchedule schedule) throws IOException {
        LetterTemplate template = LetterTemplates.COLLECT_AND_PAY;
        LetterFacts facts = Facts.complete(schedule).toBuilder()
                .letterDate(CollectAndPayComplaintNamesWhatWentWrongTest.LETTER)
                .caseDetails(new LetterFacts.CaseDetails("Jordan Reed", List.of("3 Mill Lane", "Bradford", "BD1 4QT"),
                        Optional.of(new CmsReference("121234567890")), Arrangement.COLLECT_AND_PAY,
                        List.of("Mia", "Leo")))
                .build();
        return new ReadBack(template, Facts.addressed(template, facts)).flat();
    }

    @Test
    @DisplayName("5 working days: the letter says the rule under its table, and that the late week counts from its due date")
    void theLetterSaysTheAllowance() throws IOException {
        String text = letter(CollectAndPayComplaintNamesWhatWentWrongTest.schedule(5));
        assertTrue(text.contains("Under Collect and Pay, money that reached me within 5 working days after its due "
                + "date is counted as on time, as the CMS takes time to pass it on; money that reached me later is "
                + "late, and the days late are counted from its due date."), text);
    }

    @Test
    @DisplayName("an allowance of 0: nothing is said of it")
    void noAllowanceNothingSaid() throws IOException {
        String text = letter(CollectAndPayComplaintNamesWhatWentWrongTest.schedule(0));
        assertFalse(text.contains("Under Collect and Pay, money that reached me"), text);
    }

    @Test
    @DisplayName("the pack's words are about the parent, the figure the one used (1 working day said so)")
    void thePacksWordsAndOneDay() {
        ArrearsSchedule one = CollectAndPayComplaintNamesWhatWentWrongTest.schedule(1);
        assertEquals("Under Collect and Pay, money that reached the parent within 1 working day after its due date is "
                + "counted as on time, as the CMS takes time to pass it on; money that reached the parent later is "
                + "late, and the days late are counted from its due date.",
                PaymentTables.passOnRule(one.lines(), "the parent"));
    }
}
