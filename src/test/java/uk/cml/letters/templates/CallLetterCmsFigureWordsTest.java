package uk.cml.letters.templates;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Adjustment;
import uk.cml.domain.arrears.AdjustmentKind;
import uk.cml.domain.arrears.ArrearsSchedule;

/**
 * The words of a letter confirming a call about a CMS figure for the call's day (20 Nov 2026), by which side of
 * the records' £531.50 it falls: below, the parent does not agree; above, it is said not to match the records, without
 * claiming it wrong (the records may lack a due, or the CMS know of one).
 */
@DisplayName("A call letter's words on the CMS figure for the call's day")
class CallLetterCmsFigureWordsTest {

    private static String letter(long cmsPence) {
        ArrearsSchedule schedule = Facts.schedule(List.of(new Adjustment(0, LocalDate.of(2026, 11, 20),
                AdjustmentKind.CMS_CONFIRMED_FIGURE, Money.ofPence(cmsPence), "")));
        LetterFacts facts = Facts.complete(LetterTemplates.CONFIRM_CALL).toBuilder()
                .cmsFigures(schedule.cmsDifferences()).build();
        return LetterTemplates.CONFIRM_CALL.draft(facts).body().toString().replaceAll("\\s+", " ");
    }

    @Test
    void belowTheRecordsItIsNotAgreed() {
        String text = letter(40000);
        assertTrue(text.contains("I do not agree with the arrears figure of £400.00 as at 20 Nov 2026. My records "
                + "show £531.50 owed on 20 Nov 2026: £131.50 more than your figure."), text);
        assertTrue(text.contains("Check your arrears figure of £400.00 as at 20 Nov 2026 against my figure"), text);
    }

    @Test
    void aboveTheRecordsItIsSaidNotToMatchThem() {
        String text = letter(60000);
        assertTrue(text.contains("The arrears figure of £600.00 as at 20 Nov 2026 is not what my records show. My "
                + "records show £531.50 owed on 20 Nov 2026: £68.50 less than your figure."), text);
        assertFalse(text.contains("do not agree"), text);
    }

    @Test
    void theSameFigureIsNotMentioned() {
        String text = letter(53150);
        assertFalse(text.contains("The arrears figure"), text);
        assertFalse(text.contains("breakdown"), text);
    }
}
