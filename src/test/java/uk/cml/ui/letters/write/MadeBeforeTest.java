package uk.cml.ui.letters.write;

import uk.cml.store.SeededFacts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.letters.templates.CallDetails;
import uk.cml.letters.templates.LetterFacts;
import uk.cml.letters.templates.LetterTemplates;
import uk.cml.letters.templates.ReplyDates;

/** Which letter the writer names as made before for the same thing: the same call, letter answered, or case. */
class MadeBeforeTest {

    private static final Recipient CMS = new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249");

    private static SentLetter letter(long id, String title, LetterKind kind, Optional<Long> call,
            Optional<Long> answering, Optional<LocalDate> posted) {
        return new SentLetter(id, 1, LocalDate.of(2026, 12, 4), posted, CMS, title, kind, Optional.of(9L),
                posted.map(p -> PostingMethod.FIRST_CLASS), ProofOfPostage.NONE, "", Optional.empty(), answering,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), call);
    }

    private static SentLetter callLetter(long id, long call) {
        return letter(id, LetterTemplates.CONFIRM_CALL.fileTitle(), ReplyDates.kind(LetterTemplates.CONFIRM_CALL),
                Optional.of(call), Optional.empty(), Optional.of(LocalDate.of(2026, 12, 4)));
    }

    private static final LetterFacts FACTS = LetterFacts.builder(new LetterFacts.Contact("Sam Taylor",
                    List.of("14 Orchard Close", "LS6 2AB")), new LetterFacts.CaseDetails("Jordan Reed", List.of(),
                    Optional.of(new uk.cml.domain.CmsReference("121234567890")),
                    uk.cml.domain.caseinfo.Arrangement.DIRECT_PAY, List.of("Mia")),
            LocalDate.of(2026, 12, 4)).deadlines(new uk.cml.letters.templates.Deadlines(
                    uk.cml.store.SeededFacts.calendar(),
                    uk.cml.store.SeededFacts.published())).build();

    private static LetterFacts aboutCall(long call) {
        return FACTS.toBuilder().call(new CallDetails(LocalDate.of(2026, 12, 2), java.time.LocalTime.of(10, 15),
                uk.cml.domain.evidence.CallDirection.I_CALLED, "Karen", "", "", "I asked", "", null, false, "",
                Optional.of(call))).build();
    }

    @Test
    void aCallLetterIsMadeBeforeOnlyForTheSameCallPostedOrNot() {
        List<SentLetter> log = List.of(callLetter(7, 1), callLetter(8, 2));
        assertEquals(Optional.of(7L), MadeBefore.find(log, LetterTemplates.CONFIRM_CALL, aboutCall(1),
                Optional.empty()).map(SentLetter::id));
        assertEquals(Optional.empty(), MadeBefore.find(log, LetterTemplates.CONFIRM_CALL, aboutCall(3),
                Optional.empty()), "another call: nothing made for it");
        assertEquals(Optional.empty(), MadeBefore.find(log, LetterTemplates.CONFIRM_CALL, FACTS, Optional.empty()),
                "no call chosen");
        assertEquals("You wrote this on 4 Dec 2026 and posted it on 4 Dec 2026. If you make it again, that makes a "
                + "new letter: the one you posted stays in your records as it is.", MadeBefore.said(log.get(0)));
    }

    @Test
    void anyOtherLetterIsMadeBeforeForTheSameCaseAndTheSameLetterAnswered() {
        var missed = LetterTemplates.MISSED_DIRECT_PAY;
        SentLetter plain = letter(7, missed.fileTitle(), ReplyDates.kind(missed), Optional.empty(), Optional.empty(),
                Optional.empty());
        SentLetter reply = letter(8, missed.fileTitle(), ReplyDates.kind(missed), Optional.empty(), Optional.of(42L),
                Optional.empty());
        List<SentLetter> log = List.of(plain, reply);
        assertEquals(Optional.of(7L), MadeBefore.find(log, missed, FACTS, Optional.empty()).map(SentLetter::id));
        assertEquals(Optional.of(8L), MadeBefore.find(log, missed, FACTS, Optional.of(42L)).map(SentLetter::id));
        assertEquals(Optional.empty(), MadeBefore.find(log, missed, FACTS, Optional.of(43L)));
        assertEquals(Optional.empty(), MadeBefore.find(log, LetterTemplates.COLLECT_AND_PAY, FACTS,
                Optional.empty()), "another kind of letter");
        assertEquals("Report missed Direct Pay payments \u2013 made 4 Dec 2026, not posted yet",
                MadeBefore.inList(missed, plain));
    }

    /**
     * Reviewer (5 Dec 2026): the list of letters marked "made 5 Dec 2026, not posted yet" on the ICE letter and the
     * subject access request, not on the reconsideration request and the write-off reply, made and not posted too:
     * those are about one decision, which the list cannot tell, so nothing was said. A letter made and not posted is
     * marked whatever it is about; a posted one only for the same thing.
     */
    @Test
    void everyLetterMadeAndNotPostedIsMarkedInTheList() {
        var reconsider = LetterTemplates.MANDATORY_RECONSIDERATION;
        var writeOff = LetterTemplates.WRITE_OFF_REPLY;
        SentLetter request = letter(6, reconsider.fileTitle(), ReplyDates.kind(reconsider), Optional.empty(),
                Optional.of(1L), Optional.empty());
        SentLetter reply = letter(3, writeOff.fileTitle(), ReplyDates.kind(writeOff), Optional.empty(),
                Optional.of(3L), Optional.empty());
        SentLetter call = letter(7, LetterTemplates.CONFIRM_CALL.fileTitle(),
                ReplyDates.kind(LetterTemplates.CONFIRM_CALL), Optional.of(1L), Optional.empty(), Optional.empty());
        List<SentLetter> log = List.of(request, reply, call);
        assertEquals(Optional.of("Ask the CMS to look again at a decision \u2013 made 4 Dec 2026, not posted yet"),
                MadeBefore.markInList(log, reconsider, FACTS, Optional.empty()));
        assertEquals(Optional.of("Reply to a proposal to write off arrears \u2013 made 4 Dec 2026, not posted yet"),
                MadeBefore.markInList(log, writeOff, FACTS, Optional.empty()));
        assertEquals(Optional.of("Confirm a phone call \u2013 made 4 Dec 2026, not posted yet"),
                MadeBefore.markInList(log, LetterTemplates.CONFIRM_CALL, FACTS, Optional.empty()));
        // Posted, a letter about one decision is not said made for whichever the list would be about.
        SentLetter posted = letter(6, reconsider.fileTitle(), ReplyDates.kind(reconsider), Optional.empty(),
                Optional.of(1L), Optional.of(LocalDate.of(2026, 12, 4)));
        assertEquals(Optional.empty(), MadeBefore.markInList(List.of(posted), reconsider, FACTS, Optional.empty()));
    }
}
