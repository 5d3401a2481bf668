package uk.cml.letters.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Adjustment;
import uk.cml.domain.arrears.AdjustmentKind;
import uk.cml.domain.arrears.ArrearsSchedule;

/**
 * Found by a reviewer: the letter reporting missed Direct Pay payments never quoted the CMS's own arrears figure,
 * though the request for a breakdown did. Both now say it in the same words, as at the day the CMS gave it, and
 * what the parent's records show on that same day, read back from the PDFs.
 */
class LettersQuoteTheCmsFigureTest {

    /** The records of {@link Facts#schedule()}: £321.00 owed at the end of 4 Oct 2026, £531.50 now. */
    private static ArrearsSchedule withCmsFigure(List<Adjustment> figures) {
        return Facts.schedule(figures);
    }

    private static Adjustment cmsSaid(long pence, LocalDate asAt) {
        return new Adjustment(0, asAt, AdjustmentKind.CMS_CONFIRMED_FIGURE, Money.ofPence(pence),
                "From the letter from Child Maintenance Service dated 10 Oct 2026");
    }

    private static String pdfText(LetterTemplate template, ArrearsSchedule schedule) throws Exception {
        return new ReadBack(template, Facts.addressed(template, Facts.complete(schedule))).flat();
    }

    @Test
    void theMissedPaymentsLetterQuotesTheCmsFigureAsAtItsDayAndHowTheRecordsDiffer() throws Exception {
        String text = pdfText(LetterTemplates.MISSED_DIRECT_PAY,
                withCmsFigure(List.of(cmsSaid(31050, LocalDate.of(2026, 10, 4)))));
        assertTrue(text.contains("The last arrears figure you gave me was £310.50, as at 4 Oct 2026. On that "
                + "date my own records show £321.00 owed: £10.50 more than your figure."), text);
    }

    @Test
    void theBreakdownRequestSaysItInTheSameWords() throws Exception {
        ArrearsSchedule schedule = withCmsFigure(List.of(cmsSaid(31050, LocalDate.of(2026, 10, 4))));
        String sentence = "The last arrears figure you gave me was £310.50, as at 4 Oct 2026. On that date my "
                + "own records show £321.00 owed: £10.50 more than your figure.";
        assertTrue(pdfText(LetterTemplates.ARREARS_BREAKDOWN, schedule).contains(sentence));
        assertTrue(pdfText(LetterTemplates.MISSED_DIRECT_PAY, schedule).contains(sentence));
    }

    @Test
    void aFigureTheRecordsAgreeWithIsSaidToAgreeAndNoDifferenceIsClaimed() throws Exception {
        String text = pdfText(LetterTemplates.MISSED_DIRECT_PAY,
                withCmsFigure(List.of(cmsSaid(32100, LocalDate.of(2026, 10, 4)))));
        assertTrue(text.contains("The last arrears figure you gave me was £321.00, as at 4 Oct 2026. My own "
                + "records show the same figure on that date."), text);
        assertFalse(text.contains("than your figure"), text);
    }

    @Test
    void aCmsFigureAboveTheRecordsIsSaidAsTheRecordsShowingLess() throws Exception {
        String text = pdfText(LetterTemplates.MISSED_DIRECT_PAY,
                withCmsFigure(List.of(cmsSaid(40000, LocalDate.of(2026, 10, 4)))));
        assertTrue(text.contains("On that date my own records show £321.00 owed: £79.00 less than your figure."),
                text);
    }

    @Test
    void onlyTheLatestFigureIsQuoted() throws Exception {
        String text = pdfText(LetterTemplates.MISSED_DIRECT_PAY, withCmsFigure(List.of(
                cmsSaid(31050, LocalDate.of(2026, 10, 4)), cmsSaid(32100, LocalDate.of(2026, 11, 2)))));
        // 1 Nov 2026 was a Sunday: that due was on time until the end of Monday 2 November, so it is not
        // in the records' figure for that day.
        assertTrue(text.contains("The last arrears figure you gave me was £321.00, as at 2 Nov 2026. "
                + "My own records show the same figure on that date."), text);
        assertFalse(text.contains("£310.50"), text);
    }

    /**
     * Worked by hand: £100.00 due on the 1st of each month from 1 Mar 2026 under Direct Pay, nothing paid, moved to
     * Collect and Pay on 1 September at 4%. The CMS said £700.00 after its fee as at 4 October: owed then, Mar to
     * Oct, £800.00; the CMS takes its fee from what it collects, the six Direct Pay dues too, so after the fee
     * 8 x £96.00 = £768.00, and the letter says how it was worked, so the CMS can check it.
     */
    @Test
    void anAfterFeeFigureWithDirectPayArrearsSaysTheFeeIsTakenFromThemToo() throws Exception {
        ArrearsSchedule schedule = new uk.cml.domain.arrears.ArrearsCalculator().calculate(
                List.of(new uk.cml.domain.arrears.PaymentPlan(0, Money.ofPence(10000),
                        uk.cml.domain.arrears.PaymentFrequency.MONTHLY, LocalDate.of(2026, 3, 1), "CMS letter")),
                List.of(), List.of(new Adjustment(0, LocalDate.of(2026, 10, 4), AdjustmentKind.CMS_CONFIRMED_FIGURE,
                        Money.ofPence(70000), "", uk.cml.domain.arrears.FeeBasis.AFTER_FEE)),
                LocalDate.of(2026, 11, 21), uk.cml.domain.arrears.FeeRule.of(new java.math.BigDecimal("4"))
                        .notUnderCollectAndPay().movedOn(LocalDate.of(2026, 9, 1), true));
        String text = pdfText(LetterTemplates.ARREARS_BREAKDOWN, schedule);
        assertTrue(text.contains("The last arrears figure you gave me was £700.00, after the Collect and Pay fee, as "
                + "at 4 Oct 2026. On that date my own records show £768.00 owed: £68.00 more than your figure. My "
                + "figure takes your fee from the £600.00 that fell due before our case was under Collect and Pay as "
                + "well, as your fee is taken from what you collect."), text);
    }

    @Test
    void withNoCmsFigureRecordedNeitherLetterMentionsOne() throws Exception {
        ArrearsSchedule schedule = withCmsFigure(List.of());
        for (LetterTemplate template : List.of(LetterTemplates.MISSED_DIRECT_PAY, LetterTemplates.ARREARS_BREAKDOWN)) {
            String text = pdfText(template, schedule);
            assertFalse(text.contains("figure you gave me"), template.key() + ": " + text);
        }
        assertEquals(List.of(), Facts.complete(schedule).arrears().cmsFigure().stream().toList());
    }

    /**
     * Found by a reviewer (rv2): after the parent logged a CMS letter giving £57.30, the letter asking to move to
     * Collect and Pay stated the records' £85.50 with no word of the CMS's figure, though the breakdown request gave
     * both. Every letter that states the records' figure to the CMS now gives the CMS's too, in the same words.
     */
    @Test
    void everyLetterStatingTheRecordsFigureToTheCmsGivesTheCmsFigureToo() throws Exception {
        ArrearsSchedule schedule = withCmsFigure(List.of(cmsSaid(31050, LocalDate.of(2026, 10, 4))));
        String sentence = "The last arrears figure you gave me was £310.50, as at 4 Oct 2026. On that date my "
                + "own records show £321.00 owed: £10.50 more than your figure.";
        for (LetterTemplate template : List.of(LetterTemplates.COLLECT_AND_PAY, LetterTemplates.COLLECTION_COMPLAINT)) {
            String text = pdfText(template, schedule);
            assertTrue(text.contains(sentence), template.fileTitle() + ": " + text);
        }
    }
}
