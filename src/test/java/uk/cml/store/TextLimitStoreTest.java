package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.cml.domain.addressbook.AddressBookEntry;
import uk.cml.domain.addressbook.AddressBookEntry.EntryKind;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.evidence.Note;
import uk.cml.domain.evidence.NoteCategory;
import uk.cml.domain.standing.Decision;
import uk.cml.domain.standing.EnforcementRecord;
import uk.cml.domain.standing.EnforcementStep;

/**
 * Every store refuses the text its form refuses, with a message for the parent and nothing saved: a call or note
 * over 20,000 characters, a letter's subject over 200, a received letter's summary, an address book note or a CMS
 * decision's note over 5,000.
 */
class TextLimitStoreTest extends WithJordanReedsCase {

    private static final LocalDate ON = LocalDate.of(2026, 11, 8);

    History history;

    @BeforeEach
    void open() {
        history = records.history;
    }

    private static void refused(String count, String limit, Runnable save) {
        StoreException refusal = assertThrows(StoreException.class, save::run);
        assertEquals("Nothing was saved: one of the texts has " + count + " characters, and the limit for it is "
                + limit + ". Shorten it, then save again.", refusal.getMessage());
    }

    @Test
    void aCallOrNoteOverTwentyThousandCharactersIsRefused() {
        CallStore calls = new CallStore(database, history, DatabaseTest.CLOCK);
        refused("20,001", "20,000", () -> calls.add(CallStoreTest.call(caseId, LocalDateTime.of(2026, 11, 20, 10, 0),
                "s".repeat(20_001))));
        assertEquals(List.of(), calls.calls(caseId));
        NoteStore notes = new NoteStore(database, history, DatabaseTest.CLOCK);
        refused("20,001", "20,000", () -> notes.add(new Note(0, caseId, ON, NoteCategory.PLAIN, "n".repeat(20_001),
                null)));
        notes.add(new Note(0, caseId, ON, NoteCategory.PLAIN, "n".repeat(20_000), null));
        assertEquals(1, notes.notes(caseId).size(), "the limit itself is kept");
    }

    @Test
    void aLetterWithASubjectOrSummaryTooLongIsRefused() {
        SentLetterStore sent = new SentLetterStore(database, history, DatabaseTest.CLOCK);
        refused("201", "200", () -> sent.save(new SentLetter(0, caseId, ON, Optional.empty(),
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249\nMitcheldean"),
                "s".repeat(201), LetterKind.OTHER, Optional.empty(), Optional.empty(), ProofOfPostage.NONE, "",
                Optional.empty(), Optional.empty())));
        assertEquals(List.of(), sent.letters(caseId));
        ReceivedLetterStore received = new ReceivedLetterStore(database, history, DatabaseTest.CLOCK);
        refused("5,001", "5,000", () -> received.save(new ReceivedLetter(0, caseId, Optional.empty(), ON, "The CMS",
                "s".repeat(5_001), Optional.empty(), Optional.empty())));
        assertEquals(List.of(), received.letters(caseId));
    }

    @Test
    void aDecisionOrEnforcementStepWithANoteTooLongIsRefused() {
        StandingStore standing = new StandingStore(database, DatabaseTest.CLOCK, SeededFacts.calendar(),
                new SentLetterStore(database, history, DatabaseTest.CLOCK),
                new ReceivedLetterStore(database, history, DatabaseTest.CLOCK), new CallStore(database, history, DatabaseTest.CLOCK));
        refused("5,001", "5,000", () -> standing.addDecision(new Decision(0, caseId, Decision.Kind.CALCULATION, ON,
                "n".repeat(5_001), Optional.empty())));
        assertEquals(List.of(), standing.decisions(caseId));
        refused("5,001", "5,000", () -> standing.tick(new EnforcementRecord(0, caseId, EnforcementStep.ARREARS_NOTICE,
                ON, "n".repeat(5_001))));
        assertEquals(List.of(), standing.enforcement(caseId));
        standing.addDecision(new Decision(0, caseId, Decision.Kind.CALCULATION, ON, "n".repeat(5_000),
                Optional.empty()));
        assertEquals(1, standing.decisions(caseId).size(), "the limit itself is kept");
    }

    @Test
    void anAddressBookEntryWithNotesTooLongIsRefused() {
        AddressBookStore book = new AddressBookStore(database, history, DatabaseTest.CLOCK);
        int before = book.entries().size();
        refused("5,001", "5,000", () -> book.save(new AddressBookEntry(0, EntryKind.PHONE, "Adviser",
                "0113 000 0000", "", "n".repeat(5_001), Optional.empty(), Optional.empty(), "Added by you")));
        assertEquals(before, book.entries().size());
        assertTrue(before > 0);
    }
}
