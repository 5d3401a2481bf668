package uk.cml.letters.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.ArrearsCalculator;
import uk.cml.domain.arrears.ArrearsSchedule;
import uk.cml.domain.arrears.FeeRule;
import uk.cml.domain.arrears.PaymentFrequency;
import uk.cml.domain.arrears.PaymentPlan;
import uk.cml.domain.arrears.ScheduleLine;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.caseinfo.ArrangementHistory;

/**
 * Found by a reviewer: under Direct Pay the missed-payment letter lists every due back to the last report on record,
 * but at least the last six months. So a letter written soon after a report lists months that report named already,
 * and said nothing of it: the CMS could take them for new missed payments. The letter now says which of the listed
 * payments were due before the earlier letter, and that only the later ones are new; not that the earlier letter
 * listed them (a report logged by hand may not have). £100.00 due on the 15th from 15 Jan
 * 2026, never paid; the letter on 3 Dec 2026.
 */
class RepeatedDuesSaidTest {

    private static final ArrangementHistory DIRECT_PAY = ArrangementHistory.since(Arrangement.DIRECT_PAY);

    private static ArrearsSchedule neverPaidSinceJanuary() {
        return new ArrearsCalculator().calculate(List.of(new PaymentPlan(0, Money.ofPence(100_00),
                PaymentFrequency.MONTHLY, LocalDate.of(2026, 1, 15), "CMS letter")), List.of(), List.of(),
                LocalDate.of(2026, 12, 3), FeeRule.NONE);
    }

    private static String letter(ArrearsDetails details) {
        LetterTemplate template = LetterTemplates.MISSED_DIRECT_PAY;
        return template.draft(Facts.complete(template).toBuilder().arrears(details).build()).allText()
                .replaceAll("\\s+", " ");
    }

    /** A report of Tue 10 Nov named the dues missed by then: 15 Jun to 15 Oct of the six months listed. */
    @Test
    void theDuesAReportNamedAreSaidAsReportedBefore() {
        ArrearsDetails details = ArrearsDetails.from(neverPaidSinceJanuary(), DIRECT_PAY,
                Optional.of(LocalDate.of(2026, 11, 10)));
        assertEquals(LocalDate.of(2026, 6, 15), details.lines().get(0).date(), "six months listed");
        assertEquals(List.of(LocalDate.of(2026, 6, 15), LocalDate.of(2026, 7, 15), LocalDate.of(2026, 8, 15),
                LocalDate.of(2026, 9, 15), LocalDate.of(2026, 10, 15)),
                details.alreadyReported().stream().map(ScheduleLine::date).toList());
        String text = letter(details);
        assertTrue(text.contains("The payments due from 15 Jun 2026 to 15 Oct 2026 were due before I wrote to you on "
                + "10 Nov 2026. They are here to give the full picture, not because they are new. The "
                + "payment due on 15 Nov 2026 is new since that letter."), text);
    }

    /** The printed letter says it too, read back from the PDF. */
    @Test
    void thePrintedLetterSaysSo() throws java.io.IOException {
        LetterFacts facts = LetterWordingTest.missedAfterReport();
        ReadBack pdf = new ReadBack(LetterTemplates.MISSED_DIRECT_PAY, facts);
        assertTrue(pdf.flat().contains("The payments due from 15 Jun 2026 to 15 Oct 2026 were due before I wrote to "
                + "you on 10 Nov 2026. They are here to give the full picture, not because they are new."), pdf.flat());
    }

    /** A report of Fri 20 Nov named every due listed (15 Nov, a Sunday, was on time by Mon 16 Nov). */
    @Test
    void whenAllWereReportedTheLetterSaysSo() {
        ArrearsDetails details = ArrearsDetails.from(neverPaidSinceJanuary(), DIRECT_PAY,
                Optional.of(LocalDate.of(2026, 11, 20)));
        assertEquals(details.lines(), details.alreadyReported());
        String text = letter(details);
        assertTrue(text.contains("All the payments listed were due before I wrote to you on 20 Nov 2026. They are "
                + "here to give the full picture, not because they are new."), text);
    }

    /** No report on record, or one before every due listed: nothing listed was reported, so nothing is said. */
    @Test
    void nothingIsSaidWhenNoListedDueWasReported() {
        for (Optional<LocalDate> report : List.of(Optional.<LocalDate>empty(), Optional.of(LocalDate.of(2026, 6, 10)))) {
            ArrearsDetails details = ArrearsDetails.from(neverPaidSinceJanuary(), DIRECT_PAY, report);
            assertEquals(List.of(), details.alreadyReported(), report.toString());
            assertFalse(letter(details).contains("before I wrote to you"), report.toString());
        }
    }
}
