package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
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
import uk.cml.ui.letters.write.NoLetterFits;
import uk.cml.ui.letters.write.NoLetterFits.Why;

/** Write a reply with no letter that fits: why, read as the suggestion itself is read. */
class LetterStartsWhyNoneTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final LocalDate DUE = LocalDate.of(2026, 12, 15);

    private static ReceivedLetter received(String summary) {
        return new ReceivedLetter(7, 1, Optional.of(LocalDate.of(2026, 11, 2)), LocalDate.of(2026, 11, 5), "CMS",
                summary, Optional.empty(), Optional.empty());
    }

    private static SentLetter sent(String subject, LetterKind kind) {
        return new SentLetter(3, 1, LocalDate.of(2026, 10, 20), Optional.of(LocalDate.of(2026, 10, 21)),
                new Recipient(Optional.empty(), "Child Maintenance Service 21", "Wolverhampton"), subject, kind,
                Optional.empty(), Optional.of(PostingMethod.FIRST_CLASS), ProofOfPostage.NONE, "", Optional.of(DUE),
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
        assertEquals(new NoLetterFits(why), LetterStarts.whyNone(letter, Optional.empty(), TODAY));
    }

    @Test
    @DisplayName("linked to the parent's complaint: the CMS's reply is due by the date that letter watches")
    void complaintReplyDue() {
        Optional<SentLetter> complaint = Optional.of(sent("Complaint review request to CMS", LetterKind.COMPLAINT));
        ReceivedLetter letter = received("Thank you for your letter");
        assertTrue(LetterStarts.replyTo(letter, complaint).isEmpty(), "no second review request");
        assertEquals(new NoLetterFits(Why.COMPLAINT_REPLY_DUE, Optional.of(DUE)),
                LetterStarts.whyNone(letter, complaint, TODAY));
        assertEquals(new NoLetterFits(Why.COMPLAINT_REPLY_LATE, Optional.of(DUE)),
                LetterStarts.whyNone(letter, complaint, DUE.plusDays(1)));
    }

    @Test
    @DisplayName("an acknowledgement of the parent's complaint: wait for the reply, due by the complaint's date")
    void acknowledgement() {
        Optional<SentLetter> complaint = Optional.of(sent("Complaint to CMS", LetterKind.COMPLAINT));
        for (String summary : new String[] {"Acknowledgement of my complaint", "They acknowledged my complaint"}) {
            ReceivedLetter letter = received(summary);
            assertTrue(LetterStarts.replyTo(letter, complaint).isEmpty(), "not a reply to review: " + summary);
            assertEquals(new NoLetterFits(Why.COMPLAINT_REPLY_DUE, Optional.of(DUE)),
                    LetterStarts.whyNone(letter, complaint, TODAY), summary);
            assertEquals(new NoLetterFits(Why.COMPLAINT_WITH_CMS), LetterStarts.whyNone(letter, Optional.empty(),
                    TODAY), "not linked: no date to give");
        }
    }

    @Test
    @DisplayName("linked to the parent's letter to ICE: the last step the app writes for")
    void iceStage() {
        Optional<SentLetter> ice = Optional.of(sent("Complaint to ICE", LetterKind.COMPLAINT));
        for (String summary : new String[] {"Thank you for your letter", "Final response from ICE"}) {
            assertTrue(LetterStarts.replyTo(received(summary), ice).isEmpty());
            assertEquals(new NoLetterFits(Why.ICE_STAGE), LetterStarts.whyNone(received(summary), ice, TODAY));
        }
    }

    @Test
    @DisplayName("linked to a letter that is not a complaint: its reply date is not given as the complaint's")
    void otherLettersDateNotBorrowed() {
        Optional<SentLetter> report = Optional.of(sent("Missed Direct Pay payments", LetterKind.ARREARS_REPORT));
        ReceivedLetter letter = received("Complaint: their final response will follow");
        assertTrue(LetterStarts.replyTo(letter, report).isEmpty());
        assertEquals(new NoLetterFits(Why.COMPLAINT_WITH_CMS), LetterStarts.whyNone(letter, report, TODAY));
    }
}
