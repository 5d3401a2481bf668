package uk.cml.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.cml.domain.correspondence.LetterKind;
import uk.cml.domain.correspondence.PostingMethod;
import uk.cml.domain.correspondence.ProofOfPostage;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.correspondence.Recipient;
import uk.cml.domain.correspondence.SentLetter;
import uk.cml.letters.templates.EarlierLetter;

class LetterStartsTest {

    private static ReceivedLetter received(String summary) {
        return new ReceivedLetter(7, 1, Optional.of(LocalDate.of(2026, 11, 2)), LocalDate.of(2026, 11, 5), "CMS",
                summary, Optional.empty(), Optional.empty());
    }

    @Nested
    @DisplayName("Write a reply picks the letter that answers what the received letter is about")
    class Replies {

        @ParameterizedTest(name = "\"{0}\" -> {1}")
        @CsvSource(delimiter = '|', value = {
            "They propose to write off the arrears                 | write-off-reply",
            "Jordan offers £600 in full and final settlement      | settlement-reply",
            "Answer to my complaint: not upheld                   | senior-review",
            "Senior manager's answer to my complaint              | ice-complaint",
            "New arrears figure of £1,200                         | arrears-breakdown",
            "Annual review of the calculation                     | mandatory-reconsideration",
            "Thank you for your letter                            | ''"})
        void closestTemplate(String summary, String key) {
            assertEquals(key, LetterStarts.replyTo(received(summary)).map(s -> s.template().key()).orElse(""));
        }
    }

    @Test
    @DisplayName("Chase this letter quotes the letter's dates, subject as logged, how it was posted, the certificate"
            + " reference and where it went")
    void chasing() {
        SentLetter sent = new SentLetter(3, 1, LocalDate.of(2026, 10, 1), Optional.of(LocalDate.of(2026, 10, 2)),
                new Recipient(Optional.empty(), "Child Maintenance Service 21",
                        "Mail Handling Site A\nWolverhampton\nWV98 2BU"),
                "Complaint about how the arrears are collected", LetterKind.COMPLAINT, Optional.empty(),
                Optional.of(PostingMethod.FIRST_CLASS), new ProofOfPostage(Optional.of(LocalDate.of(2026, 10, 2)),
                "Leeds", "4821 0093", Optional.of(9L)), "", Optional.empty(), Optional.empty());

        assertEquals(new EarlierLetter(LocalDate.of(2026, 10, 1), "Complaint about how the arrears are collected",
                LocalDate.of(2026, 10, 2), "1st class post, with a certificate of posting",
                "Post Office certificate 4821 0093", new uk.cml.letters.templates.LetterFacts.Contact(
                        "Child Maintenance Service 21", java.util.List.of("Mail Handling Site A", "Wolverhampton",
                                "WV98 2BU"))), LetterStarts.earlier(sent));
    }

    @Test
    @DisplayName("A deadline's letter takes the complaint's date and the CMS's answer, keeping what the parent wrote")
    void deadlineDates() {
        SentLetter complaint = new SentLetter(3, 1, LocalDate.of(2026, 9, 1), Optional.of(LocalDate.of(2026, 9, 2)),
                new Recipient(Optional.empty(), "Child Maintenance Service", "PO Box 249"), "Complaint",
                LetterKind.COMPLAINT, Optional.empty(), Optional.of(PostingMethod.FIRST_CLASS), ProofOfPostage.NONE,
                "", Optional.empty(), Optional.empty());
        var answer = new uk.cml.domain.standing.Deadline.From.Answer(complaint, received("Answer to my complaint"));
        var written = Optional.of(new uk.cml.letters.templates.ComplaintDetails(null, "Slow collection", "", null, "",
                null, null, null, "", "", "It ignores the missed months"));
        var review = LetterStarts.answered(written, answer, uk.cml.letters.templates.LetterTemplates.SENIOR_REVIEW);
        assertEquals(LocalDate.of(2026, 9, 1), review.complainedOn());
        assertEquals(LocalDate.of(2026, 11, 2), review.cmsRepliedOn(), "the date on the CMS's letter");
        assertEquals(null, review.finalResponseOn());
        assertEquals("Slow collection", review.whatHappened());
        assertEquals("It ignores the missed months", review.whyReplyFails());
        var ice = LetterStarts.answered(Optional.empty(), answer, uk.cml.letters.templates.LetterTemplates.ICE_COMPLAINT);
        assertEquals(LocalDate.of(2026, 11, 2), ice.finalResponseOn());
        assertEquals(null, ice.cmsRepliedOn());
    }
}
