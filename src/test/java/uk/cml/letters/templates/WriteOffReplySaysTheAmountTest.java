package uk.cml.letters.templates;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.cml.domain.Money;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.standing.ComplaintPosition;

/**
 * The reply to a write-off proposal says how much the CMS proposes to write off and what is owed in all by the
 * records, and a complaint already made is added to, not threatened again.
 */
class WriteOffReplySaysTheAmountTest {

    private static final LetterTemplate REPLY = LetterTemplates.WRITE_OFF_REPLY;

    private static LetterFacts facts(Money proposed) {
        return Facts.complete(REPLY).toBuilder().writeOff(new WriteOffDetails(LocalDate.of(2026, 11, 12), proposed,
                "I have debts", "")).choices(LetterChoices.NONE.withSayComplaint(true)).build(); // the parent chose to say it
    }

    @Test
    void itSaysTheAmountProposedAndWhatIsOwedInAll() throws Exception {
        String text = new ReadBack(REPLY, facts(Money.ofPence(250_00))).flat();
        assertTrue(text.contains("in which you say you may write off £250.00 of the arrears owed by Jordan Reed."),
                text);
        assertTrue(text.contains("By my records, Jordan Reed owed £531.50 in arrears on 22 Nov 2026."), text);
        assertTrue(text.contains("Do not write off £250.00 of the arrears owed by Jordan Reed."), text);
    }

    @Test
    void withNoAmountOnRecordItStillSaysWhatIsOwed() throws Exception {
        String text = new ReadBack(REPLY, facts(null)).flat();
        assertTrue(text.contains("you may write off the arrears owed by Jordan Reed"), text);
        assertTrue(text.contains("By my records, Jordan Reed owed £531.50 in arrears on 22 Nov 2026."), text);
    }

    @Test
    void aComplaintOnRecordIsAddedToNotThreatened() throws Exception {
        LocalDate complained = LocalDate.of(2026, 10, 23);
        SentLetter complaint = new SentLetter(1, 1, complained, Optional.of(complained), new Recipient(
                Optional.empty(), "Child Maintenance Service 21", ""), "Complaint to CMS", LetterKind.COMPLAINT,
                Optional.empty(), Optional.of(PostingMethod.FIRST_CLASS), ProofOfPostage.NONE, "", Optional.empty(),
                Optional.empty());
        LetterFacts withComplaint = facts(Money.ofPence(250_00)).toBuilder().reports(new CmsReports(List.of(),
                List.of(), ComplaintPosition.read(List.of(complaint), List.of()), Optional.empty())).build();
        String text = new ReadBack(REPLY, withComplaint).flat();
        assertTrue(text.contains("If you decide to write off the arrears, I cannot appeal, but I will add this to my "
                + "complaint of 23 Oct 2026."), text);
        assertFalse(text.contains("I will make a formal complaint"), text);
        assertTrue(new ReadBack(REPLY, facts(null)).flat().contains("I cannot appeal, but I will make a formal "
                + "complaint."), "no complaint on record: one is the next step");
    }
}
