package uk.cml.domain.standing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.cml.domain.standing.ComplaintThreadsTest.d;
import static uk.cml.domain.standing.ComplaintThreadsTest.received;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.cml.domain.correspondence.ReceivedLetter;
import uk.cml.domain.standing.ComplaintStage.Step;

/**
 * Summaries a parent really types for a CMS letter about their complaint, read both ways: the letter that only
 * says the complaint arrived (the reply still to come), and the reply itself.
 */
class AcknowledgementWordingTest {

    @ParameterizedTest
    @ValueSource(strings = {"Letter acknowledging my complaint",
        "Thank you for your complaint, we will reply by 25 March",
        "Complaint ack", "ack of complaint",
        "They have received my complaint and will respond within 15 working days"})
    void aLetterSayingTheComplaintArrivedIsAnAcknowledgement(String summary) {
        ReceivedLetter letter = received(20, d(3, 5), summary, Optional.of(1L));
        assertTrue(ComplaintReading.isAcknowledgement(letter), summary);
        assertEquals(ComplaintReply.NO_LETTER, ComplaintReading.replyTo(letter, Optional.of(Step.COMPLAINT)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Acknowledged my complaint, said sorry and will pay me £50",
        "Reply: they acknowledged my complaint was justified and will refund the fee",
        "Thank you for your complaint: we got it wrong and have put it right",
        "Reply to my complaint: they will write to me by 1 May about the arrears"})
    void aReplyThatAlsoAcknowledgesIsAReply(String summary) {
        ReceivedLetter letter = received(20, d(3, 20), summary, Optional.of(1L));
        assertFalse(ComplaintReading.isAcknowledgement(letter), summary);
        assertEquals(ComplaintReply.SENIOR_REVIEW, ComplaintReading.replyTo(letter, Optional.of(Step.COMPLAINT)));
    }
}
