package uk.cml.letters.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.cml.letters.LetterBlock;

/**
 * A date a letter asks for says what it is counted from where a reader could count it from elsewhere. A complaint's
 * reply date is the CMS's target of 15 working days counted from when it receives the letter (deemed delivery, first
 * class, posted Mon 23 Nov 2026, the first day Post Offices open after the letter's date of Sun 22 Nov: Wed 25 Nov),
 * not from the letter's date: 16 December, where 15 working days from 22 November would be 11 December. So the letter
 * says the target runs from receiving it.
 */
class ReplyBasisWordsTest {

    private static List<String> requests(LetterTemplate template) {
        LetterDraft draft = template.draft(Facts.complete(template));
        return draft.body().stream().filter(b -> b instanceof LetterBlock.RequestBox)
                .flatMap(b -> ((LetterBlock.RequestBox) b).items().stream()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"collection-complaint", "senior-review"})
    void aComplaintsReplyDateSaysItCountsFromReceipt(String key) {
        LetterTemplate template = LetterTemplates.byKey(key).orElseThrow();
        assertEquals(LocalDate.of(2026, 12, 16), template.draft(Facts.complete(template)).replyBy().orElseThrow());
        assertTrue(requests(template).contains("Send me your full reply by 16 Dec 2026. I understand you aim "
                + "to reply within 15 working days of receiving a complaint."), requests(template).toString());
        // The targets come from advice services (OPFS, sharedparenting.scot), not a CMS publication: said as such.
        assertTrue(requests(template).stream().anyMatch(r -> r.endsWith(". I understand you aim to acknowledge a "
                + "complaint within 2 working days of receiving it.")), requests(template).toString());
        assertTrue(requests(template).stream().noneMatch(r -> r.contains("published target")),
                requests(template).toString());
    }
}
