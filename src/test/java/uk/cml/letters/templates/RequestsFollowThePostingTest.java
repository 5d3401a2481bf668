package uk.cml.letters.templates;

import uk.cml.store.SeededFacts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.cml.domain.UkFormats;
import uk.cml.domain.calendar.UkCalendar;
import uk.cml.domain.correspondence.PostingMethod;

/**
 * Found by a reviewer: the subject access request and the request for a breakdown of the arrears counted the reply
 * they ask for from 1st class posting even when the parent said they would post it 2nd class, as the complaint
 * letters already let them say. Both now offer the choice and count from it, the letter read back from its PDF.
 */
class RequestsFollowThePostingTest {

    private static final UkCalendar CALENDAR = SeededFacts.calendar();
    private static final LocalDate LETTER_DATE = LocalDate.of(2026, 12, 1);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"subject-access", "arrears-breakdown"})
    void theReplyDateCountsFromSecondClassWhenThatIsHowItIsPosted(String key) throws IOException {
        LetterTemplate template = LetterTemplates.all().stream().filter(t -> t.key().equals(key)).findFirst()
                .orElseThrow();
        // Dated Tue 1 Dec 2026: from the standard Sunday date (posted Mon 23 Nov) a subject access month ends on
        // Tue 29 Dec by either class (1st: delivered Wed 25 Nov, month ends 25 Dec; 2nd: Fri 27 Nov, 27 Dec; both
        // moved past Christmas and the Boxing Day substitute), so the two could not be told apart. From 1 Dec, by
        // hand: 1st class delivered Thu 3 Dec (month 3 Jan 2027, a Sunday: Mon 4 Jan; 6 weeks Thu 14 Jan), 2nd class
        // Mon 7 Dec (7 Jan 2027; 6 weeks Mon 18 Jan).
        LetterFacts first = Facts.complete(template).toBuilder().letterDate(LETTER_DATE).build();
        LetterFacts second = first.toBuilder().choices(LetterChoices.NONE.withPostedBy(PostingMethod.SECOND_CLASS))
                .build();
        LetterDraft draft = template.draft(second);
        assertTrue(draft.offers().posting(), "the page asks how it will be posted");

        ReplyRules rule = ReplyRules.of(template).orElseThrow();
        LocalDate received = CALENDAR.deemedDelivery(CALENDAR.postingDay(LETTER_DATE, PostingMethod.SECOND_CLASS),
                PostingMethod.SECOND_CLASS);
        LocalDate due = CALENDAR.replyBy(received, rule.rule(SeededFacts.published())).date();
        LocalDate firstClassDue = template.draft(first).replyBy().orElseThrow();
        assertTrue(due.isAfter(firstClassDue), "2nd class arrives later: " + due + " after " + firstClassDue);
        assertEquals(Optional.of(due), draft.replyBy(), "the date the log watches");

        String letter = new ReadBack(template, second).flat();
        assertTrue(letter.contains(UkFormats.shortDate(due)), "the letter asks for " + due + ": " + letter);
        assertTrue(!letter.contains(UkFormats.shortDate(firstClassDue)), "and not the 1st class date: " + letter);
    }
}
