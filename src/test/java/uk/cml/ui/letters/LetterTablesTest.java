package uk.cml.ui.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.standing.Decision;
import uk.cml.ui.common.StatusChip.Status;
import uk.cml.ui.common.StatusChip.Tone;

/** The chip each received letter shows: whether the parent's reply to it is logged, in words. */
class LetterTablesTest {

    private static final ReceivedLetter FROM_CMS = received(7, Optional.empty());

    private static ReceivedLetter received(long id, Optional<Long> answers) {
        return new ReceivedLetter(id, 1, Optional.empty(), LocalDate.of(2026, 11, 10), "CMS", "A decision",
                Optional.empty(), answers);
    }

    private static SentLetter reply(long id, Optional<LocalDate> posted, Optional<Long> to) {
        return new SentLetter(id, 1, LocalDate.of(2026, 11, 12), posted,
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249"), "Reply", LetterKind.OTHER,
                Optional.empty(), posted.map(p -> PostingMethod.FIRST_CLASS), ProofOfPostage.NONE, "",
                Optional.empty(), to);
    }

    @Test
    void aPostedReplyIsSentOnItsDate() {
        List<SentLetter> sent = List.of(reply(1, Optional.of(LocalDate.of(2026, 11, 14)), Optional.of(7L)),
                reply(2, Optional.of(LocalDate.of(2026, 11, 13)), Optional.of(99L)));
        assertEquals(new Status("Reply sent 14 Nov 2026", Tone.GOOD), LetterTables.answer(FROM_CMS, sent, List.of()));
    }

    @Test
    void aReplyWrittenButNotPostedIsSaidSo() {
        assertEquals(new Status("Reply not posted yet", Tone.WARN),
                LetterTables.answer(FROM_CMS, List.of(reply(1, Optional.empty(), Optional.of(7L))), List.of()));
    }

    @Test
    void withNoReplyLoggedTheChipSaysNothingOrThatTheLetterIsAnAnswerOrADecision() {
        // Found by a reviewer: a CMS decision letter showed "No reply logged", as if a reply were expected. A CMS
        // letter expects none: nothing is said, and a decision is answered only to challenge it.
        List<SentLetter> unrelated = List.of(reply(1, Optional.of(LocalDate.of(2026, 11, 14)), Optional.empty()));
        assertEquals(new Status("", Tone.PLAIN), LetterTables.answer(FROM_CMS, unrelated, List.of()));
        assertEquals(new Status("Reply only to challenge it", Tone.PLAIN), LetterTables.answer(FROM_CMS, unrelated,
                List.of(new Decision(3, 1, Decision.Kind.CALCULATION, LocalDate.of(2026, 10, 30), "",
                        Optional.empty(), Optional.of(FROM_CMS.id())))));
        assertEquals(new Status("Answers your letter", Tone.INFO),
                LetterTables.answer(received(8, Optional.of(1L)), unrelated, List.of()));
    }

    /** A reply counts from posting: a letter written but not posted has no reply date, only the posting to do. */
    @Test
    void aLetterNotPostedShowsNoReplyDateButWhatToDoNext() {
        Optional<LocalDate> printed = Optional.of(LocalDate.of(2027, 1, 14));
        SentLetter written = new SentLetter(3, 1, LocalDate.of(2026, 12, 1), Optional.empty(),
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249"),
                "Ask for a breakdown of the arrears", LetterKind.REQUEST_FOR_INFORMATION, Optional.empty(),
                Optional.empty(), ProofOfPostage.NONE, "", printed, Optional.empty(), Optional.empty(), printed);
        assertEquals(new Status("Post it first", Tone.WARN),
                LetterTables.reply(written, java.util.Set.of(), java.util.Set.of(), java.util.Map.of(),
                        LocalDate.of(2027, 2, 1)));
    }

    /** Made before the records changed, a letter may say what they no longer do: it is made again, then posted. */
    @Test
    void aLetterMadeBeforeTheRecordsChangedIsMadeAgainFirst() {
        SentLetter written = new SentLetter(3, 1, LocalDate.of(2026, 12, 1), Optional.empty(),
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249"),
                "Missed Direct Pay payments", LetterKind.ARREARS_REPORT, Optional.empty(),
                Optional.empty(), ProofOfPostage.NONE, "", Optional.empty(), Optional.empty());
        assertEquals(new Status("Records changed: make it again", Tone.BAD, "Records changed:\nmake it again"),
                LetterTables.reply(written, java.util.Set.of(), java.util.Set.of(3L), java.util.Map.of(),
                        LocalDate.of(2027, 2, 1)));
        // One typed in (its title is none of the app's letters) cannot be made again here: it is checked.
        SentLetter typedIn = new SentLetter(3, 1, LocalDate.of(2026, 12, 1), Optional.empty(), written.to(),
                "Missed payments", LetterKind.ARREARS_REPORT, Optional.empty(), Optional.empty(), ProofOfPostage.NONE,
                "", Optional.empty(), Optional.empty());
        assertEquals(new Status("Records changed: check it", Tone.BAD, "Records changed:\ncheck it"),
                LetterTables.reply(typedIn, java.util.Set.of(), java.util.Set.of(3L), java.util.Map.of(),
                        LocalDate.of(2027, 2, 1)));
        assertEquals(new Status("Post it first", Tone.WARN),
                LetterTables.reply(written, java.util.Set.of(), java.util.Set.of(4L), java.util.Map.of(),
                        LocalDate.of(2027, 2, 1)));
    }

    /** A letter to be emailed or handed in is sent, not posted: no Post Office in what to do next. */
    @Test
    void aLetterToEmailNotYetSentSaysSendIt() {
        Optional<LocalDate> printed = Optional.of(LocalDate.of(2027, 1, 14));
        SentLetter toEmail = new SentLetter(3, 1, LocalDate.of(2026, 12, 1), Optional.empty(),
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249"),
                "Ask for a breakdown of the arrears", LetterKind.REQUEST_FOR_INFORMATION,
                Optional.empty(), Optional.of(uk.cml.domain.correspondence.PostingMethod.EMAIL), ProofOfPostage.NONE,
                "", printed, Optional.empty(), Optional.empty(), printed);
        assertEquals(new Status("Send it first", Tone.WARN),
                LetterTables.reply(toEmail, java.util.Set.of(), java.util.Set.of(), java.util.Map.of(),
                        LocalDate.of(2027, 2, 1)));
    }

    /** A posted letter's date is what a reply is expected by, whoever set it; past it, no reply has come by then.
     * (Posted first class on Tue 1 Dec 2026, deemed received Thu 3 Dec, six weeks on: Thu 14 Jan 2027.) */
    @Test
    void aPostedLettersReplyDateIsExpectedNotADeadline() {
        SentLetter posted = new SentLetter(4, 1, LocalDate.of(2026, 12, 1), Optional.of(LocalDate.of(2026, 12, 1)),
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249"),
                "Ask for a breakdown of the arrears", LetterKind.REQUEST_FOR_INFORMATION, Optional.empty(),
                Optional.of(PostingMethod.FIRST_CLASS), ProofOfPostage.NONE, "",
                Optional.of(LocalDate.of(2027, 1, 14)), Optional.empty());
        assertEquals(new Status("Reply due by 14 Jan 2027", Tone.INFO, "Reply due by\n14 Jan 2027"),
                LetterTables.reply(posted, java.util.Set.of(), java.util.Set.of(), java.util.Map.of(),
                        LocalDate.of(2027, 1, 14)));
        assertEquals(new Status("No reply by 14 Jan 2027", Tone.BAD, "No reply by\n14 Jan 2027"),
                LetterTables.reply(posted, java.util.Set.of(), java.util.Set.of(), java.util.Map.of(),
                        LocalDate.of(2027, 1, 15)));
    }

    /**
     * Two copies of one letter waiting to be posted are told apart by the day each was made; one typed in (not made
     * here) was logged that day, as its note says.
     */
    @Test
    void aLetterNotSentShowsTheDayItWasMade() {
        SentLetter typedIn = reply(1, Optional.empty(), Optional.empty());
        assertEquals("Logged 12 Nov 2026, not posted", LetterTables.sentOn(typedIn));
        SentLetter made = new SentLetter(5, 1, LocalDate.of(2026, 11, 12), Optional.empty(), typedIn.to(),
                "Missed Direct Pay payments", LetterKind.ARREARS_REPORT, Optional.empty(), Optional.empty(),
                ProofOfPostage.NONE, "", Optional.empty(), Optional.empty());
        assertEquals("Made 12 Nov 2026, not posted", LetterTables.sentOn(made));
        assertEquals("14 Nov 2026", LetterTables.sentOn(reply(2, Optional.of(LocalDate.of(2026, 11, 14)),
                Optional.empty())));
        SentLetter toEmail = new SentLetter(3, 1, LocalDate.of(2026, 12, 1), Optional.empty(), made.to(),
                made.subject(), made.kind(), Optional.empty(), Optional.of(PostingMethod.EMAIL), ProofOfPostage.NONE,
                "", Optional.empty(), Optional.empty());
        assertEquals("Made 1 Dec 2026, not sent", LetterTables.sentOn(toEmail));
        SentLetter typedInEmail = new SentLetter(6, 1, LocalDate.of(2026, 12, 1), Optional.empty(), made.to(),
                typedIn.subject(), typedIn.kind(), Optional.empty(), Optional.of(PostingMethod.EMAIL),
                ProofOfPostage.NONE, "", Optional.empty(), Optional.empty());
        assertEquals("Logged 1 Dec 2026, not sent", LetterTables.sentOn(typedInEmail));
    }

    /** Certificate details typed without the photo: the photo is what is missing, not the proof (the pack names it). */
    @Test
    void certificateDetailsWithoutThePhotoAskForThePhotoNotTheProof() {
        LocalDate posted = LocalDate.of(2026, 5, 20);
        SentLetter withDetails = new SentLetter(4, 1, posted, Optional.of(posted),
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249"), "Complaint",
                LetterKind.OTHER, Optional.empty(), Optional.of(PostingMethod.FIRST_CLASS),
                new ProofOfPostage(Optional.of(posted), "Leeds Crown Post Office", "", Optional.empty()), "",
                Optional.empty(), Optional.empty());
        // "No photo yet" alone was read as "no proof": the chip names the certificate, on two lines in the column's
        // least width (one line took it to 205 px at 1024 x 700), the tooltip in full.
        assertEquals(new Status("Certificate: no photo yet", Tone.WARN, "Certificate:\nno photo yet",
                "Certificate of posting recorded; no photo of it added yet"), LetterTables.proof(withDetails));
        SentLetter bare = new SentLetter(5, 1, posted, Optional.of(posted),
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249"), "Complaint",
                LetterKind.OTHER, Optional.empty(), Optional.of(PostingMethod.FIRST_CLASS), ProofOfPostage.NONE, "",
                Optional.empty(), Optional.empty());
        assertEquals(new Status("No proof yet", Tone.WARN), LetterTables.proof(bare));
    }

    /**
     * Found by a reviewer: a certificate dated 2 Dec for a letter posted 4 Dec showed a green "Certificate attached".
     * One kept so (before the form refused it) asks for its date to be checked, photo or not.
     */
    @Test
    void aCertificateDatedAnotherDayThanThePostingAsksForItsDateToBeChecked() {
        LocalDate posted = LocalDate.of(2026, 12, 4);
        SentLetter datesApart = new SentLetter(4, 1, posted, Optional.of(posted),
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249"), "Arrears",
                LetterKind.OTHER, Optional.empty(), Optional.of(PostingMethod.SECOND_CLASS),
                new ProofOfPostage(Optional.of(LocalDate.of(2026, 12, 2)), "", "", Optional.of(9L)), "",
                Optional.empty(), Optional.empty());
        assertEquals(new Status("Check the certificate's date", Tone.WARN), LetterTables.proof(datesApart));
    }

    @Test
    void aReplyToTheDecisionTheLetterWasLoggedAsIsItsReplyTooAndNoOtherLetters() {
        Decision fromThisLetter = new Decision(3, 1, Decision.Kind.WRITE_OFF, LocalDate.of(2026, 11, 10), "",
                Optional.empty(), Optional.of(7L));
        Decision fromAnother = new Decision(4, 1, Decision.Kind.WRITE_OFF, LocalDate.of(2026, 11, 10), "",
                Optional.empty(), Optional.of(8L));
        SentLetter toTheDecision = reply(1, Optional.of(LocalDate.of(2026, 11, 14)), Optional.empty())
                .answering(Optional.of(3L));

        assertEquals(new Status("Reply sent 14 Nov 2026", Tone.GOOD),
                LetterTables.answer(FROM_CMS, List.of(toTheDecision), List.of(fromThisLetter, fromAnother)));
        assertEquals(new Status("Reply only to challenge it", Tone.PLAIN), LetterTables.answer(received(8,
                Optional.empty()),
                List.of(toTheDecision), List.of(fromThisLetter, fromAnother)));
    }
}
