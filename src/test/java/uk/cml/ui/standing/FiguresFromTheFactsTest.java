package uk.cml.ui.standing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.cml.domain.standing.CmsFact;
import uk.cml.domain.standing.CmsFacts;
import uk.cml.store.SeededFacts;
import uk.cml.ui.common.Messages;

/**
 * Words that explain a time limit take its figure from the facts table, as the parent may have corrected it, and
 * never state a figure of their own: a corrected figure changed the dates but not the words beside them.
 */
class FiguresFromTheFactsTest {

    static CmsFact fact(String key, String value) {
        return new CmsFact(key, key, value, "ICO", Optional.empty());
    }

    @Test
    void theSubjectAccessParagraphSaysTheTablesMonths() {
        assertEquals("A subject access request is due one calendar month after the CMS gets it (the same day of "
                + "the month, or the last day of a shorter month). The CMS can extend it by up to 2 calendar months "
                + "more for a complex request, if it tells you before then.",
                StandingModel.subjectAccessRule(SeededFacts.published()));
        CmsFacts corrected = new CmsFacts(List.of(fact("subject_access.months", "2"),
                fact("subject_access.extension.months", "3")));
        assertEquals("A subject access request is due 2 calendar months after the CMS gets it (the same day of "
                + "the month, or the last day of a shorter month). The CMS can extend it by up to 3 calendar months "
                + "more for a complex request, if it tells you before then.",
                StandingModel.subjectAccessRule(corrected));
    }

    @Test
    void theFinalResponseHintStatesNoFigureOfItsOwn() {
        String hint = Messages.text("letters.receivedLetterForm.isFinalResponseHint");
        assertFalse(hint.matches(".*\\d+ months.*"), hint);
    }

    @Test
    void howTheDatesAreCountedSaysTheTablesDeliveryDays() {
        String seeded = StandingModel.howDatesAreCounted(SeededFacts.published());
        assertTrue(seeded.contains("A letter posted first class counts as delivered 2 working days after posting, "
                + "second class 4 working days after;"), seeded);
        assertTrue(seeded.contains("Signed For 2 working days and Special Delivery 1 working day after posting"),
                seeded);
        CmsFacts corrected = new CmsFacts(SeededFacts.published().all().stream()
                .map(f -> f.key().equals("post.second_class.working_days") ? fact(f.key(), "5") : f).toList());
        String words = StandingModel.howDatesAreCounted(corrected);
        assertTrue(words.contains("second class 5 working days after;"), words);
        assertFalse(words.contains(" 4 working days"), words);
    }
}
