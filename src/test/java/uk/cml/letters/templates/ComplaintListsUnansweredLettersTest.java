package uk.cml.letters.templates;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.ArrangementHistory;
import uk.cml.domain.standing.ComplaintPosition;

/**
 * Found by a reviewer (rv6): the complaint's "What went wrong" listed only broken call promises, though the records
 * held a letter posted to the CMS with no reply by its reply date (the Letters page and Where it stands show it); and
 * "What happened" printed "Before 28 Jun 2026: ..." above a line of 16 Jun 2026. Read back from the PDF.
 */
class ComplaintListsUnansweredLettersTest {

    /**
     * Ten weekly dues of £65.00 from 6 Sep 2026, none paid, all reported (so the last six are named and the four
     * before them are one "Before 11 Oct 2026" line); a call reporting them on 10 Oct; a letter posted on 12 Oct with
     * a reply asked by 26 Oct and none logged.
     */
    private static LetterFacts facts() {
        ArrearsDetails arrears = ArrearsDetails.from(Facts.unpaidWeeks(10),
                ArrangementHistory.since(Arrangement.DIRECT_PAY), Optional.of(LocalDate.of(2026, 11, 21)));
        CmsReports reports = new CmsReports(List.of(), List.of(LocalDate.of(2026, 10, 10)), ComplaintPosition.NONE,
                Optional.empty(), "", "", ComplaintPosition.NONE);
        LetterTemplate complaint = LetterTemplates.COLLECTION_COMPLAINT;
        return Facts.addressed(complaint, Facts.bare().arrears(arrears).reports(reports)
                .repliesAwaited(RepliesAwaited.late(1).withUnansweredByCms(List.of(new RepliesAwaited.Asked(
                        LocalDate.of(2026, 10, 12), LocalDate.of(2026, 10, 26))))).build());
    }

    @Test
    void whatWentWrongSaysTheLetterGotNoReply() throws IOException {
        String text = new ReadBack(LetterTemplates.COLLECTION_COMPLAINT, facts()).flat();
        int wrong = text.indexOf("What went wrong");
        assertTrue(wrong >= 0, text);
        assertTrue(text.indexOf("12 Oct 2026: my letter of that day got no reply by 26 Oct 2026.", wrong) > wrong,
                text);
    }

    @Test
    void theBeforeLineStandsByItsDate() throws IOException {
        String text = new ReadBack(LetterTemplates.COLLECTION_COMPLAINT, facts()).flat();
        int call = text.indexOf("10 Oct 2026: I phoned you");
        int before = text.indexOf("Before 11 Oct 2026:");
        assertTrue(call >= 0 && before >= 0, text);
        assertTrue(call < before, "the call of 10 Oct comes before the line for what was owed before 11 Oct: " + text);
        assertFalse(text.contains("[what the CMS did or failed to do"), text);
    }
}
