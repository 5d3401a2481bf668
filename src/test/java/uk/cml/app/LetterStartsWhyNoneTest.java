package uk.cml.app;

import uk.cml.store.SeededFacts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.domain.standing.ComplaintThread;
import uk.cml.domain.standing.ComplaintThreads;
import uk.cml.ui.letters.write.NoLetterFits;
import uk.cml.ui.letters.write.NoLetterFits.Why;

/** Write a reply with no letter that fits: why, read as the suggestion itself is read. */
class LetterStartsWhyNoneTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final LocalDate DUE = LocalDate.of(2026, 12, 15);

    private static final ComplaintThreads THREADS = new ComplaintThreads(SeededFacts.calendar(),
            SeededFacts.published());
    private static final ComplaintThread NO_THREAD = thread(List.of(), List.of());

    private static ComplaintThread thread(List<SentLetter> sent, List<ReceivedLetter> received) {
        return THREADS.build(sent, received);
    }

    private static ReceivedLetter received(String summary) {
        return new ReceivedLetter(7, 1, Optional.of(LocalDate.of(2026, 11, 2)), LocalDate.of(2026, 11, 5), "CMS",
                summary, Optional.empty(), Optional.empty());
    }

    private static SentLetter sent(String subject, LetterKind kind) {
        return sent(subject, kind, Optional.of(DUE));
    }

    private static SentLetter sent(String subject, LetterKind kind, Optional<LocalDate> replyBy) {
        return new SentLetter(3, 1, LocalDate.of(2026, 10, 20), Optional.of(LocalDate.of(2026, 10, 21)),
                new Recipient(Optional.empty(), "Child Maintenance Service 21", "Wolverhampton"), subject, kind,
                Optional.empty(), Optional.of(PostingMethod.FIRST_CLASS), ProofOfPostage.NONE, "", replyBy,
                Optional.empty());
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Thank you for your letter                                       | NOTHING_MATCHES",
        "Change of caseworker                                            | NOTHING_MATCHES",
        "Mandatory reconsideration notice: the calculation is unchanged  | RECONSIDERED",
        "Complaint: a senior manager will reply within 15 working days   | COMPLAINT_WITH_CMS",
        "Complaint: their final response will follow                    | COMPLAINT_WITH_CMS",
        "My complaint has been passed to a senior caseworker             | COMPLAINT_WITH_CMS"})
    @DisplayName("not linked to a letter of the parent's: why, from the summary, with no date to give")
    void fromTheSummary(String summary, Why why) {
        ReceivedLetter letter = received(summary);
        assertTrue(LetterStarts.replyTo(letter, Optional.empty()).isEmpty(), "no letter is suggested");
        assertEquals(new NoLetterFits(why), LetterStarts.whyNone(letter, Optional.empty(), NO_THREAD, TODAY));
    }

    @Test
    @DisplayName("linked to the parent's complaint: the CMS's reply is due by the date that letter watches")
    void complaintReplyDue() {
        Optional<SentLetter> complaint = Optional.of(sent("Complaint review request to CMS", LetterKind.COMPLAINT));
        ReceivedLetter letter = received("Thank you for your letter");
        assertTrue(LetterStarts.replyTo(letter, complaint).isEmpty(), "no second review request");
        assertEquals(new NoLetterFits(Why.COMPLAINT_REPLY_DUE, Optional.of(DUE)),
                LetterStarts.whyNone(letter, complaint, NO_THREAD, TODAY));
        assertEquals(new NoLetterFits(Why.COMPLAINT_REPLY_LATE, Optional.of(DUE)),
                LetterStarts.whyNone(letter, complaint, NO_THREAD, DUE.plusDays(1)));
    }

    @Test
    @DisplayName("an acknowledgement of the parent's complaint: wait for the reply, due by the complaint's date")
    void acknowledgement() {
        Optional<SentLetter> complaint = Optional.of(sent("Complaint to CMS", LetterKind.COMPLAINT));
        for (String summary : new String[] {"Acknowledgement of my complaint", "Letter about my complaint"}) {
            // The parent's Yes to "Does this letter only say the CMS has received your complaint?" makes it one.
            ReceivedLetter letter = received(summary).saidAcknowledgement();
            assertTrue(LetterStarts.replyTo(letter, complaint).isEmpty(), "not a reply to review: " + summary);
            assertEquals(new NoLetterFits(Why.COMPLAINT_REPLY_DUE, Optional.of(DUE)),
                    LetterStarts.whyNone(letter, complaint, NO_THREAD, TODAY), summary);
            assertEquals(new NoLetterFits(Why.COMPLAINT_WITH_CMS), LetterStarts.whyNone(letter, Optional.empty(),
                    NO_THREAD, TODAY), "not linked, and no complaint logged: no date to give");
        }
    }

    @Test
    @DisplayName("linked to the parent's letter to ICE: the last step the app writes for")
    void iceStage() {
        Optional<SentLetter> ice = Optional.of(sent("Complaint to ICE", LetterKind.COMPLAINT));
        for (String summary : new String[] {"Thank you for your letter", "Final response from ICE"}) {
            assertTrue(LetterStarts.replyTo(received(summary), ice).isEmpty());
            assertEquals(new NoLetterFits(Why.ICE_STAGE), LetterStarts.whyNone(received(summary), ice, NO_THREAD,
                    TODAY));
        }
    }

    @Test
    @DisplayName("linked to a letter that is not a complaint: its reply date is not given as the complaint's")
    void otherLettersDateNotBorrowed() {
        Optional<SentLetter> report = Optional.of(sent("Missed Direct Pay payments", LetterKind.ARREARS_REPORT));
        ReceivedLetter letter = received("Complaint: their final response will follow");
        assertTrue(LetterStarts.replyTo(letter, report).isEmpty());
        assertEquals(new NoLetterFits(Why.COMPLAINT_WITH_CMS), LetterStarts.whyNone(letter, report,
                thread(List.of(sent("Complaint to CMS", LetterKind.COMPLAINT)), List.of()), TODAY));
    }

    @Test
    @DisplayName("not linked: the reply due to the complaint, from the case's complaint thread; past it, was due")
    void notLinkedTakesTheThreadsReplyDate() {
        ComplaintThread thread = thread(List.of(sent("Complaint to CMS", LetterKind.COMPLAINT)), List.of());
        for (ReceivedLetter letter : List.of(received("Letter about my complaint").saidAcknowledgement(),
                received("Complaint: a senior manager will reply"),
                received("Complaint: their final response will follow"))) {
            String summary = letter.summary();
            assertTrue(LetterStarts.replyTo(letter, Optional.empty()).isEmpty(), summary);
            assertEquals(new NoLetterFits(Why.COMPLAINT_REPLY_DUE, Optional.of(DUE)),
                    LetterStarts.whyNone(letter, Optional.empty(), thread, TODAY), summary);
            assertEquals(new NoLetterFits(Why.COMPLAINT_REPLY_LATE, Optional.of(DUE)),
                    LetterStarts.whyNone(letter, Optional.empty(), thread, DUE.plusDays(1)), summary);
        }
        assertEquals(new NoLetterFits(Why.NOTHING_MATCHES), LetterStarts.whyNone(received("Change of caseworker"),
                Optional.empty(), thread, TODAY), "not about a complaint: no date");
    }

    @Test
    @DisplayName("the thread's date counted as the page counts it: from posting when the letter watches none")
    void theThreadsOwnCount() {
        SentLetter unwatched = sent("Complaint to CMS", LetterKind.COMPLAINT, Optional.empty());
        ComplaintThread thread = thread(List.of(unwatched), List.of());
        LocalDate counted = thread.deadlines().stream().filter(d -> d.what().equals("CMS target to reply to your complaint"))
                .findFirst().orElseThrow().date();
        assertEquals(Optional.of(counted), LetterStarts.replyDue(thread, 1));
        assertTrue(counted.isAfter(LocalDate.of(2026, 10, 21)) && counted.isBefore(TODAY), "counted: " + counted);
        assertEquals(new NoLetterFits(Why.COMPLAINT_REPLY_LATE, Optional.of(counted)),
                LetterStarts.whyNone(received("Acknowledgement of my complaint"), Optional.empty(), thread, TODAY));
    }

    @Test
    @DisplayName("no date once the reply has come, and never another case's date")
    void noAnsweredOrOtherCasesDate() {
        SentLetter complaint = sent("Complaint to CMS", LetterKind.COMPLAINT);
        ReceivedLetter reply = new ReceivedLetter(8, 1, Optional.of(LocalDate.of(2026, 11, 10)),
                LocalDate.of(2026, 11, 12), "CMS", "Reply to my complaint", Optional.empty(), Optional.of(3L));
        ReceivedLetter acknowledgement = received("Acknowledgement of my complaint");
        assertEquals(new NoLetterFits(Why.COMPLAINT_WITH_CMS), LetterStarts.whyNone(acknowledgement,
                Optional.empty(), thread(List.of(complaint), List.of(reply)), TODAY), "answered: nothing to wait for");
        ReceivedLetter otherCase = new ReceivedLetter(9, 2, acknowledgement.dated(), acknowledgement.received(), "CMS",
                acknowledgement.summary(), Optional.empty(), Optional.empty());
        assertEquals(new NoLetterFits(Why.COMPLAINT_WITH_CMS), LetterStarts.whyNone(otherCase, Optional.empty(),
                thread(List.of(complaint), List.of()), TODAY), "case 1's complaint is not case 2's");
    }

    @Test
    @DisplayName("a review asked for and not yet answered: its reply date, not the complaint's")
    void reviewUnderWay() {
        LocalDate reviewDue = LocalDate.of(2027, 1, 20);
        SentLetter complaint = sent("Complaint to CMS", LetterKind.COMPLAINT);
        SentLetter review = new SentLetter(4, 1, LocalDate.of(2026, 11, 25), Optional.of(LocalDate.of(2026, 11, 25)),
                complaint.to(), "Complaint review request to CMS", LetterKind.COMPLAINT, Optional.empty(),
                Optional.of(PostingMethod.FIRST_CLASS), ProofOfPostage.NONE, "", Optional.of(reviewDue),
                Optional.empty());
        assertEquals(Optional.of(reviewDue), LetterStarts.replyDue(thread(List.of(review, complaint), List.of()), 1));
    }
}
