package uk.cml.ui.letters.write;

import uk.cml.store.SeededFacts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.cml.domain.CmsReference;
import uk.cml.domain.addressbook.AddressBookEntry;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.letters.templates.LetterFacts;
import uk.cml.letters.templates.LetterTemplates;
import uk.cml.letters.templates.RepliesAwaited;

/**
 * The notes beside the Write a letter page's choices, without a window. A reviewer saw the letter confirming a call
 * go to PO Box 249, Mitcheldean, and the complaint and enforcement request to CMS 21, Wolverhampton, with nothing to
 * say why; and could draft a complaint the day their first written request was posted, its reply weeks away, with
 * no word.
 */
class WriterNotesTest {

    static final List<AddressBookEntry> BOOK = List.of(
            new AddressBookEntry(1, AddressBookEntry.EntryKind.POSTAL, "Child Maintenance Service",
                    "PO Box 249\nMitcheldean", "GL17 1AJ", "", Optional.of(AddressBookEntry.Role.CMS_GENERAL),
                    Optional.empty(), ""),
            new AddressBookEntry(2, AddressBookEntry.EntryKind.POSTAL, "Child Maintenance Service 21",
                    "Mail Handling Site A\nWolverhampton", "WV98 2BU", "",
                    Optional.of(AddressBookEntry.Role.CMS_COLLECTION), Optional.empty(), ""),
            new AddressBookEntry(3, AddressBookEntry.EntryKind.POSTAL, "Independent Case Examiner",
                    "PO Box 209\nBootle", "L20 7WA", "", Optional.of(AddressBookEntry.Role.ICE),
                    Optional.empty(), ""));

    static LetterFacts facts(RepliesAwaited replies) {
        LetterFacts.CaseDetails c = new LetterFacts.CaseDetails("Jordan Reed", List.of("3 Mill Lane", "BD1 4QT"),
                Optional.of(new CmsReference("121234567890")), Arrangement.DIRECT_PAY, List.of("Mia"));
        return LetterFacts.builder(new LetterFacts.Contact("Sam Taylor", List.of("14 Orchard Close", "LS6 2AB")), c,
                LocalDate.of(2026, 12, 5)).repliesAwaited(replies).deadlines(new uk.cml.letters.templates.Deadlines(
                        uk.cml.store.SeededFacts.calendar(),
                        uk.cml.store.SeededFacts.published())).build();
    }

    private static Optional<String> why(uk.cml.letters.templates.LetterTemplate template) {
        LetterFacts facts = facts(RepliesAwaited.NONE_WAITING);
        return WriterNotes.addressWhy(template, facts, RecipientChoice.all(facts.caseDetails(), BOOK));
    }

    @Test
    void eachLetterSaysWhyItGoesWhereItDoes() {
        String collection = "Complaints and problems with how the CMS is collecting go to Child Maintenance Service"
                + "\u00a021, Wolverhampton. Other letters to the CMS go to Child Maintenance Service, Mitcheldean.";
        assertEquals(Optional.of(collection), why(LetterTemplates.COLLECTION_COMPLAINT));
        assertEquals(Optional.of(collection), why(LetterTemplates.ENFORCEMENT_REQUEST));
        String general = "Letters like this go to Child Maintenance Service, Mitcheldean. Complaints and problems"
                + " with how the CMS is collecting go to Child Maintenance Service\u00a021, Wolverhampton.";
        assertEquals(Optional.of(general), why(LetterTemplates.CONFIRM_CALL));
        assertEquals(Optional.of(general), why(LetterTemplates.MISSED_DIRECT_PAY));
        assertEquals(Optional.of("Complaints to the Independent Case Examiner go to Independent Case Examiner,"
                + " Bootle."), why(LetterTemplates.ICE_COMPLAINT));
        assertEquals(Optional.empty(), why(LetterTemplates.OTHER_PARENT));
    }

    @Test
    void aComplaintBegunWhileALetterToTheCmsAwaitsItsReplySaysItMayCrossIt() {
        LetterFacts waiting = facts(RepliesAwaited.notLateYet(LocalDate.of(2026, 12, 21), Optional.of(
                new RepliesAwaited.Asked(LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 21)))));
        assertEquals(Optional.of("You asked the CMS in writing on 5 Dec 2026 and asked for a reply by 21 Dec 2026."
                + " You can still complain now, but the CMS may answer your letter first."),
                WriterNotes.complaintMayCross(LetterTemplates.COLLECTION_COMPLAINT, waiting));
        assertEquals(Optional.empty(), WriterNotes.complaintMayCross(LetterTemplates.ARREARS_BREAKDOWN, waiting),
                "only a complaint");
        assertEquals(Optional.empty(), WriterNotes.complaintMayCross(LetterTemplates.COLLECTION_COMPLAINT,
                facts(RepliesAwaited.late(1))), "a late reply is the reason to complain");
        assertEquals(Optional.empty(), WriterNotes.complaintMayCross(LetterTemplates.COLLECTION_COMPLAINT,
                facts(RepliesAwaited.NONE_WAITING)));
    }
}
