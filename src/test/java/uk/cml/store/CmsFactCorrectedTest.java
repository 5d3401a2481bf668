package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.domain.calendar.ReplyRule;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.standing.CmsFact;
import uk.cml.domain.standing.ReplyRuleBook;

/**
 * A time limit the parent corrects on Settings is saved as an amendment with history (the earlier value kept, as
 * other records do), every count reads the corrected value from the one facts table, and the original can be put
 * back, itself a correction with its history. Real SQLite in a temp folder.
 */
class CmsFactCorrectedTest extends WithTheRecords {

    static final Recipient CMS = new Recipient(Optional.empty(), "Child Maintenance Service",
            "PO Box 249\nMitcheldean\nGL17 1AJ");
    static final String REPLY = "complaint.reply.working_days";

    StandingStore standing;

    @BeforeEach
    void open() {
        standing = records.standing();
    }

    @Test
    void aCorrectionIsKeptWithTheEarlierValueAndCountedEverywhere() {
        assertEquals(15, standing.facts().complaintReplyWorkingDays());
        assertTrue(standing.correctFact(REPLY, "20", "GOV.UK: Complain about the CMS",
                Optional.of(LocalDate.of(2026, 12, 4))));
        assertEquals(20, standing.facts().complaintReplyWorkingDays());
        CmsFact fact = standing.facts().all().stream().filter(f -> f.key().equals(REPLY)).findFirst().orElseThrow();
        assertEquals(Optional.of(LocalDate.of(2026, 12, 4)), fact.lastChecked());
        assertEquals("GOV.UK: Complain about the CMS", fact.source());
        List<StandingStore.EarlierFact> earlier = standing.factHistory(REPLY);
        assertEquals(1, earlier.size());
        assertEquals("15", earlier.get(0).value());
        assertEquals(Optional.of(LocalDate.of(2026, 12, 1)), earlier.get(0).lastChecked());
        // The one rule book every page counts with reads the corrected figure.
        assertEquals(new ReplyRule.WorkingDays(20),
                new ReplyRuleBook(standing.facts()).forKind(LetterKind.COMPLAINT, CMS, "Complaint"));
        // The same answers saved again record nothing.
        assertFalse(standing.correctFact(REPLY, "20", "GOV.UK: Complain about the CMS",
                Optional.of(LocalDate.of(2026, 12, 4))));
        assertEquals(1, standing.factHistory(REPLY).size());
    }

    @Test
    void theOriginalIsPutBackAsACorrection() {
        assertEquals(Optional.empty(), standing.originalFact(REPLY), "nothing corrected: it is the original");
        standing.correctFact(REPLY, "20", "A letter from the CMS", Optional.of(LocalDate.of(2026, 12, 3)));
        standing.correctFact(REPLY, "25", "A letter from the CMS", Optional.of(LocalDate.of(2026, 12, 4)));
        assertEquals("15", standing.originalFact(REPLY).orElseThrow().value());
        assertTrue(standing.putBackOriginal(REPLY));
        assertEquals(15, standing.facts().complaintReplyWorkingDays());
        CmsFact fact = standing.facts().all().stream().filter(f -> f.key().equals(REPLY)).findFirst().orElseThrow();
        assertEquals("One Parent Families Scotland; sharedparenting.scot", fact.source());
        assertEquals(Optional.of(LocalDate.of(2026, 12, 1)), fact.lastChecked());
        assertEquals(List.of("15", "20", "25"), standing.factHistory(REPLY).stream()
                .map(StandingStore.EarlierFact::value).toList(), "every earlier value kept");
    }
}
