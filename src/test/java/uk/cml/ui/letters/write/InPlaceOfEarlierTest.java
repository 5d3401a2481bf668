package uk.cml.ui.letters.write;

import uk.cml.store.SeededFacts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.cml.domain.CmsReference;
import uk.cml.domain.caseinfo.Arrangement;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.letters.templates.LetterFacts;
import uk.cml.letters.templates.LetterFrame;
import uk.cml.letters.templates.LetterTemplate;
import uk.cml.letters.templates.LetterTemplates;
import uk.cml.letters.templates.ReplyDates;

/**
 * Made the missed-payments letter, corrected a payment, made it again: the writer finds the first, not posted yet,
 * and says the new one takes its place, unless the parent keeps both. A letter whose sending is recorded, or
 * another letter, is never offered; the same letter not posted is, whatever address it had, and the notice says where
 * the earlier one was going.
 */
class InPlaceOfEarlierTest {

    private static final LetterTemplate MISSED = LetterTemplates.MISSED_DIRECT_PAY;
    private static final LetterFacts.Contact CMS = new LetterFacts.Contact("Child Maintenance Service",
            List.of("PO Box 249", "Mitcheldean", "GL17 1AJ"));
    private static final LetterFacts FACTS = LetterFacts.builder(new LetterFacts.Contact("Sam Taylor",
                    List.of("14 Orchard Close", "LS6 2AB")), new LetterFacts.CaseDetails("Jordan Reed", List.of(),
                    Optional.of(new CmsReference("121234567890")), Arrangement.DIRECT_PAY, List.of("Mia")),
            LocalDate.of(2026, 12, 3)).recipient(CMS).deadlines(new uk.cml.letters.templates.Deadlines(
                    uk.cml.store.SeededFacts.calendar(),
                    uk.cml.store.SeededFacts.published())).build();

    private static SentLetter made(long id, LetterTemplate template, LocalDate on, Optional<LocalDate> posted) {
        List<String> lines = LetterFrame.recipientLines(template.recipientRole(FACTS), FACTS);
        return new SentLetter(id, 1, on, posted, new Recipient(Optional.empty(), lines.get(0),
                String.join("\n", lines.subList(1, lines.size()))), template.fileTitle(), ReplyDates.kind(template),
                Optional.of(id + 100), posted.map(p -> PostingMethod.FIRST_CLASS), ProofOfPostage.NONE, "",
                Optional.empty(), Optional.empty());
    }

    @Test
    void theSameLetterNotPostedIsReplacedAndTheParentIsToldWithItsDay() {
        InPlaceOfEarlier inPlaceOf = new InPlaceOfEarlier();
        inPlaceOf.letters(List.of(made(7, MISSED, LocalDate.of(2026, 12, 1), Optional.empty()),
                made(8, MISSED, LocalDate.of(2026, 12, 3), Optional.empty())));
        inPlaceOf.match(MISSED, FACTS, Optional.empty());

        assertEquals(Optional.of(8L), inPlaceOf.replacing(), "the newest of the two");
        assertEquals("You made this letter on 3 Dec 2026 and have not posted it yet. If you make it again, the new one"
                + " replaces it; the earlier copy goes to the Bin, where you can put it back.", inPlaceOf.notice().get());
    }

    @Test
    void keepingBothReplacesNothingAndSaysSo() {
        InPlaceOfEarlier inPlaceOf = new InPlaceOfEarlier();
        inPlaceOf.letters(List.of(made(7, MISSED, LocalDate.of(2026, 12, 1), Optional.empty())));
        inPlaceOf.match(MISSED, FACTS, Optional.empty());
        inPlaceOf.keepBoth().set(true);

        assertEquals(Optional.empty(), inPlaceOf.replacing());
        assertEquals("You made this letter on 1 Dec 2026 and have not posted it yet. If you make it again, both are"
                + " kept, so you will have two letters to post.", inPlaceOf.notice().get());
        inPlaceOf.match(MISSED, FACTS, Optional.empty());
        assertTrue(inPlaceOf.keepBoth().get(), "the same letter found again: the choice stands");

        inPlaceOf.letters(List.of(made(9, MISSED, LocalDate.of(2026, 12, 3), Optional.empty())));
        inPlaceOf.match(MISSED, FACTS, Optional.empty());
        assertFalse(inPlaceOf.keepBoth().get(), "another earlier letter: asked afresh");
        assertEquals(Optional.of(9L), inPlaceOf.replacing());
    }

    @Test
    void aPostedLetterOrAnotherLetterIsNeverReplaced() {
        InPlaceOfEarlier inPlaceOf = new InPlaceOfEarlier();
        SentLetter posted = made(1, MISSED, LocalDate.of(2026, 12, 1), Optional.of(LocalDate.of(2026, 12, 2)));
        SentLetter methodOnly = new SentLetter(2, 1, LocalDate.of(2026, 12, 1), Optional.empty(),
                posted.to(), posted.subject(), posted.kind(), Optional.empty(), Optional.of(PostingMethod.EMAIL),
                ProofOfPostage.NONE, "", Optional.empty(), Optional.empty());
        SentLetter another = made(3, LetterTemplates.ARREARS_BREAKDOWN, LocalDate.of(2026, 12, 1), Optional.empty());
        inPlaceOf.letters(List.of(posted, methodOnly, another));
        inPlaceOf.match(MISSED, FACTS, Optional.empty());

        assertEquals(Optional.empty(), inPlaceOf.replacing());
        assertEquals("", inPlaceOf.notice().get());
        assertFalse(inPlaceOf.found());
    }

    /**
     * The CMS address for the letter changed after the first was made (PO Box 249 to CMS 21): the draft to the old
     * address is still the same letter for the same purpose, so the new one replaces it, and the notice names the old
     * address so the parent knows which copy goes to the Bin. Left live, the parent had two letters and two to-dos.
     */
    @Test
    void theSameLetterNotPostedToAnOldAddressIsReplacedAndTheNoticeNamesIt() {
        InPlaceOfEarlier inPlaceOf = new InPlaceOfEarlier();
        SentLetter mine = made(4, MISSED, LocalDate.of(2026, 12, 1), Optional.empty());
        SentLetter toOldAddress = new SentLetter(4, 1, LocalDate.of(2026, 12, 1), Optional.empty(),
                new Recipient(Optional.empty(), "Child Maintenance Service 21", "Mail Handling Site A\nWolverhampton"
                        + "\nWV98 2BU"), mine.subject(), mine.kind(), Optional.of(104L), Optional.empty(),
                ProofOfPostage.NONE, "", Optional.empty(), Optional.empty());
        inPlaceOf.letters(List.of(toOldAddress));
        inPlaceOf.match(MISSED, FACTS, Optional.empty());

        assertEquals(Optional.of(4L), inPlaceOf.replacing());
        assertEquals("You made this letter on 1 Dec 2026, to Child Maintenance Service 21, Mail Handling Site A,"
                + " Wolverhampton, WV98 2BU, and have not posted it yet. This one goes to Child Maintenance Service,"
                + " PO Box 249, Mitcheldean, GL17 1AJ. If you make it again, the new one replaces it; the earlier copy"
                + " goes to the Bin, where you can put it back.", inPlaceOf.notice().get());
        inPlaceOf.keepBoth().set(true);
        assertEquals(Optional.empty(), inPlaceOf.replacing());
        assertEquals("You made this letter on 1 Dec 2026, to Child Maintenance Service 21, Mail Handling Site A,"
                + " Wolverhampton, WV98 2BU, and have not posted it yet. This one goes to Child Maintenance Service,"
                + " PO Box 249, Mitcheldean, GL17 1AJ. If you make it again, both are kept, so you will have two"
                + " letters to post.", inPlaceOf.notice().get());
    }

    @Test
    void aReplyReplacesOnlyTheReplyToTheSameCmsLetter() {
        InPlaceOfEarlier inPlaceOf = new InPlaceOfEarlier();
        inPlaceOf.letters(List.of(made(7, MISSED, LocalDate.of(2026, 12, 1), Optional.empty())));
        inPlaceOf.match(MISSED, FACTS, Optional.of(42L));
        assertEquals(Optional.empty(), inPlaceOf.replacing(), "the earlier one answers no CMS letter");
    }

    /** Two letters confirming calls may be about two calls: the log does not say which, so neither replaces. */
    @Test
    void aLetterAboutOneCallIsNeverOfferedToReplaceAnother() {
        InPlaceOfEarlier inPlaceOf = new InPlaceOfEarlier();
        LetterTemplate confirm = LetterTemplates.CONFIRM_CALL;
        inPlaceOf.letters(List.of(made(7, confirm, LocalDate.of(2026, 12, 1), Optional.empty())));
        inPlaceOf.match(confirm, FACTS, Optional.empty());
        assertEquals(Optional.empty(), inPlaceOf.replacing());
        assertEquals("", inPlaceOf.notice().get());
    }

    /** The facts of a letter confirming the logged call {@code callId}. */
    private static LetterFacts aboutCall(long callId) {
        return FACTS.toBuilder().call(new uk.cml.letters.templates.CallDetails(LocalDate.of(2026, 11, 19),
                java.time.LocalTime.of(10, 15), uk.cml.domain.evidence.CallDirection.I_CALLED, "Priya", "", "",
                "They asked about the payments", "", null, false, "", Optional.of(callId))).build();
    }

    /**
     * A letter confirming a call is logged with its call now: the same letter about the same call, not posted, is the
     * one a new one replaces, however it was begun; one about another call never is, even the one "Make it again"
     * began from (the call chosen since is another).
     */
    @Test
    void aLetterNamingItsCallIsReplacedOnlyByOneAboutTheSameCall() {
        InPlaceOfEarlier inPlaceOf = new InPlaceOfEarlier();
        LetterTemplate confirm = LetterTemplates.CONFIRM_CALL;
        SentLetter aboutFirst = made(7, confirm, LocalDate.of(2026, 12, 1), Optional.empty()).confirming(Optional.of(1L));
        SentLetter aboutSecond = made(8, confirm, LocalDate.of(2026, 12, 2), Optional.empty())
                .confirming(Optional.of(2L));
        inPlaceOf.letters(List.of(aboutFirst, aboutSecond));

        inPlaceOf.match(confirm, aboutCall(1), Optional.empty());
        assertEquals(Optional.of(7L), inPlaceOf.replacing(), "begun from the call: its own unposted letter");
        inPlaceOf.match(confirm, aboutCall(3), Optional.empty());
        assertEquals(Optional.empty(), inPlaceOf.replacing(), "no letter about the call of id 3");

        inPlaceOf.remaking(Optional.of(7L));
        assertEquals(Optional.of(1L), inPlaceOf.remadeCall(), "the call the writer chooses for it");
        inPlaceOf.match(confirm, aboutCall(2), Optional.empty());
        assertEquals(Optional.of(8L), inPlaceOf.replacing(), "about call 2: the letter about call 2, not the one begun from");
        inPlaceOf.match(confirm, aboutCall(3), Optional.empty());
        assertEquals(Optional.empty(), inPlaceOf.replacing(), "the letter begun from is about another call");
        assertEquals("", inPlaceOf.notice().get());
    }
}
