package uk.cml.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The frozen rule V031 upgrades letters by (the domain's summary rule up to V030): summaries a parent really typed
 * for a CMS letter about their complaint, read both ways, the letter that only says the complaint arrived and the
 * reply itself. These were the domain's own cases (AcknowledgementWordingTest) while the rule lived there.
 */
class OldAcknowledgementWordsTest {

    @ParameterizedTest
    @ValueSource(strings = {"Letter acknowledging my complaint",
        "Thank you for your complaint, we will reply by 25 March",
        "Complaint ack", "ack of complaint", "ack letter", "They did not acknowledge my complaint",
        "They have received my complaint and will respond within 15 working days",
        "Acknowledgement of my complaint", "They acknowledge receipt of my complaint", "Acknowledgement letter",
        "acknowledged my complaint, reply within 15 working days", "Acknowledgment of my review request",
        "Acknowledges my review: final response to follow"})
    void readAsAnAcknowledgement(String summary) {
        assertTrue(OldAcknowledgementWords.readAsAcknowledgement(summary), summary);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Acknowledged my complaint, said sorry and will pay me £50",
        "Reply: they acknowledged my complaint was justified and will refund the fee",
        "Thank you for your complaint: we got it wrong and have put it right",
        "Reply to my complaint: they will write to me by 1 May about the arrears",
        "They acknowledged my complaint and apologised", "Complaint upheld",
        "Reply to my complaint: acknowledgement of the mistake, consolatory payment offered", "Reply to my complaint",
        ""})
    void readAsTheReply(String summary) {
        assertFalse(OldAcknowledgementWords.readAsAcknowledgement(summary), summary);
    }
}
