package uk.cml.letters.templates;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.arrears.Adjustment;
import uk.cml.domain.arrears.AdjustmentKind;

/**
 * The reply about a part payment says what accepting would give up: the offer set against the arrears by the
 * parent's records and, when the records hold one, against the CMS's own figure with its "as at" day. Only figures
 * the records confirm. The made-up case ({@link Facts#schedule()}): £531.50 owed on 22 Nov 2026, the CMS said
 * £310.50 as at 4 Oct 2026; the offer is £318.90. Read back from the PDF.
 */
class SettlementReplySaysWhatIsGivenUpTest {

    private static String read(LetterFacts facts) throws IOException {
        return new ReadBack(LetterTemplates.SETTLEMENT_REPLY, facts).flat();
    }

    @Test
    @DisplayName("the offer is set against the records' arrears, and the CMS's own figure is quoted with its day")
    void givesUpTheDifferenceByTheRecords() throws IOException {
        String text = read(Facts.complete(LetterTemplates.SETTLEMENT_REPLY));
        assertTrue(text.contains("By my records, the arrears were £531.50 on 22 Nov 2026."), text);
        assertTrue(text.contains("The last arrears figure you gave me was £310.50, as at 4 Oct 2026."), text);
        assertTrue(text.contains("Accepting the offer of £318.90 would give up £212.60 of the arrears by my"
                + " records (£531.50 less £318.90)."), text);
        // The CMS's figure is less than the offer: nothing is said to be given up by it.
        assertFalse(text.contains("By your figure"), text);
    }

    @Test
    @DisplayName("a CMS figure above the offer says what would be given up by it too")
    void givesUpTheDifferenceByTheCmsFigure() throws IOException {
        LetterFacts facts = Facts.addressed(LetterTemplates.SETTLEMENT_REPLY, Facts.complete(Facts.schedule(List.of(
                new Adjustment(0, LocalDate.of(2026, 10, 4), AdjustmentKind.CMS_CONFIRMED_FIGURE,
                        Money.ofPence(400_00), "")))));
        String text = read(facts);
        assertTrue(text.contains("The last arrears figure you gave me was £400.00, as at 4 Oct 2026."), text);
        // The CMS's figure is weeks old: said as such, beside what the records show owed now (reviewer, rv8).
        assertTrue(text.contains("By your figure of £400.00 as at 4 Oct 2026, it would give up £81.10; that figure "
                + "does not count anything that fell due after 4 Oct 2026, and my records show £531.50 owed now."),
                text);
    }

    @Test
    @DisplayName("with no amount offered, nothing is worked out and no figure is made up")
    void noAmountNoDifference() throws IOException {
        LetterFacts complete = Facts.complete(LetterTemplates.SETTLEMENT_REPLY);
        LetterFacts facts = complete.toBuilder().settlement(new SettlementDetails(LocalDate.of(2026, 11, 17), null,
                SettlementDetails.Decision.ACCEPT, List.of())).build();
        String text = read(facts);
        assertFalse(text.contains("would give up"), text);
        assertTrue(text.contains("The last arrears figure you gave me was £310.50, as at 4 Oct 2026."), text);
    }
}
