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

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"subject-access", "arrears-breakdown"})
    void theReplyDateCountsFromSecondClassWhenThatIsHowItIsPosted(String key) throws IOException {
        LetterTemplate template = LetterTemplates.all().stream().filter(t -> t.key().equals(key)).findFirst()
                .orElseThrow();
        LetterFacts first = Facts.complete(template);
        LetterFacts second = first.toBuilder().choices(LetterChoices.NONE.withPostedBy(PostingMethod.SECOND_CLASS))
                .build();
        LetterDraft draft = template.draft(second);
        assertTrue(draft.offers().posting(), "the page asks how it will be posted");

        ReplyRules rule = ReplyRules.of(template).orElseThrow();
        LocalDate received = CALENDAR.deemedDelivery(Facts.DATE, PostingMethod.SECOND_CLASS);
        LocalDate due = CALENDAR.replyBy(received, rule.rule(SeededFacts.published())).date();
        LocalDate firstClassDue = template.draft(first).replyBy().orElseThrow();
        assertTrue(due.isAfter(firstClassDue), "2nd class arrives later: " + due + " after " + firstClassDue);
        assertEquals(Optional.of(due), draft.replyBy(), "the date the log watches");

        String letter = new ReadBack(template, second).flat();
        assertTrue(letter.contains(UkFormats.shortDate(due)), "the letter asks for " + due + ": " + letter);
        assertTrue(!letter.contains(UkFormats.shortDate(firstClassDue)), "and not the 1st class date: " + letter);
    }
}
