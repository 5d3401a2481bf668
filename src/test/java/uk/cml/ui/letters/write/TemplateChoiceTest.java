package uk.cml.ui.letters.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.cml.letters.templates.LetterTemplates;
import uk.cml.ui.letters.write.NoLetterFits.Why;

/** The writer's choice of letter, without a window: nothing chosen for a reply says why, in one sentence. */
class TemplateChoiceTest {

    private static final LocalDate DUE = LocalDate.of(2026, 12, 15);

    @Test
    @DisplayName("nothing fits: no letter chosen, and the sentence says why and what to do, with the reply's date")
    void nothingFitsSaysWhy() {
        TemplateChoice choice = new TemplateChoice();
        choice.choose(LetterTemplates.CONFIRM_CALL);
        choice.nothingFits(NoLetterFits.complaintWithCms(Optional.of(DUE), LocalDate.of(2026, 11, 22)));
        assertNull(choice.template().get(), "no letter left chosen from before");
        assertEquals("No letter is suggested: the CMS is still dealing with your complaint, so wait for its reply,"
                + " due by 15 Dec 2026, or pick a letter yourself.", choice.whyNone().get());
    }

    @Test
    @DisplayName("the parent picking a letter from the list (the list sets the choice) clears the sentence")
    void pickingClears() {
        TemplateChoice choice = new TemplateChoice();
        choice.nothingFits(new NoLetterFits(Why.NOTHING_MATCHES));
        assertFalse(choice.whyNone().get().isEmpty());
        choice.template().set(LetterTemplates.ARREARS_BREAKDOWN);
        assertEquals("", choice.whyNone().get());

        choice.nothingFits(new NoLetterFits(Why.RECONSIDERED));
        choice.choose(LetterTemplates.CHASE_REPLY);
        assertEquals("", choice.whyNone().get());
        assertEquals(LetterTemplates.CHASE_REPLY, choice.template().get());
    }

    @Test
    @DisplayName("a reply date already past is said to have been due, not awaited")
    void lateReply() {
        NoLetterFits late = NoLetterFits.complaintWithCms(Optional.of(DUE), LocalDate.of(2026, 12, 16));
        assertEquals(Why.COMPLAINT_REPLY_LATE, late.why());
        assertEquals("No letter is suggested: the CMS is still dealing with your complaint and its reply was due by"
                + " 15 Dec 2026, so if it has not come, pick the letter you need yourself.",
                TemplateChoice.sentence(late));
        assertEquals(Why.COMPLAINT_REPLY_DUE, NoLetterFits.complaintWithCms(Optional.of(DUE), DUE).why(),
                "due today is still awaited");
        assertEquals(new NoLetterFits(Why.COMPLAINT_WITH_CMS), NoLetterFits.complaintWithCms(Optional.empty(), DUE));
    }

    @ParameterizedTest
    @EnumSource(Why.class)
    @DisplayName("every reason is one plain sentence with nothing left to fill in")
    void everyReasonIsOneSentence(Why why) {
        boolean dated = why == Why.COMPLAINT_REPLY_DUE || why == Why.COMPLAINT_REPLY_LATE;
        String sentence = TemplateChoice.sentence(new NoLetterFits(why, dated ? Optional.of(DUE) : Optional.empty()));
        assertTrue(sentence.startsWith("No letter is suggested: ") && sentence.endsWith("."), sentence);
        assertEquals(sentence.indexOf('.'), sentence.length() - 1, "one sentence: " + sentence);
        assertFalse(sentence.contains("{"), sentence);
        assertTrue(sentence.contains("yourself"), "says what the parent can do: " + sentence);
        assertEquals(dated, sentence.contains("15 Dec 2026"), sentence);
    }

    @Test
    @DisplayName("a complaint's reply date comes with the two reasons that have one, and only with them")
    void datesOnlyWhereTheyBelong() {
        assertThrows(IllegalArgumentException.class, () -> new NoLetterFits(Why.COMPLAINT_REPLY_DUE));
        assertThrows(IllegalArgumentException.class, () -> new NoLetterFits(Why.NOTHING_MATCHES, Optional.of(DUE)));
    }

    @Test
    @DisplayName("another case: the sentence about the last case's letter goes and the first letter is chosen")
    void caseChangedClearsTheSentence() {
        TemplateChoice choice = new TemplateChoice();
        choice.nothingFits(NoLetterFits.complaintWithCms(Optional.of(DUE), LocalDate.of(2026, 11, 22)));
        choice.caseChanged(LetterTemplates.all().get(0));
        assertEquals("", choice.whyNone().get());
        assertEquals(LetterTemplates.all().get(0), choice.template().get(), "as the writer opens for any case");

        choice.choose(LetterTemplates.CHASE_REPLY);
        choice.caseChanged(LetterTemplates.all().get(0));
        assertEquals(LetterTemplates.CHASE_REPLY, choice.template().get(), "a letter chosen stays chosen");
    }

    @Test
    @DisplayName("a sentence worked out later is shown only if nothing was chosen and the case stayed the same")
    void aLateSentenceIsForTheLetterStillAnswered() {
        NoLetterFits why = new NoLetterFits(Why.NOTHING_MATCHES);
        TemplateChoice choice = new TemplateChoice();
        TemplateChoice.Waiting waiting = choice.nothingFitsYet();
        assertNull(choice.template().get());
        assertEquals("", choice.whyNone().get(), "no sentence until it is known");
        choice.because(waiting, why);
        assertEquals(TemplateChoice.sentence(why), choice.whyNone().get());

        TemplateChoice.Waiting beforeTheSwitch = choice.nothingFitsYet();
        choice.caseChanged(LetterTemplates.all().get(0));
        choice.template().set(null);
        choice.because(beforeTheSwitch, why);
        assertEquals("", choice.whyNone().get(), "about the other case's letter");

        TemplateChoice.Waiting beforeThePick = choice.nothingFitsYet();
        choice.template().set(LetterTemplates.ARREARS_BREAKDOWN);
        choice.because(beforeThePick, why);
        assertEquals("", choice.whyNone().get(), "the parent picked a letter first");

        TemplateChoice.Waiting first = choice.nothingFitsYet();
        TemplateChoice.Waiting second = choice.nothingFitsYet();
        choice.because(first, new NoLetterFits(Why.RECONSIDERED));
        assertEquals("", choice.whyNone().get(), "an earlier reply's sentence");
        choice.because(second, why);
        assertEquals(TemplateChoice.sentence(why), choice.whyNone().get());
    }
}
